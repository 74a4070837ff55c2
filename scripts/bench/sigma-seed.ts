// The synthetic org (a grantform project) as an emulator seed: the same
// users, teams, connections and grants, live, with the warehouse trees the
// grants name and an Admin who owns the API credentials. Planning the
// project against an emulator seeded with it is the steady state: no changes.

import type { Seed } from '../../src/emulator/index.js';
import { formatObjectPath } from '../../src/model/object-path.js';
import type { Project } from '../../src/model/project.js';
import { WAREHOUSES } from '../../src/model/warehouses.js';
import { databaseName, schemaName, tableName, TREE } from './synthetic-org.js';

export const BENCH_CLIENT_ID = 'bench-client';
export const BENCH_CLIENT_SECRET = 'bench-client-secret-not-a-real-one';
const ADMIN = 'bench-admin@example.com';

/** Details the emulator needs per warehouse; the files leave them out, so the plan does not compare them. */
const DETAILS: Record<string, Record<string, string>> = {
  snowflake: { account: 'bench' },
  databricks: { host: 'bench.cloud.databricks.com', endpoint: '/sql/1.0/warehouses/bench' },
  bigquery: { projectId: 'bench' },
};

export function seedFromProject(project: Project): Seed {
  const tree: string[] = [];
  for (let d = 0; d < TREE.databases; d += 1) {
    for (let s = 0; s < TREE.schemas; s += 1) for (let t = 0; t < TREE.tables; t += 1) tree.push(`${databaseName(d)}/${schemaName(s)}/${tableName(t)}`);
  }
  const declaredTypes = new Set(project.accountTypes.keys());
  const usedTypes = new Set([...project.users.values()].map((user) => user.accountType));
  return {
    organization: { name: 'Synthetic', slug: 'synthetic' },
    options: { requestLogLimit: 1_000 },
    credentials: [{ clientId: BENCH_CLIENT_ID, clientSecret: BENCH_CLIENT_SECRET, member: ADMIN }],
    accountTypes: [
      ...[...project.accountTypes.values()].map((type) => ({ name: type.name, permissions: type.permissions })),
      ...(usedTypes.has('Explorer') && !declaredTypes.has('Explorer') ? [{ name: 'Explorer', permissions: [] }] : []),
    ],
    users: [{ email: ADMIN, accountType: 'Admin' }, ...[...project.users.values()].map((user) => ({ email: user.email, accountType: user.accountType }))],
    teams: [...project.teams.values()].map((team) => ({ name: team.name, members: team.members.map((member) => member.email) })),
    connections: [...project.connections.values()].map((connection) => ({
      name: connection.name,
      type: connection.type,
      details: DETAILS[connection.type] ?? {},
      ...(connection.writeAccess && {
        writeAccess: {
          destination: Object.fromEntries(WAREHOUSES[connection.type].destinationKeys.map((key, index) => [key, connection.writeAccess?.destinations[0]?.[index] ?? ''])),
        },
      }),
      paths: tree,
    })),
    grants: project.grants.map((grant) => ({
      ...(grant.principal.kind === 'team' ? { team: grant.principal.name } : { user: grant.principal.email }),
      object: formatObjectPath(grant.object),
      access: grant.access,
    })),
  };
}
