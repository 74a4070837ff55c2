// The effective-access diff of a plan: who gains and who loses access to
// what. Both sides are compact listings (access-review.ts); the (before,
// after) pair of a user changes only at objects listed on one side or the
// other, so the diff walks those objects, never the whole tree. An entry is
// the topmost object of its chain with that pair: its parent's pair differs,
// or it is a connection.

import { compareChanges, type AccessChange } from '../model/access-changes.js';
import type { AccessLevel } from '../model/levels.js';
import type { LiveSnapshot } from '../model/live.js';
import { AccessIndex, type AccessSubject } from './access-index.js';
import { subjectFromLive } from './live-subject.js';
import { reviewUser } from './access-review.js';
import type { ObjectNode } from './object-tree.js';

interface Listed {
  /** Levels by object key: the listed objects only. */
  readonly levels: Map<string, AccessLevel>;
  /** Parent key of every listed object and of its ancestors; undefined for a connection. */
  readonly parents: Map<string, string | undefined>;
}

function listingOf(index: AccessIndex | undefined, email: string, parents: Map<string, string | undefined>): Map<string, AccessLevel> {
  const levels = new Map<string, AccessLevel>();
  const user = index?.user(email);
  if (!index || !user) return levels;
  for (const entry of reviewUser(index, user).entries) {
    levels.set(entry.node.key, entry.level);
    for (let node: ObjectNode | undefined = entry.node; node && !parents.has(node.key); node = node.parent) parents.set(node.key, node.parent?.key);
  }
  return levels;
}

/** The level at `key`: its own if listed, else its nearest listed ancestor's. */
function levelAt(listed: Listed, levels: Map<string, AccessLevel>, key: string | undefined): AccessLevel | null {
  for (let at = key; at !== undefined; at = listed.parents.get(at)) {
    const level = levels.get(at);
    if (level !== undefined) return level;
  }
  return null;
}

/** Every user of either side; a user on one side only gains or loses everything. Losses first, then gains; each by email, then object. */
export function diffAccess(before: AccessIndex | undefined, after: AccessIndex | undefined): AccessChange[] {
  const emails = new Set<string>([...(before?.project.users.keys() ?? []), ...(after?.project.users.keys() ?? [])]);
  const changes: AccessChange[] = [];
  for (const email of emails) {
    const parents = new Map<string, string | undefined>();
    const listed: Listed = { levels: new Map(), parents };
    const was = listingOf(before, email, parents);
    const will = listingOf(after, email, parents);
    const keys = new Set([...was.keys(), ...will.keys()]);
    for (const key of keys) {
      const pair = { before: levelAt(listed, was, key), after: levelAt(listed, will, key) };
      if (pair.before === pair.after) continue;
      const parent = parents.get(key);
      if (parent !== undefined && levelAt(listed, was, parent) === pair.before && levelAt(listed, will, parent) === pair.after) continue;
      changes.push({ email, object: key, ...pair });
    }
  }
  return changes.sort(compareChanges);
}

/**
 * A plan's access diff: the live state (before) against the files (after).
 * Both sides reason on the files' account types: apply never changes an
 * account type, so a difference there is not a change the plan makes.
 */
export function planAccessChanges(project: AccessSubject, live: LiveSnapshot): AccessChange[] {
  return diffAccess(new AccessIndex(subjectFromLive(live, project.accountTypes).subject), new AccessIndex(project));
}
