// The effective-access diff of a plan: who gains and who loses access to
// what. Both sides are compact listings (access-review.ts); the (before,
// after) pair of a user changes only at objects listed on one side or the
// other, so the diff walks those objects, never the whole tree. An entry is
// the topmost object of its chain with that pair: its parent's pair differs,
// or it is a connection.

import { compareText, isLoss, type AccessChange } from '../model/access-changes.js';
import { appendAll } from '../model/bulk.js';
import { levelRank, type AccessLevel } from '../model/levels.js';
import { principalKey, type UserDecl } from '../model/project.js';
import type { LiveSnapshot } from '../model/live.js';
import { ALL_MEMBERS_KEY, AccessIndex, type AccessSubject } from './access-index.js';
import { subjectFromLive } from './live-subject.js';
import { listLevels } from './access-review.js';
import type { ObjectNode } from './object-tree.js';

/**
 * The levels of one side's listing by object key (the listed objects only),
 * with the parent key of each listed object and of its ancestors in
 * `parents`. By key: the two sides' indexes have object trees of their own.
 */
function listingOf(index: AccessIndex, user: UserDecl, parents: Map<string, string | undefined>): Map<string, AccessLevel> {
  const levels = new Map<string, AccessLevel>();
  for (const entry of listLevels(index, user)) {
    levels.set(entry.node.key, entry.level);
    for (let node: ObjectNode | undefined = entry.node; node && !parents.has(node.key); node = node.parent) parents.set(node.key, node.parent?.key);
  }
  return levels;
}

/** The level at `key`: its own if listed, else its nearest listed ancestor's. */
function levelAt(parents: Map<string, string | undefined>, levels: Map<string, AccessLevel>, key: string | undefined): AccessLevel | null {
  for (let at = key; at !== undefined; at = parents.get(at)) {
    const level = levels.get(at);
    if (level !== undefined) return level;
  }
  return null;
}

/**
 * Every user of either side; a user on one side only gains or loses everything. Losses first, then gains; each by
 * email, then object (model/access-changes.ts). Made in that order rather than sorted at the end: a plan against
 * an empty state of an org whose All Members reaches thousands of tables has millions of entries.
 */
export function diffAccess(before: AccessIndex | undefined, after: AccessIndex | undefined): AccessChange[] {
  const emails = [...new Set<string>([...(before?.project.users.keys() ?? []), ...(after?.project.users.keys() ?? [])])].sort(compareText);
  const unchanged = before && after ? sameInputs(before, after) : () => false;
  const places = objectPlaces(before, after);
  const losses: AccessChange[] = [];
  const gains: AccessChange[] = [];
  for (const email of emails) {
    // A plan changes a few principals' grants: the users none of them reach are not listed at all.
    if (unchanged(email)) continue;
    const entries: UserEntry[] = [];
    // A user of one side only gains (or loses) exactly the objects listed for them: a listed object's level differs
    // from its parent's, which is what makes it the topmost of its pair. (A plan against an empty state: every user.)
    const was = before?.user(email);
    const will = after?.user(email);
    if (!was || !will) {
      const [index, user] = was ? [before as AccessIndex, was] : [after as AccessIndex, will as UserDecl];
      for (const entry of listLevels(index, user)) {
        const object = entry.node.key;
        const place = places.get(object) as number;
        entries.push(was ? { object, place, before: entry.level, after: null } : { object, place, before: null, after: entry.level });
      }
    } else {
      const parents = new Map<string, string | undefined>();
      const levelsBefore = listingOf(before as AccessIndex, was, parents);
      const levelsAfter = listingOf(after as AccessIndex, will, parents);
      for (const object of new Set([...levelsBefore.keys(), ...levelsAfter.keys()])) {
        const pair = { before: levelAt(parents, levelsBefore, object), after: levelAt(parents, levelsAfter, object) };
        if (pair.before === pair.after) continue;
        const parent = parents.get(object);
        if (parent !== undefined && levelAt(parents, levelsBefore, parent) === pair.before && levelAt(parents, levelsAfter, parent) === pair.after) continue;
        entries.push({ object, place: places.get(object) as number, before: pair.before, after: pair.after });
      }
    }
    entries.sort((a, b) => a.place - b.place);
    for (const entry of entries) {
      const change: AccessChange = { email, object: entry.object, before: entry.before, after: entry.after };
      (isLoss(change) ? losses : gains).push(change);
    }
  }
  return appendAll(losses, gains);
}

/** One (object, before, after) of a user's diff. */
interface UserEntry {
  /** The object's key. */
  readonly object: string;
  /** Its place in key order (objectPlaces). */
  readonly place: number;
  readonly before: AccessLevel | null;
  readonly after: AccessLevel | null;
}

/**
 * The place of every object of either side's tree in key order, as the
 * changes are ordered by object: each user's entries are then sorted by
 * number, not by comparing text.
 */
function objectPlaces(...indexes: (AccessIndex | undefined)[]): Map<string, number> {
  const keys = new Set<string>();
  const visit = (node: ObjectNode): void => {
    keys.add(node.key);
    for (const child of node.children.values()) visit(child);
  };
  for (const index of indexes) for (const root of index?.tree.connections() ?? []) visit(root);
  return new Map([...keys].sort(compareText).map((key, place) => [key, place]));
}

/**
 * Whether everything a user's listing is computed from is the same on both
 * sides: the account type's caps, the teams, and the grants (object and
 * highest level) of the user, of each of those teams and of All Members;
 * and the connections with their write access (write-only gives nothing
 * without it; Admin lists every connection). Then the listings are equal.
 */
function sameInputs(before: AccessIndex, after: AccessIndex): (email: string) => boolean {
  const connections = (index: AccessIndex) =>
    [...index.tree.connections()]
      .map((node) => `${node.key}\u0000${index.project.connections.get(node.path.connection)?.writeAccess === undefined ? '' : 'w'}`)
      .sort()
      .join('\u0001');
  if (connections(before) !== connections(after)) return () => false;
  const signatures = new Map<string, boolean>();
  const samePrincipal = (principal: string): boolean => {
    let same = signatures.get(principal);
    if (same === undefined) signatures.set(principal, (same = grantsSignature(before, principal) === grantsSignature(after, principal)));
    return same;
  };
  return (email) => {
    const was = before.user(email);
    const will = after.user(email);
    if (!was || !will || was.accountType !== will.accountType) return false;
    const caps = (index: AccessIndex) => index.capTable(was.accountType).join(',');
    if (caps(before) !== caps(after)) return false;
    const teams = (index: AccessIndex) =>
      index
        .teamsOfUser(email)
        .map((team) => team.key)
        .sort()
        .join('\u0000');
    const teamsBefore = teams(before);
    if (teamsBefore !== teams(after)) return false;
    return samePrincipal(principalKey({ kind: 'user', email })) && samePrincipal(ALL_MEMBERS_KEY) && before.teamsOfUser(email).every((team) => samePrincipal(team.key));
  };
}

/** A principal's grants as the listing sees them: each object with the highest level granted there. */
function grantsSignature(index: AccessIndex, principal: string): string {
  const entries: string[] = [];
  for (const [node, grants] of index.grantsOf(principal)) {
    let highest = -1;
    for (const grant of grants) highest = Math.max(highest, levelRank(grant.grant.access));
    entries.push(`${node.key}\u0000${highest}`);
  }
  return entries.sort().join('\u0001');
}

/**
 * A plan's access diff: the live state (before) against the files (after).
 * Both sides reason on the files' account types: apply never changes an
 * account type, so a difference there is not a change the plan makes.
 */
export function planAccessChanges(project: AccessSubject, live: LiveSnapshot): AccessChange[] {
  return diffAccess(new AccessIndex(subjectFromLive(live, project.accountTypes).subject), new AccessIndex(project));
}
