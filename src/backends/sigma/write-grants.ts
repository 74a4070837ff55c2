// Grants (DESIGN.md §6): POST on the connection or on the connection path,
// both answering `{}`, so the object's grant list is read afterwards to learn
// the new grant's id; levels only go up, so raising one is a POST of the
// higher level (and the removal of the lower grant if Sigma kept both), and
// lowering one deletes the live grants before posting the lower level.
// Write-only and admin have no documented endpoint: manual steps, unless the
// project opts in to trying POST /v2/grants.

import type { GrantChange, ManualStep } from '../../model/changes.js';
import { assertNever } from '../../model/errors.js';
import { CONNECTION_ONLY_LEVELS, toApiPermission, UI_NAME, type AccessLevel } from '../../model/levels.js';
import { formatObjectPath } from '../../model/object-path.js';
import { describePrincipal } from '../../model/project.js';
import type { GrantSpec } from '../../model/resources.js';
import { BackendError } from '../backend.js';
import { SigmaApiError } from './errors.js';
import type { SigmaHttp } from './http.js';
import type { GrantHome, IdIndex } from './id-index.js';
import type { ObjectPaths } from './object-paths.js';
import { listAll } from './pagination.js';
import type { CreateGenericGrantBody, CreateGrantsBody, Grantee, WireGrant } from './wire.js';

export interface GrantWriter {
  readonly http: SigmaHttp;
  readonly index: IdIndex;
  readonly paths: ObjectPaths;
  readonly tryGrantApiForAllLevels: boolean;
}

/** Where a grant is made: the endpoint family and the id in its path. */
interface Target {
  readonly home: GrantHome;
  readonly grantee: Grantee;
  readonly permission: string;
}

/** Levels that Sigma's documented grant endpoints cannot create. */
export function needsManualStep(level: AccessLevel): boolean {
  return CONNECTION_ONLY_LEVELS.has(level);
}

export function grantManualStep(change: GrantChange, tryGrantApi: boolean): ManualStep | undefined {
  if (change.action === 'delete' || tryGrantApi || !needsManualStep(change.after.level)) return undefined;
  const { after } = change;
  const lower = change.action === 'replace' ? ` (after removing its ${UI_NAME[change.before.level]} grant)` : '';
  return {
    instructions:
      `In Sigma, open Administration → Connections → ${after.object.connection} → Permissions (or Manage data permissions) and give ` +
      `${describePrincipal(after.principal)} "${UI_NAME[after.level]}"${lower}: Sigma's API has no documented endpoint for this level ` +
      '(set backend.tryGrantApiForAllLevels: true to try POST /v2/grants)',
  };
}

export async function executeGrantChange(writer: GrantWriter, change: GrantChange): Promise<void> {
  switch (change.action) {
    case 'create':
      await grant(writer, await targetOf(writer, change.after), change.after, []);
      return;
    case 'update': {
      // Escalate in place: post the higher level first, so that access never drops.
      await grant(writer, await targetOf(writer, change.after), change.after, change.liveIds);
      return;
    }
    case 'replace': {
      // Everything the new grant needs is resolved before anything is revoked.
      const target = await targetOf(writer, change.after);
      await revoke(writer, change.liveIds);
      await grant(writer, target, change.after, []);
      return;
    }
    case 'delete':
      await revoke(writer, change.liveIds);
      return;
    default:
      assertNever(change, 'grant change');
  }
}

async function targetOf({ index, paths }: GrantWriter, spec: GrantSpec): Promise<Target> {
  const connection = index.requireConnection(spec.object.connection);
  const grantee = index.grantee(spec.principal);
  const permission = toApiPermission(spec.level);
  if (spec.object.path.length === 0) return { home: { kind: 'connection', connectionId: connection.id }, grantee, permission };
  const pathId = await paths.idOf(connection.id, spec.object);
  if (pathId === undefined) throw new BackendError(`${formatObjectPath(spec.object)} does not exist in the warehouse (Sigma's lookup does not find it)`);
  return { home: { kind: 'path', pathId }, grantee, permission };
}

/**
 * Posts the grant, then reads the object's grants to learn its id (the POST
 * answers `{}`); `superseded` are live ids of the same grantee to remove
 * once the new level is in place, when Sigma kept them beside it.
 */
async function grant(writer: GrantWriter, target: Target, spec: GrantSpec, superseded: readonly string[]): Promise<void> {
  const { http, index } = writer;
  if (needsManualStep(spec.level)) {
    await postGenericGrant(writer, target, spec);
  } else {
    const body: CreateGrantsBody = { grants: [{ grantee: target.grantee, permission: target.permission as 'usage' | 'annotate' }] };
    if (target.home.kind === 'connection') {
      await http.request({ method: 'POST', path: '/v2/connections/{connectionId}/grants', params: { connectionId: target.home.connectionId }, body });
    } else {
      await http.request({ method: 'POST', path: '/v2/connections/paths/{connectionPathId}/grants', params: { connectionPathId: target.home.pathId }, body });
    }
  }
  const listed = await grantsOn(http, index, target.home);
  const mine = listed.filter((each) => sameGrantee(each, target.grantee));
  const made = mine.filter((each) => each.permission === target.permission);
  if (made.length === 0) {
    throw new BackendError(`Sigma accepted the grant of ${UI_NAME[spec.level]} on ${formatObjectPath(spec.object)} to ${describePrincipal(spec.principal)} but does not list it`);
  }
  for (const each of made) index.setGrantHome(each.grantId, target.home);
  // Sigma may keep the old grant beside the new one, or answer a repeated POST with a second grant: keep one.
  const surplus = [...made.slice(1).map((each) => each.grantId), ...superseded.filter((id) => mine.some((each) => each.grantId === id && each.permission !== target.permission))];
  await revoke(writer, surplus);
}

async function postGenericGrant({ http, paths }: GrantWriter, target: Target, spec: GrantSpec): Promise<void> {
  if (target.home.kind !== 'connection') throw new BackendError(`${UI_NAME[spec.level]} can only be granted on a connection, not on ${formatObjectPath(spec.object)}`);
  // The connection's root inode (a lookup of the empty path); its id where Sigma names none.
  const inodeId = (await paths.rootOf(target.home.connectionId)) ?? target.home.connectionId;
  const body: CreateGenericGrantBody = { grantee: target.grantee, permission: target.permission, inodeId };
  try {
    await http.request({ method: 'POST', path: '/v2/grants', body });
  } catch (error) {
    if (error instanceof SigmaApiError && error.status !== undefined && error.status < 500) {
      throw new BackendError(
        `${error.message}; Sigma does not accept "${UI_NAME[spec.level]}" through its API here: give it to ${describePrincipal(spec.principal)} on ${spec.object.connection} in Sigma's UI`,
      );
    }
    throw error;
  }
}

/** Deletes grants by id, each on the endpoint of its object; one already gone counts as done. */
async function revoke({ http, index }: GrantWriter, ids: readonly string[]): Promise<void> {
  await Promise.all(
    [...new Set(ids)].map(async (grantId) => {
      const home = index.grantHome(grantId);
      try {
        if (home?.kind === 'connection') {
          await http.request({ method: 'DELETE', path: '/v2/connections/{connectionId}/grants/{grantId}', params: { connectionId: home.connectionId, grantId } });
        } else if (home?.kind === 'path') {
          await http.request({ method: 'DELETE', path: '/v2/connections/paths/{connectionPathId}/grants/{grantId}', params: { connectionPathId: home.pathId, grantId } });
        } else {
          // A grant this run did not read: the generic endpoint deletes any grant by id.
          await http.request({ method: 'DELETE', path: '/v2/grants/{grantId}', params: { grantId } });
        }
      } catch (error) {
        if (!(error instanceof SigmaApiError && error.status === 404)) throw error;
      }
      index.forgetGrant(grantId);
    }),
  );
}

async function grantsOn(http: SigmaHttp, index: IdIndex, home: GrantHome): Promise<WireGrant[]> {
  const entries =
    home.kind === 'connection'
      ? await listAll<WireGrant>(http, { path: '/v2/connections/{connectionId}/grants', params: { connectionId: home.connectionId } })
      : await listAll<WireGrant>(http, { path: '/v2/connections/paths/{connectionPathId}/grants', params: { connectionPathId: home.pathId } });
  // A path's list may echo grants inherited from the connection, under the connection's id.
  return home.kind === 'path' ? entries.filter((each) => index.connectionById(each.inodeId) === undefined) : entries;
}

function sameGrantee(grant: WireGrant, grantee: Grantee): boolean {
  return 'memberId' in grantee ? grant.memberId === grantee.memberId : grant.teamId === grantee.teamId;
}
