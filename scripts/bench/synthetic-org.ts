// A deterministic synthetic Sigma org, laid out as real orgs keep theirs: a
// file per team (the team and its grants), users in files of a few hundred,
// connections in one file. The same seed always writes the same bytes.
//
// Full size: 5,000 users, 1,000 teams, 20,000 grants over 3 connections with
// 4-level object trees (connection → database → schema → table).

import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mulberry32 } from '../../src/emulator/faults.js';

export interface OrgSize {
  readonly users: number;
  readonly teams: number;
  readonly grants: number;
}

export const FULL_SIZE: OrgSize = { users: 5_000, teams: 1_000, grants: 20_000 };
export const TENTH_SIZE: OrgSize = { users: 500, teams: 100, grants: 2_000 };

/** Warehouse trees: 3 connections × 8 databases × 8 schemas × 16 tables. */
export const TREE = { databases: 8, schemas: 8, tables: 16 } as const;

const CONNECTIONS = [
  { name: 'snowflake-prod', type: 'snowflake', top: 'database', second: 'schema', destination: '{ database: SIGMA_WRITE, schema: WRITEBACK }' },
  { name: 'databricks-lake', type: 'databricks', top: 'catalog', second: 'schema', destination: '{ catalog: sigma_write, schema: writeback }' },
  { name: 'bigquery-marketing', type: 'bigquery', top: 'project', second: 'dataset', destination: '{ project: sigma-write, dataset: writeback }' },
] as const;

const LEVELS = ['use', 'use', 'use', 'use-and-annotate', 'use-and-annotate'] as const;
const ACCOUNT_TYPES = ['Creator', 'Creator', 'Creator', 'Creator', 'Creator', 'Creator', 'Analyst', 'Explorer', 'Viewer', 'Viewer'] as const;

/** The emulator's seeded generator (mulberry32): the same sequence on every machine. */
export const random = mulberry32;

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
export const userEmail = (i: number) => `user${pad(i, 5)}@example.com`;
export const teamName = (i: number) => `Team ${pad(i)}`;
export const databaseName = (i: number) => `DB_${pad(i, 2)}`;
export const schemaName = (i: number) => `SCHEMA_${pad(i, 2)}`;
export const tableName = (i: number) => `TABLE_${pad(i, 3)}`;

/** A random object: a connection, a database, a schema or a table, deeper ones more often. */
function randomObject(next: () => number): string {
  const connection = CONNECTIONS[Math.floor(next() * CONNECTIONS.length)] as (typeof CONNECTIONS)[number];
  const depth = pick(next, [0, 1, 1, 2, 2, 2, 3, 3, 3, 3] as const);
  const parts: string[] = [connection.name];
  if (depth >= 1) parts.push(databaseName(Math.floor(next() * TREE.databases)));
  if (depth >= 2) parts.push(schemaName(Math.floor(next() * TREE.schemas)));
  if (depth >= 3) parts.push(tableName(Math.floor(next() * TREE.tables)));
  return parts.join('/');
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

export async function writeSyntheticOrg(dir: string, size: OrgSize, seed = 42): Promise<void> {
  const next = random(seed);
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, 'teams'), { recursive: true });
  await mkdir(path.join(dir, 'people'), { recursive: true });

  await writeFile(
    path.join(dir, 'grantform.yaml'),
    ['backend:', '  type: local', '  path: .grantform/state.json', 'safety:', '  maxDeletes: 100000', ''].join('\n'),
  );

  const connections = ['connections:'];
  for (const connection of CONNECTIONS) {
    connections.push(`  - name: ${connection.name}`, `    type: ${connection.type}`, '    writeAccess:', `      destination: ${connection.destination}`);
  }
  connections.push('accountTypes:', '  - name: Analyst', '    permissions: [view-connections, annotate-tables, create-input-tables]', '');
  await writeFile(path.join(dir, 'connections.yaml'), connections.join('\n'));

  // Members: every user is in 1 to 4 teams.
  const members: string[][] = Array.from({ length: size.teams }, () => []);
  for (let user = 0; user < size.users; user += 1) {
    const count = 1 + Math.floor(next() * 4);
    for (let k = 0; k < count; k += 1) members[Math.floor(next() * size.teams)]?.push(userEmail(user));
  }

  // Grants: 70% to teams, 30% to users; a few repeat an ancestor's level so that lint has work.
  const teamGrants: string[][] = Array.from({ length: size.teams }, () => []);
  const userGrantFiles: string[][] = Array.from({ length: Math.ceil(size.users / 250) }, () => []);
  const seen = new Set<string>();
  for (let made = 0; made < size.grants; ) {
    const object = randomObject(next);
    const level = pick(next, LEVELS);
    if (next() < 0.7) {
      const team = Math.floor(next() * size.teams);
      const key = `t${team}@${object}`;
      if (seen.has(key)) continue;
      seen.add(key);
      teamGrants[team]?.push(`  - team: ${teamName(team)}\n    object: ${object}\n    access: ${level}`);
    } else {
      const user = Math.floor(next() * size.users);
      const key = `u${user}@${object}`;
      if (seen.has(key)) continue;
      seen.add(key);
      userGrantFiles[Math.floor(user / 250)]?.push(`  - user: ${userEmail(user)}\n    object: ${object}\n    access: ${level}`);
    }
    made += 1;
  }

  const writes: Promise<void>[] = [];
  for (let team = 0; team < size.teams; team += 1) {
    const lines = [`# ${teamName(team)}: its members and what it can reach.`, 'teams:', `  - name: ${teamName(team)}`];
    const teamMembers = [...new Set(members[team])];
    if (teamMembers.length > 0) {
      lines.push('    members:');
      for (const email of teamMembers) lines.push(`      - ${email}`);
    } else {
      lines.push('    members: []');
    }
    const grants = teamGrants[team] ?? [];
    if (grants.length > 0) lines.push('grants:', ...grants);
    writes.push(writeFile(path.join(dir, 'teams', `team-${pad(team)}.yaml`), `${lines.join('\n')}\n`));
  }
  for (let file = 0; file < userGrantFiles.length; file += 1) {
    const lines = ['users:'];
    for (let user = file * 250; user < Math.min(size.users, (file + 1) * 250); user += 1) {
      lines.push(`  - email: ${userEmail(user)}`, `    accountType: ${pick(next, ACCOUNT_TYPES)}`);
    }
    const grants = userGrantFiles[file] ?? [];
    if (grants.length > 0) lines.push('grants:', ...grants);
    writes.push(writeFile(path.join(dir, 'people', `users-${pad(file, 3)}.yaml`), `${lines.join('\n')}\n`));
  }
  await Promise.all(writes);
}
