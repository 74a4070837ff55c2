// The compact listing and the access diff against a brute-force model
// written from DESIGN.md §1 alone: every object of the tree, every grant,
// no index. Random orgs, a seeded generator, so a failure reproduces.

import { describe, expect, it } from 'vitest';
import type { AccessLevel } from '../model/levels.js';
import type { LiveGrant, LiveSnapshot, LiveUser } from '../model/live.js';
import { formatObjectPath, type ObjectPath } from '../model/object-path.js';
import type { AccountTypeDecl } from '../model/project.js';
import { AccessIndex } from './access-index.js';
import { diffAccess } from './access-diff.js';
import { reviewUser } from './access-review.js';
import { subjectFromLive } from './live-subject.js';

const LEVELS: readonly AccessLevel[] = ['write-only', 'use', 'use-and-annotate', 'admin'];
const TREE: Record<string, readonly (readonly string[])[]> = {
  wh: [[], ['DB0'], ['DB0', 'S0'], ['DB0', 'S0', 'T0'], ['DB0', 'S1'], ['DB1'], ['DB1', 'S0']],
  pg: [[], ['public'], ['public', 'orders']],
};
const TYPES: Record<string, readonly string[]> = {
  Admin: ['view-connections', 'manage-connections', 'annotate-tables', 'create-input-tables', 'upload-csv', 'schedule-materializations', 'create-warehouse-views'],
  Creator: ['view-connections', 'annotate-tables', 'create-input-tables', 'upload-csv', 'schedule-materializations', 'create-warehouse-views'],
  Explorer: ['view-connections'],
  Viewer: [],
  Uploader: ['upload-csv'],
  Curator: ['view-connections', 'manage-connections'],
};
const DECLARED = new Map<string, AccountTypeDecl>(
  ['Uploader', 'Curator'].map((name) => [name, { name, permissions: TYPES[name] as string[], span: undefined as never, nameSpan: undefined as never }]),
);

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomOrg(random: () => number, variant: number): LiveSnapshot {
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
function bruteLevel(org: LiveSnapshot, email: string, object: ObjectPath): AccessLevel | null {
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

function allObjects(): ObjectPath[] {
  return Object.entries(TREE).flatMap(([connection, paths]) => paths.map((path) => ({ connection, path: [...path] })));
}

function bruteListing(org: LiveSnapshot, email: string): Record<string, AccessLevel> {
  const listing: Record<string, AccessLevel> = {};
  for (const object of allObjects()) {
    const level = bruteLevel(org, email, object);
    const parent = object.path.length === 0 ? null : bruteLevel(org, email, { connection: object.connection, path: object.path.slice(0, -1) });
    if (level !== null && level !== parent) listing[formatObjectPath(object)] = level;
  }
  return listing;
}

function indexOf(org: LiveSnapshot): AccessIndex {
  return new AccessIndex(subjectFromLive(org, DECLARED).subject);
}

describe('access review', () => {
  it('lists, for each user, the objects whose level differs from the parent, as the brute-force model does', () => {
    const random = mulberry32(14);
    for (let round = 0; round < 300; round += 1) {
      const org = randomOrg(random, round);
      const index = indexOf(org);
      for (const user of index.project.users.values()) {
        const listing = Object.fromEntries(reviewUser(index, user).entries.map((entry) => [entry.node.key, entry.level]));
        expect(listing, `round ${round}, ${user.email}`).toEqual(bruteListing(org, user.email));
      }
    }
  });

  it('names the grants an entry comes from, the cap, and the Admin account type', () => {
    const org: LiveSnapshot = {
      connections: [{ id: 'wh', name: 'wh', type: 'snowflake', useOauth: false, details: {} }],
      users: [
        { id: '1', email: 'ex@x.io', accountType: 'Explorer', managedBy: 'grantform', active: true },
        { id: '2', email: 'ad@x.io', accountType: 'Admin', managedBy: 'grantform', active: true },
      ],
      teams: [{ id: 't', name: 'T1', managedBy: 'grantform', members: ['ex@x.io'] }],
      grants: [
        { id: 'g1', principal: { kind: 'team', name: 'T1' }, object: { connection: 'wh', path: ['DB0'] }, level: 'use-and-annotate' },
        { id: 'g2', principal: { kind: 'user', email: 'ex@x.io' }, object: { connection: 'wh', path: ['DB0', 'S0'] }, level: 'use' },
      ],
      accountTypes: [],
    };
    const index = indexOf(org);
    const explorer = reviewUser(index, index.user('ex@x.io') as never);
    expect(explorer.entries.map((entry) => [entry.node.key, entry.level, entry.from.map((source) => [source.grant.grant.access, source.gives, source.team])])).toEqual([
      ['wh/DB0', 'use', [['use-and-annotate', 'use', 'T1']]],
    ]);
    const admin = reviewUser(index, index.user('ad@x.io') as never);
    expect(admin.entries.map((entry) => [entry.node.key, entry.level, entry.adminAccountType])).toEqual([['wh', 'admin', true]]);
  });
});

describe('access diff', () => {
  it('lists each (user, object) whose level changes at the topmost object of its pair, losses first, as the brute-force model does', () => {
    const random = mulberry32(41);
    for (let round = 0; round < 300; round += 1) {
      const before = randomOrg(random, round);
      const after = randomOrg(random, round + 1000);
      const emails = new Set([...before.users, ...after.users].map((user) => user.email));
      const expected: { email: string; object: string; before: AccessLevel | null; after: AccessLevel | null }[] = [];
      for (const email of emails) {
        for (const object of allObjects()) {
          const pair = { before: bruteLevel(before, email, object), after: bruteLevel(after, email, object) };
          if (pair.before === pair.after) continue;
          if (object.path.length > 0) {
            const parent = { connection: object.connection, path: object.path.slice(0, -1) };
            if (bruteLevel(before, email, parent) === pair.before && bruteLevel(after, email, parent) === pair.after) continue;
          }
          expected.push({ email, object: formatObjectPath(object), ...pair });
        }
      }
      const rank = (level: AccessLevel | null) => (level === null ? -1 : LEVELS.indexOf(level));
      const loss = (change: (typeof expected)[number]) => rank(change.after) < rank(change.before);
      expected.sort((a, b) => Number(loss(b)) - Number(loss(a)) || (a.email < b.email ? -1 : a.email > b.email ? 1 : 0) || (a.object < b.object ? -1 : a.object > b.object ? 1 : 0));
      expect(diffAccess(indexOf(before), indexOf(after)), `round ${round}`).toEqual(expected);
    }
  });
});
