// `explain --on` writes its JSON directly (the largest answers list tens of
// thousands of users): the text must be exactly the pretty-printed document
// its schema types, whatever the names hold.

import { describe, expect, it } from 'vitest';
import { AccessIndex } from '../../access/access-index.js';
import { accessOn } from '../../access/effective-access.js';
import { subjectFromLive } from '../../access/live-subject.js';
import type { LiveSnapshot } from '../../model/live.js';
import { jsonText } from '../../model/json-pieces.js';
import { allObjects, DECLARED, mulberry32, randomOrg } from '../../../test/support/random-access-org.js';
import { MARKDOWN_HOSTILE, TERMINAL_HOSTILE } from '../../../test/support/hostile-names.js';
import { accessOnDocument, renderAccessOnJson } from './explain-json.js';

/** The org with its emails and team names replaced by names that need escaping in JSON (quotes, backslashes, control characters, non-ASCII). */
function renamed(org: LiveSnapshot, round: number): LiveSnapshot {
  const odd = [...MARKDOWN_HOSTILE, ...TERMINAL_HOSTILE, 'quote"d', 'back\\slash', 'ünï😀', '\u2028sep'];
  const email = (each: string) => `${odd[(each.charCodeAt(0) + round) % odd.length]}${each}`;
  const team = (name: string) => (name === 'All Members' ? name : `${odd[(name.length + round * 3) % odd.length]}${name}`);
  return {
    ...org,
    users: org.users.map((user) => ({ ...user, email: email(user.email) })),
    teams: org.teams.map((each) => ({ ...each, name: team(each.name), members: each.members.map(email) })),
    grants: org.grants.map((grant) => ({ ...grant, principal: grant.principal.kind === 'user' ? { kind: 'user', email: email(grant.principal.email) } : { kind: 'team', name: team(grant.principal.name) } })),
  };
}

describe('explain --on as JSON', () => {
  it('is the pretty-printed document of the answer, byte for byte, on random orgs with names that need escaping', () => {
    const random = mulberry32(29);
    let users = 0;
    for (let round = 0; round < 150; round += 1) {
      const org = round % 2 === 0 ? randomOrg(random, round) : renamed(randomOrg(random, round), round);
      const subject = subjectFromLive(org, DECLARED).subject;
      for (const object of allObjects()) {
        const result = accessOn(new AccessIndex(subject, { object }), object);
        users += result.users.length;
        expect([...renderAccessOnJson(result)].join(''), `round ${round}, --on ${object.connection}/${object.path.join('/')}`).toBe(jsonText(accessOnDocument(result)));
      }
    }
    // The orgs gave answers with users in them, not only empty ones.
    expect(users).toBeGreaterThan(1000);
  });

  it('writes an answer of many users in pieces that join to the document', () => {
    const org = randomOrg(mulberry32(5), 0);
    const many: LiveSnapshot = {
      ...org,
      users: Array.from({ length: 6000 }, (_, index) => ({ id: `u${index}`, email: `user${index}@x.io`, accountType: 'Creator', managedBy: 'grantform', active: true })),
      grants: [...org.grants, { id: 'g-all', principal: { kind: 'team', name: 'All Members' }, object: { connection: 'wh', path: [] }, level: 'use' }],
    };
    const object = { connection: 'wh', path: [] };
    const result = accessOn(new AccessIndex(subjectFromLive(many, DECLARED).subject, { object }), object);
    const pieces = [...renderAccessOnJson(result)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(jsonText(accessOnDocument(result)));
  });
});
