// Random small orgs for the access engine's tests, and a brute-force model
// of effective access written from DESIGN.md §1 alone: every grant, no
// index. Seeded, so a failure reproduces.

import type { AccessLevel } from '../../src/model/levels.js';
import type { LiveGrant, LiveSnapshot, LiveUser } from '../../src/model/live.js';
import { formatObjectPath, type ObjectPath } from '../../src/model/object-path.js';
import type { AccountTypeDecl } from '../../src/model/project.js';

export { mulberry32 } from '../../src/emulator/faults.js';

export const LEVELS: readonly AccessLevel[] = ['write-only', 'use', 'use-and-annotate', 'admin'];
export const TREE: Record<string, readonly (readonly string[])[]> = {
  wh: [[], ['DB0'], ['DB0', 'S0'], ['DB0', 'S0', 'T0'], ['DB0', 'S1'], ['DB1'], ['DB1', 'S0']],
  pg: [[], ['public'], ['public', 'orders']],
};
export const TYPES: Record<string, readonly string[]> = {
  Admin: ['view-connections', 'manage-connections', 'annotate-tables', 'create-input-tables', 'upload-csv', 'schedule-materializations', 'create-warehouse-views'],
  Creator: ['view-connections', 'annotate-tables', 'create-input-tables', 'upload-csv', 'schedule-materializations', 'create-warehouse-views'],
  Explorer: ['view-connections'],
  Viewer: [],
  Uploader: ['upload-csv'],
  Curator: ['view-connections', 'manage-connections'],
};
export const DECLARED = new Map<string, AccountTypeDecl>(
  ['Uploader', 'Curator'].map((name) => [name, { name, permissions: TYPES[name] as string[], span: undefined as never, nameSpan: undefined as never }]),
);

export function randomOrg(random: () => number, variant: number): LiveSnapshot {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const emails = ['a@x.io', 'b@x.io', 'c@x.io', 'd@x.io', 'e@x.io'].filter(() => random() < 0.8);
  const users: LiveUser[] = emails.map((email) => ({ id: email, email, accountType: pick(Object.keys(TYPES)), managedBy: 'grantform', active: random() < 0.9 }));
  const teams = ['T1', 'T2'].map((name) => ({ id: name, name, managedBy: 'grantform' as const, members: emails.filter(() => random() < 0.5) }));
  const grants: LiveGrant[] = [];
  const count = Math.floor(random() * 8);
  for (let i = 0; i < count; i += 1) {
    const connection = pick(Object.keys(TREE));
    const path = [...pick(TREE[connection] as (readonly string[])[])];
    const level = path.length === 0 ? pick(LEVELS) : pick(['use', 'use-and-annotate'] as const);
    const who = random();
    const principal = who < 0.4 && emails.length > 0 ? { kind: 'user' as const, email: pick(emails) } : { kind: 'team' as const, name: who < 0.8 ? pick(['T1', 'T2']) : 'All Members' };
    grants.push({ id: `g${variant}-${i}`, principal, object: { connection, path }, level });
  }
  const connections = Object.keys(TREE).map((name) => ({
    id: name,
    name,
    type: 'snowflake' as const,
    useOauth: false,
    details: {},
    ...(random() < 0.5 && { writeAccess: { destinations: [['W', 'S']] } }),
  }));
  return { connections, users, teams, grants, accountTypes: [] };
}

/** DESIGN.md §1, object by object. */
export function bruteLevel(org: LiveSnapshot, email: string, object: ObjectPath): AccessLevel | null {
  const user = org.users.find((each) => each.email === email && each.active);
  if (!user) return null;
  const permissions = new Set(TYPES[user.accountType]);
  const allows = (level: AccessLevel) => {
    const browse = permissions.has('view-connections') || permissions.has('manage-connections');
    if (level === 'write-only') return ['create-input-tables', 'upload-csv', 'schedule-materializations', 'create-warehouse-views'].some((p) => permissions.has(p));
    if (level === 'use') return browse;
    if (level === 'use-and-annotate') return browse && (permissions.has('manage-connections') || permissions.has('annotate-tables'));
    return permissions.has('manage-connections');
  };
  if (user.accountType === 'Admin') return 'admin';
  let best = -1;
  for (const grant of org.grants) {
    if (grant.object.connection !== object.connection || grant.object.path.some((name, i) => object.path[i] !== name) || grant.object.path.length > object.path.length) continue;
    const reaches =
      grant.principal.kind === 'user'
        ? grant.principal.email === email
        : grant.principal.name === 'All Members' || org.teams.some((team) => team.name === (grant.principal as { name: string }).name && team.members.includes(email));
    if (!reaches) continue;
    for (let rank = LEVELS.indexOf(grant.level); rank >= 0; rank -= 1) {
      const level = LEVELS[rank] as AccessLevel;
      if (!allows(level)) continue;
      if (level === 'write-only' && !org.connections.find((each) => each.name === object.connection)?.writeAccess) break;
      best = Math.max(best, rank);
      break;
    }
  }
  return best < 0 ? null : (LEVELS[best] as AccessLevel);
}

export function allObjects(): ObjectPath[] {
  return Object.entries(TREE).flatMap(([connection, paths]) => paths.map((path) => ({ connection, path: [...path] })));
}

export function bruteListing(org: LiveSnapshot, email: string): Record<string, AccessLevel> {
  const listing: Record<string, AccessLevel> = {};
  for (const object of allObjects()) {
    const level = bruteLevel(org, email, object);
    const parent = object.path.length === 0 ? null : bruteLevel(org, email, { connection: object.connection, path: object.path.slice(0, -1) });
    if (level !== null && level !== parent) listing[formatObjectPath(object)] = level;
  }
  return listing;
}

