// Which grants have no effect, and why. A grant has no effect when, for every
// user it reaches, something else already gives at least as much there:
// another copy of it, a grant of the same principal higher in the tree, the
// Admin account type, a team of the user (All Members included). Reasons come
// in a fixed precedence, so that one finding names the most direct cause.

import type { AccessLevel } from '../model/levels.js';
import { levelRank } from '../model/levels.js';
import { ALL_MEMBERS } from '../model/project.js';
import { ALL_MEMBERS_KEY, type AccessIndex, type IndexedGrant } from './access-index.js';
import { compareSources, rankOf, type AccessSource } from './effective-access.js';
import type { ObjectNode } from './object-tree.js';

export type NoEffectReason =
  /** The same principal and object granted again: `kept` stays (the higher level, else the first). */
  | { readonly kind: 'duplicate'; readonly kept: IndexedGrant }
  /** The same principal already has at least this level from a grant on an ancestor. */
  | { readonly kind: 'redundant'; readonly by: IndexedGrant }
  /** A user of the Admin account type, who administers every connection anyway. */
  | { readonly kind: 'admin-account-type' }
  /** A team of the user (or All Members) already gives the user at least as much, at this object or above. */
  | { readonly kind: 'shadowed-by-team'; readonly by: IndexedGrant; readonly team: string; readonly gives: AccessLevel }
  /** All Members already gives at least this level at this object or above, to every member of the team. */
  | { readonly kind: 'team-shadowed-by-all-members'; readonly by: IndexedGrant };

/** The reasons each grant has no effect, most direct first; grants with effect are absent. */
export type GrantEffects = ReadonlyMap<IndexedGrant, readonly NoEffectReason[]>;

export function analyzeGrantEffects(index: AccessIndex): GrantEffects {
  const effects = new Map<IndexedGrant, NoEffectReason[]>();
  for (const grant of index.grants) {
    const reasons = noEffectReasons(index, grant);
    if (reasons.length > 0) effects.set(grant, reasons);
  }
  return effects;
}

/** Why one grant has no effect, most direct first; empty when it has effect (a lint of a few grants asks only about them). */
export function noEffectReasons(index: AccessIndex, grant: IndexedGrant): NoEffectReason[] {
  const reasons: NoEffectReason[] = [];
  const same = index.grantsAt(grant.principal, grant.node);
  if (same.length > 1) {
    const kept = keptAmong(same, grant);
    if (kept !== grant) reasons.push({ kind: 'duplicate', kept });
  }

  const principal = grant.grant.principal;
  const inherited = bestOwnAbove(index, grant);
  if (inherited && inheritedCovers(index, grant, inherited)) reasons.push({ kind: 'redundant', by: inherited });

  if (principal.kind === 'user') {
    const user = index.user(principal.email);
    if (!user) return reasons;
    if (index.caps.isAdmin(user.accountType)) reasons.push({ kind: 'admin-account-type' });
    const own = index.levelFor(user, grant.grant.access);
    const teams = index.teamsOfUser(user.email);
    let best: AccessSource | undefined;
    // Up the tree by parent, not through selfAndAncestors: a generator and a result object per step, for each of
    // tens of thousands of grants, were most of what lint allocates.
    for (let at: ObjectNode | undefined = grant.node; at; at = at.parent) {
      for (const team of teams) {
        for (const other of index.grantsAt(team.key, at)) best = better(best, { grant: other, team: team.name, gives: index.levelFor(user, other.grant.access) });
      }
      for (const other of index.grantsAt(ALL_MEMBERS_KEY, at)) best = better(best, { grant: other, team: ALL_MEMBERS, gives: index.levelFor(user, other.grant.access) });
    }
    if (best?.gives !== undefined && best.team !== undefined && rankOf(best.gives) >= rankOf(own)) {
      reasons.push({ kind: 'shadowed-by-team', by: best.grant, team: best.team, gives: best.gives });
    }
  } else if (principal.name !== ALL_MEMBERS) {
    let best: IndexedGrant | undefined;
    for (let at: ObjectNode | undefined = grant.node; at; at = at.parent) {
      for (const other of index.grantsAt(ALL_MEMBERS_KEY, at)) best = betterGrant(best, other);
    }
    if (best && levelRank(best.grant.access) >= levelRank(grant.grant.access)) reasons.push({ kind: 'team-shadowed-by-all-members', by: best });
  }
  return reasons;
}

/** The copy that stays: the highest level, else the first in file order. */
function keptOf(copies: readonly IndexedGrant[]): IndexedGrant {
  return copies.reduce((kept, other) => (levelRank(other.grant.access) > levelRank(kept.grant.access) ? other : kept));
}

/**
 * The kept copy of each leaf kind among one principal's grants on one object
 * (the index's list, never changed once built): worked out once per list,
 * not once per copy, which was quadratic in the copies (a file that repeats
 * one grant 20,000 times took 16 s to lint).
 */
const keptCopies = new WeakMap<readonly IndexedGrant[], { readonly table?: IndexedGrant; readonly procedure?: IndexedGrant }>();

function keptAmong(same: readonly IndexedGrant[], grant: IndexedGrant): IndexedGrant {
  let kept = keptCopies.get(same);
  if (!kept) {
    const procedures = same.filter((other) => other.grant.leafKind === 'procedure');
    const others = same.filter((other) => other.grant.leafKind !== 'procedure');
    kept = { ...(others.length > 0 && { table: keptOf(others) }), ...(procedures.length > 0 && { procedure: keptOf(procedures) }) };
    keptCopies.set(same, kept);
  }
  return (grant.grant.leafKind === 'procedure' ? kept.procedure : kept.table) as IndexedGrant;
}

/**
 * The principal's grant above gives at least as much as this one. For a
 * user, after the account-type cap on both (#14.3: an Analyst's
 * use-and-annotate below its own use gives use, which it already has); a
 * grant that gives the user nothing at all is account-type-too-low's alone.
 */
function inheritedCovers(index: AccessIndex, grant: IndexedGrant, inherited: IndexedGrant): boolean {
  if (levelRank(inherited.grant.access) >= levelRank(grant.grant.access)) return true;
  const principal = grant.grant.principal;
  if (principal.kind !== 'user') return false;
  const user = index.user(principal.email);
  if (!user) return false;
  const own = index.givesTo(user, grant);
  return own !== undefined && rankOf(index.givesTo(user, inherited)) >= rankOf(own);
}

/** The principal's own best grant strictly above the grant's object. */
function bestOwnAbove(index: AccessIndex, grant: IndexedGrant): IndexedGrant | undefined {
  let best: IndexedGrant | undefined;
  for (let at = grant.node.parent; at; at = at.parent) {
    for (const other of index.grantsAt(grant.principal, at)) best = betterGrant(best, other);
  }
  return best;
}

function better(current: AccessSource | undefined, candidate: AccessSource): AccessSource {
  return !current || compareSources(candidate, current) < 0 ? candidate : current;
}

function betterGrant(current: IndexedGrant | undefined, candidate: IndexedGrant): IndexedGrant {
  if (!current) return candidate;
  const byLevel = levelRank(candidate.grant.access) - levelRank(current.grant.access);
  if (byLevel !== 0) return byLevel > 0 ? candidate : current;
  const byDepth = current.node.depth - candidate.node.depth;
  if (byDepth !== 0) return byDepth > 0 ? candidate : current;
  return candidate.order < current.order ? candidate : current;
}
