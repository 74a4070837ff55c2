// The live snapshot indexed by identity, as the files name things: a team or
// connection that the files rename (`previously:`) is found under its new
// name, and the grants and members that hang on it follow, so that a rename
// is an update in place that keeps the id, the members and the grants.

import type { LiveConnection, LiveGrant, LiveSnapshot, LiveTeam, LiveUser } from '../model/live.js';
import { ALL_MEMBERS, type Principal } from '../model/project.js';
import type { GrantSpec } from '../model/resources.js';
import { compareText, grantKey } from './addresses.js';
import type { DesiredState } from './desired.js';

export interface Indexed<T> {
  readonly live: T;
  /** The live name, when the files rename the resource. */
  readonly renamedFrom?: string;
}

export interface LiveGrantGroup {
  /** Principal and object under the files' names (after renames). */
  readonly principal: Principal;
  readonly object: GrantSpec['object'];
  /** Every live grant for this (principal, object), by id. */
  readonly grants: readonly LiveGrant[];
}

export interface LiveIndex {
  readonly connections: ReadonlyMap<string, Indexed<LiveConnection>>;
  readonly users: ReadonlyMap<string, LiveUser>;
  /** Without `All Members`, which is never created, renamed or deleted. */
  readonly teams: ReadonlyMap<string, Indexed<LiveTeam>>;
  readonly grants: ReadonlyMap<string, LiveGrantGroup>;
  /**
   * Deactivated users that the files do not declare: out of scope. Their
   * grants and memberships are inert, and Sigma refuses to change an
   * inactive member's teams, so the plan leaves them alone.
   */
  readonly dormantUsers: ReadonlySet<string>;
}

const byId = <T extends { readonly id: string }>(a: T, b: T): number => compareText(a.id, b.id);

export function indexLive(live: LiveSnapshot, desired: DesiredState): LiveIndex {
  const users = new Map<string, LiveUser>();
  // A deactivated duplicate never hides an active user with the same email.
  for (const user of [...live.users].sort((a, b) => Number(b.active) - Number(a.active) || byId(a, b))) {
    if (!users.has(user.email)) users.set(user.email, user);
  }
  const declaredUsers = new Set(desired.users.map((user) => user.email));
  const dormantUsers = new Set([...users.values()].filter((user) => !user.active && !declaredUsers.has(user.email)).map((user) => user.email));

  const teamRenames = findRenames(
    live.teams.filter((team) => team.name !== ALL_MEMBERS),
    desired.teams,
  );
  const connectionRenames = findRenames(live.connections, desired.connections);

  const teams = new Map<string, Indexed<LiveTeam>>();
  for (const team of [...live.teams].sort(byId)) {
    if (team.name === ALL_MEMBERS) continue;
    const name = teamRenames.get(team.name) ?? team.name;
    if (teams.has(name)) continue;
    teams.set(name, name === team.name ? { live: team } : { live: team, renamedFrom: team.name });
  }
  const connections = new Map<string, Indexed<LiveConnection>>();
  for (const connection of [...live.connections].sort(byId)) {
    const name = connectionRenames.get(connection.name) ?? connection.name;
    if (connections.has(name)) continue;
    connections.set(name, name === connection.name ? { live: connection } : { live: connection, renamedFrom: connection.name });
  }

  const grants = new Map<string, { principal: Principal; object: GrantSpec['object']; grants: LiveGrant[] }>();
  for (const grant of [...live.grants].sort(byId)) {
    if (grant.principal.kind === 'user' && dormantUsers.has(grant.principal.email)) continue;
    const principal: Principal =
      grant.principal.kind === 'team' ? { kind: 'team', name: teamRenames.get(grant.principal.name) ?? grant.principal.name } : grant.principal;
    const object = { connection: connectionRenames.get(grant.object.connection) ?? grant.object.connection, path: grant.object.path };
    const key = grantKey(principal, object);
    const group = grants.get(key);
    if (group) group.grants.push(grant);
    else grants.set(key, { principal, object, grants: [grant] });
  }
  return { connections, users, teams, grants, dormantUsers };
}

/**
 * Old live name → new declared name, for each declaration whose name is not
 * live but one of its former names is (the first that is, in the order
 * written). Validation already refuses a former name that another
 * declaration uses or claims.
 */
function findRenames(live: readonly { readonly name: string }[], declared: readonly { readonly name: string; readonly previously: readonly string[] }[]): Map<string, string> {
  const liveNames = new Set(live.map((each) => each.name));
  const declaredNames = new Set(declared.map((each) => each.name));
  const renames = new Map<string, string>();
  for (const declaration of declared) {
    if (liveNames.has(declaration.name)) continue;
    const from = declaration.previously.find((old) => liveNames.has(old) && !declaredNames.has(old) && !renames.has(old));
    if (from !== undefined) renames.set(from, declaration.name);
  }
  return renames;
}
