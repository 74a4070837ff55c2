// The whole organization as one JSON value, for tests that check what a
// client changed (GET /__emulator/state). It shows what the API hides — the
// connection details sent, SCIM flags, grants with their object paths and
// grantform level names — but never a secret: connection secrets show as
// "[redacted]", credentials as their client id and owner only.

import { fromApiPermission } from '../../model/levels.js';
import { formatObjectPath } from '../../model/object-path.js';
import type { Org } from './org.js';
import { accountTypeView, connectionView, genericGrantView, memberView, teamView } from './views.js';
import { redactDetails } from './warehouse-api.js';

export interface StateDump {
  readonly organization: Org['info'];
  readonly options: Org['options'];
  readonly credentials: ReadonlyArray<{ clientId: string; memberId: string }>;
  readonly accountTypes: readonly unknown[];
  readonly members: readonly unknown[];
  readonly teams: readonly unknown[];
  readonly connections: readonly unknown[];
  readonly grants: readonly unknown[];
}

export function dumpState(org: Org): StateDump {
  return {
    organization: org.info,
    options: org.options,
    credentials: [...org.credentials.values()].map(({ clientId, memberId }) => ({ clientId, memberId })),
    accountTypes: [...org.accountTypes.values()].map((type) => ({ ...accountTypeView(type), permissions: type.permissions })),
    members: [...org.members.values()].map((member) => ({ ...memberView(org, member), scim: member.scim, teamIds: [...org.teamIdsOf(member.memberId)] })),
    teams: [...org.teams.values()].map((team) => ({
      ...teamView(team),
      scim: team.scim,
      workspaceId: team.workspaceId,
      members: [...team.members].map(([memberId, membership]) => ({ memberId, email: org.members.get(memberId)?.email, isTeamAdmin: membership.isTeamAdmin })),
    })),
    connections: [...org.connections.values()].map((connection) => ({
      ...connectionView(org, connection),
      description: connection.description,
      details: redactDetails(connection.details),
      rootInodeId: connection.rootInodeId,
      test: connection.test,
      paths: org.pathsOf(connection.connectionId).map(({ inodeId, urlId, path, kind }) => ({ inodeId, urlId, path, kind })),
    })),
    grants: [...org.grants.values()].map((grant) => {
      const inode = org.inodes.get(grant.inodeId);
      const connection = inode ? org.connections.get(inode.connectionId) : undefined;
      return {
        ...genericGrantView(org, grant),
        object: connection && inode ? formatObjectPath({ connection: connection.name, path: inode.path }) : null,
        access: fromApiPermission(grant.permission) ?? null,
      };
    }),
  };
}
