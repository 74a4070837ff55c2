// Grant semantics: escalation-only writes, and what each grant list shows.
//
// Escalation. `POST /v2/grants` "can only be used to escalate the level of
// access… To remove or reduce… delete the existing grant and re-grant", and it
// "create[s] a grant or update[s] an existing grant" (grants → POST
// /v2/grants). The connection and path grant POSTs say nothing; the emulator
// assumes the same rule for all three (sigma-api.md §5.5). Undocumented, the
// emulator assumes: a grant for the same grantee and object at or above the
// requested level makes the request a no-op (the higher level stays, the
// answer is still a success); a lower existing grant is raised in place,
// keeping its grant id; with several existing grants (a seed can hold
// duplicates) the highest is the one raised, the others stay as they are.
//
// Listing ([skills], permissions-and-sharing.md): the connection grant list
// shows root grants only; `GET /v2/grants?inodeId=` on a path also echoes the
// grants of the connection root, with the root's inode id, unless
// `directGrantsOnly=true`. Undocumented, the emulator assumes: only root
// grants are echoed (not those of intermediate databases or schemas);
// `?userId=` without `directGrantsOnly` also returns the grants of the
// member's teams and of All Members; grants on a deleted connection are
// hidden from every list until it is restored.

import type { Org } from './org.js';
import type { ConnectionPermission, GrantRecord, InodeRecord } from './types.js';
import { freshUuid } from '../ids.js';

export type GrantablePermission = 'writeback' | 'usage' | 'annotate' | 'admin';

/** The chain of connection levels, lowest first (DESIGN §1). */
const RANK: Readonly<Record<GrantablePermission, number>> = { writeback: 0, usage: 1, annotate: 2, admin: 3 };

export interface GranteeIds {
  readonly memberId: string | null;
  readonly teamId: string | null;
}

export type GrantOutcome = 'created' | 'escalated' | 'unchanged';

function rank(permission: ConnectionPermission): number {
  return permission === 'update' ? -1 : RANK[permission];
}

export function grantOrEscalate(org: Org, inode: InodeRecord, grantee: GranteeIds, permission: GrantablePermission, by: string): { grant: GrantRecord; outcome: GrantOutcome } {
  const existing = org
    .grantsOn(inode.inodeId)
    .filter((each) => each.memberId === grantee.memberId && each.teamId === grantee.teamId)
    .sort((a, b) => rank(b.permission) - rank(a.permission) || a.seq - b.seq);
  const highest = existing[0];
  const now = org.clock.iso();
  if (highest && rank(highest.permission) >= RANK[permission]) return { grant: highest, outcome: 'unchanged' };
  if (highest) {
    highest.permission = permission;
    highest.updatedBy = by;
    highest.updatedAt = now;
    return { grant: highest, outcome: 'escalated' };
  }
  const grant: GrantRecord = {
    grantId: freshUuid(),
    inodeId: inode.inodeId,
    memberId: grantee.memberId,
    teamId: grantee.teamId,
    permission,
    createdBy: by,
    updatedBy: by,
    createdAt: now,
    updatedAt: now,
    seq: org.nextSeq(),
  };
  org.addGrant(grant);
  return { grant, outcome: 'created' };
}

/** False for grants on a deleted (archived) connection. */
export function isVisible(org: Org, grant: GrantRecord): boolean {
  const inode = org.inodes.get(grant.inodeId);
  const connection = inode ? org.connections.get(inode.connectionId) : undefined;
  return connection !== undefined && !connection.isArchived;
}

export interface GrantQuery {
  readonly inode?: InodeRecord;
  readonly teamId?: string;
  readonly userId?: string;
  readonly directGrantsOnly: boolean;
}

/** `GET /v2/grants`: every selector given narrows the result; at least one is given. */
export function queryGrants(org: Org, query: GrantQuery): GrantRecord[] {
  const { inode, teamId, userId, directGrantsOnly } = query;
  const userTeams = new Set<string>();
  if (userId !== undefined && !directGrantsOnly) {
    for (const id of org.teamIdsOf(userId)) userTeams.add(id);
    userTeams.add(org.info.allMembersTeamId);
  }
  const rootId = inode && inode.kind !== 'root' ? org.connections.get(inode.connectionId)?.rootInodeId : undefined;
  const onInode = (grant: GrantRecord): boolean => grant.inodeId === inode?.inodeId || (!directGrantsOnly && grant.inodeId === rootId);
  const ofUser = (grant: GrantRecord): boolean => grant.memberId === userId || (grant.teamId !== null && userTeams.has(grant.teamId));

  let candidates: GrantRecord[];
  if (userId !== undefined) {
    candidates = [...org.grantsOfMember(userId), ...[...userTeams].flatMap((id) => org.grantsOfTeam(id))];
  } else if (teamId !== undefined) {
    candidates = org.grantsOfTeam(teamId);
  } else if (inode) {
    candidates = [...org.grantsOn(inode.inodeId), ...(rootId !== undefined && !directGrantsOnly ? org.grantsOn(rootId) : [])];
  } else {
    candidates = [];
  }
  const seen = new Set<string>();
  const result = candidates.filter((grant) => {
    if (seen.has(grant.grantId)) return false;
    seen.add(grant.grantId);
    if (userId !== undefined && !ofUser(grant)) return false;
    if (teamId !== undefined && grant.teamId !== teamId) return false;
    if (inode && !onInode(grant)) return false;
    return isVisible(org, grant);
  });
  return result.sort((a, b) => a.seq - b.seq);
}
