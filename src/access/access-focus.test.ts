// An index built for one question (explain --on PATH, --user EMAIL, or
// both) holds only the grants that can reach it; every answer about that
// focus must be the whole index's answer, and the brute-force model's.

import { describe, expect, it } from 'vitest';
import type { ObjectPath } from '../model/object-path.js';
import { allObjects, bruteLevel, DECLARED, mulberry32, randomOrg } from '../../test/support/random-access-org.js';
import { AccessIndex, type AccessFocus } from './access-index.js';
import { accessOn, effectiveAccess, reachOf, type EffectiveAccess } from './effective-access.js';
import { subjectFromLive } from './live-subject.js';

/** An answer without object identities: the grants by their declaration, in the order given. */
function plain(access: EffectiveAccess) {
  const source = (each: EffectiveAccess['sources'][number]) => ({ grant: each.grant.grant, object: each.grant.node.key, team: each.team, gives: each.gives });
  return {
    email: access.user.email,
    level: access.level,
    adminAccountType: access.adminAccountType,
    sources: access.sources.map(source),
    winner: access.winner && source(access.winner),
  };
}

/** Objects the random orgs name, and some that no grant names (below a granted one, or unknown below a connection). */
function objectsToAsk(): ObjectPath[] {
  return [...allObjects(), { connection: 'wh', path: ['DB0', 'S0', 'NOT_GRANTED'] }, { connection: 'pg', path: ['other'] }];
}

describe('an access index with a focus', () => {
  it('answers explain --on, --user and both as the whole index and the brute-force model do', () => {
    const random = mulberry32(73);
    for (let round = 0; round < 200; round += 1) {
      const org = randomOrg(random, round);
      const subject = subjectFromLive(org, DECLARED).subject;
      const whole = new AccessIndex(subject);
      const focused = (focus: AccessFocus) => new AccessIndex(subject, focus);

      for (const object of objectsToAsk()) {
        const index = focused({ object });
        expect(accessOn(index, object).users.map(plain), `round ${round}, --on ${object.connection}/${object.path.join('/')}`).toEqual(accessOn(whole, object).users.map(plain));
      }
      for (const user of whole.project.users.values()) {
        const byUser = focused({ user: user.email });
        expect(
          reachOf(byUser, user).map((each) => ({ object: each.node.key, access: plain(each.access) })),
          `round ${round}, --user ${user.email}`,
        ).toEqual(reachOf(whole, user).map((each) => ({ object: each.node.key, access: plain(each.access) })));
        for (const object of objectsToAsk()) {
          const answer = effectiveAccess(focused({ user: user.email, object }), user, object);
          expect(plain(answer), `round ${round}, --user ${user.email} --on ${object.connection}/${object.path.join('/')}`).toEqual(plain(effectiveAccess(whole, user, object)));
          expect(answer.level ?? null).toBe(bruteLevel(org, user.email, object));
        }
      }
    }
  });
});
