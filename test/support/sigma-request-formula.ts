// The request-count formula of docs/sigma-backend.md, computed from what an
// org holds (the emulator's state dump), independently of the client: a
// plan's requests per endpoint. Tests compare it with the client's own
// counts; the benchmark prints it beside the measured figure.

import type { StateDump } from '../../src/emulator/index.js';

export const PAGE = 1000;
/** Pages of a list of `n` entries: an empty list is still one request. */
export const pages = (n: number): number => Math.max(1, Math.ceil(n / PAGE));

interface Member {
  memberId: string;
  memberType: string;
  isArchived?: boolean;
  isInactive?: boolean;
  teamIds: string[];
}
interface Team {
  teamId: string;
  members: unknown[];
}
interface Connection {
  connectionId: string;
  name: string;
  isArchived?: boolean;
}
interface Grant {
  grantId: string;
  inodeId: string;
  memberId: string | null;
  teamId: string | null;
  object: string | null;
}

/**
 * The requests of a plan: read() with the files' objects as hints, then
 * findMissingObjects() for those of them below live connections.
 * `objects` are the files' grant objects in YAML form (`conn/DB/SCHEMA`).
 */
export function predictPlanRequests(state: StateDump, objects: readonly string[]): Map<string, number> {
  const members = state.members as Member[];
  const teams = state.teams as Team[];
  const connections = (state.connections as Connection[]).filter((each) => each.isArchived !== true);
  const live = new Set(connections.map((each) => each.connectionId));
  const grants = (state.grants as Grant[]).filter((grant) => grant.object !== null);
  const active = members.filter((member) => member.isArchived !== true && member.isInactive !== true);
  const allMembers = state.organization.allMembersTeamId;

  const counts = new Map<string, number>();
  const add = (endpoint: string, n: number) => n > 0 && counts.set(endpoint, (counts.get(endpoint) ?? 0) + n);
  add('POST /v2/auth/token', 1);
  add('GET /v2/whoami', 1);
  add('GET /v2.1/members', pages(members.length));
  add('GET /v2.1/teams', pages(teams.length));
  add('GET /v2/connections', pages(connections.length));
  add('GET /v2/accountTypes', pages(state.accountTypes.length));
  const typeNames = new Set((state.accountTypes as { accountTypeName: string }[]).map((type) => type.accountTypeName));
  add('GET /v2/accountTypes/{accountTypeId}/permissions', new Set(active.map((member) => member.memberType).filter((name) => typeNames.has(name))).size);
  for (const team of teams) add('GET /v2/teams/{teamId}/members', pages(team.members.length));

  // Grants: one list per active user (direct grants only) and per team; the probe
  // (the active user in the fewest teams) also sees its teams' and All Members' grants.
  let probe: Member | undefined;
  for (const member of active) if (!probe || member.teamIds.length < probe.teamIds.length) probe = member;
  for (const member of active) {
    const seen = member === probe ? new Set([...member.teamIds, allMembers]) : new Set<string>();
    add('GET /v2/grants', pages(grants.filter((grant) => grant.memberId === member.memberId || (grant.teamId !== null && seen.has(grant.teamId))).length));
  }
  for (const team of teams) add('GET /v2/grants', pages(grants.filter((grant) => grant.teamId === team.teamId).length));

  // Placing grants: roots (one lookup of the empty path per live connection) when
  // some grant is not on a connection id; then one lookup per object the files name
  // below a live connection, when some grant is still on a path.
  const names = new Map(connections.map((each) => [each.name, each.connectionId]));
  const below = [...new Set(objects)].filter((object) => object.includes('/') && names.has(object.split('/')[0] as string));
  const offConnectionId = grants.some((grant) => !live.has(grant.inodeId));
  const onPaths = grants.some((grant) => grant.object?.includes('/'));
  if (offConnectionId) add('POST /v2/connection/{connectionId}/lookup', connections.length);
  // The emulator's grants carry inode ids, never the path list's urlIds: the first
  // page of the list places none, and the files' objects are looked up.
  if (onPaths) add('GET /v2/connections/paths', 1);
  if (onPaths) add('POST /v2/connection/{connectionId}/lookup', below.length);
  else if (below.length > 0) {
    // findMissingObjects: the first page of the path list, then the cheaper of the rest or lookups.
    const listed = new Set((state.connections as { name: string; paths: { path: string[]; kind: string }[] }[]).flatMap((each) => each.paths.filter((entry) => entry.kind !== 'procedure').map((entry) => [each.name, ...entry.path].join('/'))));
    add('GET /v2/connections/paths', 1);
    const firstPage = [...listed].slice(0, PAGE);
    const unresolved = below.filter((object) => !firstPage.includes(object));
    const rest = pages(listed.size) - 1;
    if (rest > 0 && rest < unresolved.length) {
      add('GET /v2/connections/paths', rest);
      add('POST /v2/connection/{connectionId}/lookup', below.filter((object) => !listed.has(object)).length);
    } else {
      add('POST /v2/connection/{connectionId}/lookup', unresolved.length);
    }
  }
  return counts;
}

export function total(counts: ReadonlyMap<string, number>): number {
  return [...counts.values()].reduce((sum, n) => sum + n, 0);
}
