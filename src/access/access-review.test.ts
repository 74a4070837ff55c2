// The compact listing and the access diff against a brute-force model
// written from DESIGN.md §1 alone: every object of the tree, every grant,
// no index. Random orgs, a seeded generator, so a failure reproduces.

import { describe, expect, it } from 'vitest';
import type { AccessLevel } from '../model/levels.js';
import type { LiveSnapshot } from '../model/live.js';
import { formatObjectPath } from '../model/object-path.js';
import { allObjects, bruteLevel, bruteListing, DECLARED, LEVELS, mulberry32, randomOrg } from '../../test/support/random-access-org.js';
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
