// A deterministic synthetic Sigma org, laid out in one of the ways real orgs
// keep theirs (`LAYOUTS`). The same seed and layout always write the same
// bytes. The default, `per-team`: a file per team (the team and its grants),
// users in files of a few hundred, connections in one file.
//
// Full size: 5,000 users, 1,000 teams, 20,000 grants over 3 connections with
// 4-level object trees (connection → database → schema → table).

import { writeFileSync } from 'node:fs';
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
/** The largest enterprise orgs (issue 13). */
export const TEN_TIMES_SIZE: OrgSize = { users: 50_000, teams: 10_000, grants: 200_000 };

/**
 * - `per-team`: a file per team with its grants, users (and their grants) in files of 250;
 * - `users-file`: one `users.yaml` with every user and their own grants (a fifth of the grants), a file per team;
 * - `single-file`: the whole org in one `org.yaml`;
 * - `deep-tree`: a file per team, the objects tables under 200 schemas of one database (and those schemas);
 * - `per-user`: a file per user with the user's own grants and a file per team (6,000 small files at full size).
 */
export const LAYOUTS = ['per-team', 'users-file', 'single-file', 'deep-tree', 'per-user'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The deep tree: one database of 200 schemas × 50 tables, on one connection. */
export const DEEP_TREE = { schemas: 200, tables: 50 } as const;

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

/** An object of the deep tree: mostly tables, some schemas, a few the database or the connection. */
function deepObject(next: () => number): string {
  const depth = pick(next, [0, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3] as const);
  const parts: string[] = ['snowflake-prod'];
  if (depth >= 1) parts.push('WAREHOUSE');
  if (depth >= 2) parts.push(schemaName(Math.floor(next() * DEEP_TREE.schemas)));
  if (depth >= 3) parts.push(tableName(Math.floor(next() * DEEP_TREE.tables)));
  return parts.join('/');
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

interface SyntheticOrg {
  readonly connectionsYaml: string[];
  /** Per team: its distinct members' emails. */
  readonly members: string[][];
  readonly teamGrants: string[][];
  /** Per user: its grants (list items, two-space indented). */
  readonly userGrants: string[][];
  readonly accountTypes: string[];
}

function generate(size: OrgSize, seed: number, layout: Layout): SyntheticOrg {
  const next = random(seed);
  const connectionsYaml = ['connections:'];
  for (const connection of CONNECTIONS) {
    connectionsYaml.push(`  - name: ${connection.name}`, `    type: ${connection.type}`, '    writeAccess:', `      destination: ${connection.destination}`);
  }
  connectionsYaml.push('accountTypes:', '  - name: Analyst', '    permissions: [view-connections, annotate-tables, create-input-tables]');

  // Members: every user is in 1 to 4 teams.
  const members: string[][] = Array.from({ length: size.teams }, () => []);
  for (let user = 0; user < size.users; user += 1) {
    const count = 1 + Math.floor(next() * 4);
    for (let k = 0; k < count; k += 1) members[Math.floor(next() * size.teams)]?.push(userEmail(user));
  }

  // Grants: 70% to teams (80% in the users-file layout), the rest to users; a few repeat an ancestor's level so that lint has work.
  const teamShare = layout === 'users-file' ? 0.8 : 0.7;
  const object = layout === 'deep-tree' ? deepObject : randomObject;
  const teamGrants: string[][] = Array.from({ length: size.teams }, () => []);
  const userGrants: string[][] = Array.from({ length: size.users }, () => []);
  const seen = new Set<string>();
  for (let made = 0; made < size.grants; ) {
    const target = object(next);
    const level = pick(next, LEVELS);
    if (next() < teamShare) {
      const team = Math.floor(next() * size.teams);
      const key = `t${team}@${target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      teamGrants[team]?.push(`  - team: ${teamName(team)}\n    object: ${target}\n    access: ${level}`);
    } else {
      const user = Math.floor(next() * size.users);
      const key = `u${user}@${target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      userGrants[user]?.push(`  - user: ${userEmail(user)}\n    object: ${target}\n    access: ${level}`);
    }
    made += 1;
  }
  const accountTypes = Array.from({ length: size.users }, () => pick(next, ACCOUNT_TYPES));
  return { connectionsYaml, members: members.map((each) => [...new Set(each)]), teamGrants, userGrants, accountTypes };
}

function teamLines(org: SyntheticOrg, team: number): string[] {
  const lines = [`  - name: ${teamName(team)}`];
  const teamMembers = org.members[team] ?? [];
  if (teamMembers.length > 0) {
    lines.push('    members:');
    for (const email of teamMembers) lines.push(`      - ${email}`);
  } else {
    lines.push('    members: []');
  }
  return lines;
}

function userLines(org: SyntheticOrg, from: number, to: number): string[] {
  const lines: string[] = [];
  for (let user = from; user < to; user += 1) lines.push(`  - email: ${userEmail(user)}`, `    accountType: ${org.accountTypes[user]}`);
  return lines;
}

export async function writeSyntheticOrg(dir: string, size: OrgSize, seed = 42, layout: Layout = 'per-team'): Promise<void> {
  const org = generate(size, seed, layout);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const settings = ['backend:', '  type: local', '  path: .grantform/state.json', 'safety:', '  maxDeletes: 1000000', ''].join('\n');
  await writeFile(path.join(dir, 'grantform.yaml'), settings);

  if (layout === 'single-file') {
    const lines = ['# The whole org in one file.', ...org.connectionsYaml, 'users:', ...userLines(org, 0, size.users), 'teams:'];
    for (let team = 0; team < size.teams; team += 1) lines.push(...teamLines(org, team));
    lines.push('grants:');
    for (let team = 0; team < size.teams; team += 1) lines.push(...(org.teamGrants[team] ?? []));
    for (let user = 0; user < size.users; user += 1) lines.push(...(org.userGrants[user] ?? []));
    await writeFile(path.join(dir, 'org.yaml'), `${lines.join('\n')}\n`);
    return;
  }

  await writeFile(path.join(dir, 'connections.yaml'), `${org.connectionsYaml.join('\n')}\n`);
  await mkdir(path.join(dir, 'teams'), { recursive: true });
  // Written one after the other: the per-user layout at ten times is 50,000 files, more than a process may hold open at once.
  for (let team = 0; team < size.teams; team += 1) {
    const lines = [`# ${teamName(team)}: its members and what it can reach.`, 'teams:', ...teamLines(org, team)];
    const grants = org.teamGrants[team] ?? [];
    if (grants.length > 0) lines.push('grants:', ...grants);
    writeFileSync(path.join(dir, 'teams', `team-${pad(team, 5)}.yaml`), `${lines.join('\n')}\n`);
  }
  // Users in files of `perFile` users, each with its users' grants.
  const perFile = layout === 'users-file' ? size.users : layout === 'per-user' ? 1 : 250;
  if (layout !== 'users-file') await mkdir(path.join(dir, 'people'), { recursive: true });
  for (let file = 0; file * perFile < size.users; file += 1) {
    const to = Math.min(size.users, (file + 1) * perFile);
    const lines = ['users:', ...userLines(org, file * perFile, to)];
    const grants = org.userGrants.slice(file * perFile, to).flat();
    if (grants.length > 0) lines.push('grants:', ...grants);
    const name = layout === 'users-file' ? 'users.yaml' : layout === 'per-user' ? path.join('people', `${userEmail(file)}.yaml`) : path.join('people', `users-${pad(file, 3)}.yaml`);
    writeFileSync(path.join(dir, name), `${lines.join('\n')}\n`);
  }
}
