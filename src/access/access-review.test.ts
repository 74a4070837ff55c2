// The compact listing and the access diff against a brute-force model
// written from DESIGN.md §1 alone: every object of the tree, every grant,
// no index. Random orgs, a seeded generator, so a failure reproduces.

import { describe, expect, it } from 'vitest';
import type { AccessLevel } from '../model/levels.js';
import type { LiveGrant, LiveSnapshot, LiveUser } from '../model/live.js';
import { formatObjectPath } from '../model/object-path.js';
import { allObjects, bruteLevel, bruteListing, DECLARED, LEVELS, mulberry32, randomOrg, TYPES } from '../../test/support/random-access-org.js';
import { AccessIndex } from './access-index.js';
import { diffAccess } from './access-diff.js';
import { reviewUser } from './access-review.js';
import { subjectFromLive } from './live-subject.js';

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
      expect(diffAccess(indexOf(before), indexOf(after)), `round ${round}`).toEqual(bruteDiff(before, after));
    }
  });

  it('finds the same changes when the two sides differ in a few grants, members, account types or write access, as a plan usually does', () => {
    const random = mulberry32(97);
    for (let round = 0; round < 300; round += 1) {
      const before = randomOrg(random, round);
      const after = mutated(before, random);
      expect(diffAccess(indexOf(before), indexOf(after)), `round ${round}`).toEqual(bruteDiff(before, after));
    }
  });
});

/** The diff, object by object, from the brute-force model. */
function bruteDiff(before: LiveSnapshot, after: LiveSnapshot): { email: string; object: string; before: AccessLevel | null; after: AccessLevel | null }[] {
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
  return expected.sort((a, b) => Number(loss(b)) - Number(loss(a)) || (a.email < b.email ? -1 : a.email > b.email ? 1 : 0) || (a.object < b.object ? -1 : a.object > b.object ? 1 : 0));
}

/** The org with one or two small edits, of the kinds a pull request makes. */
function mutated(org: LiveSnapshot, random: () => number): LiveSnapshot {
  const next = {
    ...org,
    users: [...org.users],
    teams: org.teams.map((team) => ({ ...team, members: [...team.members] })),
    grants: [...org.grants],
    connections: [...org.connections],
  };
  const edits = 1 + Math.floor(random() * 2);
  for (let edit = 0; edit < edits; edit += 1) {
    const kind = random();
    if (kind < 0.3 && next.grants.length > 0) next.grants.splice(Math.floor(random() * next.grants.length), 1);
    else if (kind < 0.5 && next.grants.length > 0) {
      const index = Math.floor(random() * next.grants.length);
      const grant = next.grants[index] as LiveGrant;
      next.grants[index] = { ...grant, level: grant.object.path.length === 0 ? (LEVELS[Math.floor(random() * LEVELS.length)] as AccessLevel) : random() < 0.5 ? 'use' : 'use-and-annotate' };
    } else if (kind < 0.65) next.grants.push(...randomOrg(random, 7).grants.slice(0, 1));
    else if (kind < 0.8 && next.teams.length > 0) {
      const team = next.teams[Math.floor(random() * next.teams.length)] as (typeof next.teams)[number];
      const email = next.users[Math.floor(random() * next.users.length)]?.email;
      if (email) team.members = team.members.includes(email) ? team.members.filter((each) => each !== email) : [...team.members, email];
    } else if (kind < 0.9 && next.users.length > 0) {
      const index = Math.floor(random() * next.users.length);
      next.users[index] = { ...(next.users[index] as LiveUser), accountType: Object.keys(TYPES)[Math.floor(random() * Object.keys(TYPES).length)] as string };
    } else if (next.connections.length > 0) {
      const index = Math.floor(random() * next.connections.length);
      const connection = next.connections[index] as (typeof next.connections)[number];
      const { writeAccess, ...rest } = connection;
      next.connections[index] = writeAccess ? rest : { ...rest, writeAccess: { destinations: [['W', 'S']] } };
    }
  }
  return next;
}
