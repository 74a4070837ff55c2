// Every connection grant, read per principal (there is no org-wide grant
// list: grants → GET /v2/grants needs a userId, teamId or inodeId) with
// `directGrantsOnly=true`, so that inherited echoes are not read as grants
// of their own. Each grant's `inodeId` is placed on an object path by
// grant-objects.ts.

import type { Principal } from '../../model/project.js';
import { fromApiPermission } from '../../model/levels.js';
import type { LiveGrant } from '../../model/live.js';
import type { ObjectPath } from '../../model/object-path.js';
import { SigmaApiError } from './errors.js';
import type { SigmaHttp } from './http.js';
import { placeGrantObjects } from './grant-objects.js';
import type { IdIndex } from './id-index.js';
import type { ObjectPaths, PathLocation } from './object-paths.js';
import { listAll } from './pagination.js';
import type { ReadProgress } from './read-people.js';
import type { WireGrant } from './wire.js';

/** Inode types that name warehouse objects; the rest (workbooks, folders…) are documents, outside grantform. */
const WAREHOUSE_INODE_TYPES: ReadonlySet<string> = new Set(['table', 'scope', 'storedProcedure', 'connection']);

type Subject = { readonly userId: string; readonly probe?: boolean } | { readonly teamId: string };

export interface GrantSubjects {
  readonly userIds: readonly string[];
  readonly teamIds: readonly string[];
  /**
   * One active user, in as few teams as possible, whose grants are read
   * without `directGrantsOnly`: the answer adds the grants of its teams and
   * of All Members, the only way to learn the All Members team's id (the team
   * list omits it). Costs nothing extra unless the answer spills onto more pages.
   */
  readonly probeUserId?: string;
}

export async function readGrants(
  http: SigmaHttp,
  index: IdIndex,
  paths: ObjectPaths,
  subjects: GrantSubjects,
  hints: readonly ObjectPath[],
  notes: string[],
  progress?: ReadProgress,
): Promise<LiveGrant[]> {
  const byId = new Map<string, WireGrant>();
  const all: Subject[] = [
    ...subjects.userIds.map((userId) => ({ userId, probe: userId === subjects.probeUserId })),
    ...subjects.teamIds.map((teamId) => ({ teamId })),
  ];
  let done = 0;
  await Promise.all(
    all.map(async (subject) => {
      const query = 'userId' in subject ? { userId: subject.userId, ...(!subject.probe && { directGrantsOnly: true }) } : { teamId: subject.teamId, directGrantsOnly: true };
      const entries = await listAll<WireGrant>(http, { path: '/v2/grants', query });
      for (const grant of entries) if (grant && typeof grant.grantId === 'string') byId.set(grant.grantId, grant);
      done += 1;
      progress?.(done, all.length, 'grants');
    }),
  );

  // All Members is the team id that grants name and the team list lacks.
  const unknown = [...new Set([...byId.values()].map((grant) => grant.teamId).filter((id): id is string => typeof id === 'string' && !index.hasTeamId(id)))];
  index.allMembersId ??= await identifyAllMembers(http, unknown);

  const warehouseGrants = [...byId.values()].filter((grant) => grant.inodeType === undefined || WAREHOUSE_INODE_TYPES.has(grant.inodeType));
  await placeGrantObjects(warehouseGrants, index, paths, hints);

  const result: LiveGrant[] = [];
  let ignoredUpdate = 0;
  let unplaced = 0;
  for (const grant of warehouseGrants) {
    const level = fromApiPermission(grant.permission);
    const principal = principalOf(grant, index);
    const connection = index.connectionById(grant.inodeId);
    const location: PathLocation | undefined = connection ? { connectionId: connection.id, path: [] } : paths.locate(grant.inodeId);
    const owner = location ? index.connectionById(location.connectionId) : undefined;
    if (!location || !owner) {
      if (level) unplaced += 1;
      continue;
    }
    if (!level) {
      if (grant.permission === 'update') ignoredUpdate += 1;
      continue;
    }
    if (!principal) continue;
    index.setGrantHome(grant.grantId, location.path.length === 0 ? { kind: 'connection', connectionId: owner.id } : { kind: 'path', pathId: grant.inodeId });
    result.push({
      id: grant.grantId,
      principal,
      object: { connection: owner.name, path: location.path },
      level,
      ...(typeof grant.createdAt === 'string' && { createdAt: grant.createdAt }),
      ...(typeof grant.updatedAt === 'string' && { updatedAt: grant.updatedAt }),
    });
  }
  if (ignoredUpdate > 0) notes.push(`${ignoredUpdate} live grant(s) carry Sigma's undocumented "update" permission: grantform leaves them alone`);
  if (unplaced > 0) notes.push(`${unplaced} live grant(s) name warehouse objects that grantform could not find in Sigma's path list or by lookup: grantform leaves them alone`);
  return result.sort((a, b) => a.id.localeCompare(b.id));
}

function principalOf(grant: WireGrant, index: IdIndex): Principal | undefined {
  if (typeof grant.memberId === 'string') {
    const email = index.userEmail(grant.memberId);
    return email === undefined ? undefined : { kind: 'user', email };
  }
  if (typeof grant.teamId === 'string') {
    const name = index.teamName(grant.teamId);
    return name === undefined ? undefined : { kind: 'team', name };
  }
  return undefined;
}

/**
 * Which of the team ids that grants name but the team list lacks is All
 * Members. One such id is it; with several (an archived team's grants),
 * the one that GET /v2/teams/{teamId} refuses ("Cannot get All Members team").
 */
async function identifyAllMembers(http: SigmaHttp, unknown: readonly string[]): Promise<string | undefined> {
  if (unknown.length <= 1) return unknown[0];
  for (const teamId of unknown) {
    try {
      await http.request({ method: 'GET', path: '/v2/teams/{teamId}', params: { teamId } });
    } catch (error) {
      if (error instanceof SigmaApiError && error.status !== undefined && error.status < 500) return teamId;
      throw error;
    }
  }
  return undefined;
}
