// The desired state: what the files say, in the planner's vocabulary (specs
// without source positions), one entry per identity and in a fixed order.
// A plan file stores it, and its fingerprint decides whether the files
// have moved since a plan was made.

import { maxLevel } from '../model/levels.js';
import { ALL_MEMBERS, type ConnectionDecl, type Project } from '../model/project.js';
import type { ConnectionSpec, GrantSpec, TeamSpec, UserSpec } from '../model/resources.js';
import { compareText, grantKey } from './addresses.js';

export interface DesiredConnection extends ConnectionSpec {
  /** Former names, for a rename in place (`previously:`). */
  readonly previously: readonly string[];
}

export interface DesiredTeam extends TeamSpec {
  /** Members' emails, lower-cased and sorted. */
  readonly members: readonly string[];
  readonly previously: readonly string[];
}

export interface DesiredState {
  readonly connections: readonly DesiredConnection[];
  readonly users: readonly UserSpec[];
  /** Declared teams; never `All Members`, which exists without being declared. */
  readonly teams: readonly DesiredTeam[];
  /** One per (principal, object): a repeated grant means its highest level (DESIGN.md §4). */
  readonly grants: readonly GrantSpec[];
}

export const EMPTY_DESIRED: DesiredState = { connections: [], users: [], teams: [], grants: [] };

export function desiredFromProject(project: Project): DesiredState {
  const connections = [...project.connections.values()].map(connectionSpec).sort((a, b) => compareText(a.name, b.name));
  const users = [...project.users.values()]
    .map(
      (user): UserSpec => ({
        email: user.email,
        accountType: user.accountType,
        ...(user.firstName !== undefined && { firstName: user.firstName }),
        ...(user.lastName !== undefined && { lastName: user.lastName }),
        managedBy: user.managedBy,
      }),
    )
    .sort((a, b) => compareText(a.email, b.email));
  const teams = [...project.teams.values()]
    .filter((team) => team.name !== ALL_MEMBERS)
    .map(
      (team): DesiredTeam => ({
        name: team.name,
        ...(team.description !== undefined && { description: team.description }),
        managedBy: team.managedBy,
        members: [...new Set(team.members.map((member) => member.email))].sort(compareText),
        previously: team.previously,
      }),
    )
    .sort((a, b) => compareText(a.name, b.name));
  const grants = new Map<string, GrantSpec>();
  for (const grant of project.grants) {
    const key = grantKey(grant.principal, grant.object);
    const seen = grants.get(key);
    const level = seen ? maxLevel(seen.level, grant.access) : grant.access;
    grants.set(key, { principal: grant.principal, object: { connection: grant.object.connection, path: [...grant.object.path] }, level });
  }
  const sortedGrants = [...grants.entries()].sort(([a], [b]) => compareText(a, b)).map(([, grant]) => grant);
  return { connections, users, teams, grants: sortedGrants };
}

function connectionSpec(connection: ConnectionDecl): DesiredConnection {
  const writeAccess = connection.writeAccess;
  return {
    name: connection.name,
    type: connection.type,
    ...(connection.description !== undefined && { description: connection.description }),
    useOauth: connection.useOauth,
    details: connection.details,
    ...(connection.secretsVersion !== undefined && { secretsVersion: connection.secretsVersion }),
    ...(writeAccess && {
      writeAccess: {
        destinations: writeAccess.destinations,
        ...(writeAccess.auditLog !== undefined && { auditLog: writeAccess.auditLog }),
        ...(writeAccess.materializationWarehouse !== undefined && { materializationWarehouse: writeAccess.materializationWarehouse }),
        ...(writeAccess.useDynamicTables !== undefined && { useDynamicTables: writeAccess.useDynamicTables }),
      },
    }),
    previously: connection.previously,
  };
}
