// Effective access: for a user and an object, the highest level among every
// grant that reaches it (own grants, team grants, All Members; on the object
// or any ancestor), each capped by the user's account type, and where each
// comes from. The same answer feeds `explain` and the linter.

import { appendAll } from '../model/bulk.js';
import { ACCESS_LEVELS, levelRank, type AccessLevel } from '../model/levels.js';
import type { ObjectPath } from '../model/object-path.js';
import { ALL_MEMBERS, principalKey, type UserDecl } from '../model/project.js';
import { ALL_MEMBERS_KEY, type AccessIndex, type IndexedGrant } from './access-index.js';
import { selfAndAncestors, type ObjectNode } from './object-tree.js';

export interface AccessSource {
  readonly grant: IndexedGrant;
  /** The team through which the user receives the grant; absent for the user's own grant. */
  readonly team?: string;
  /** What the grant gives this user: its level, capped by the account type (undefined: nothing). */
  readonly gives: AccessLevel | undefined;
}

export interface EffectiveAccess {
  readonly user: UserDecl;
  /** Undefined when nothing reaches the user there. */
  readonly level: AccessLevel | undefined;
  /** The user's account type is Admin, which administers every connection without a grant. */
  readonly adminAccountType: boolean;
  /** Every grant that reaches the object, the winner first. */
  readonly sources: readonly AccessSource[];
  /** The grant the level comes from; absent when none gives anything, or when the Admin type outranks them all. */
  readonly winner?: AccessSource;
}

export function rankOf(level: AccessLevel | undefined): number {
  return level === undefined ? -1 : levelRank(level);
}

/** Highest level first; then the grant highest in the tree (it covers the most); then All Members; then file order. */
export function compareSources(a: AccessSource, b: AccessSource): number {
  return (
    rankOf(b.gives) - rankOf(a.gives) ||
    a.grant.node.depth - b.grant.node.depth ||
    Number(b.grant.principal === ALL_MEMBERS_KEY) - Number(a.grant.principal === ALL_MEMBERS_KEY) ||
    a.grant.order - b.grant.order
  );
}

/** Every grant on `node` or above it that reaches `user`, unsorted. */
export function sourcesReaching(index: AccessIndex, user: UserDecl, node: ObjectNode): AccessSource[] {
  const sources: AccessSource[] = [];
  const own = principalKey({ kind: 'user', email: user.email });
  const teams = index.teamsOfUser(user.email);
  for (const at of selfAndAncestors(node)) {
    for (const grant of index.grantsAt(own, at)) sources.push({ grant, gives: index.givesTo(user, grant) });
    for (const team of teams) {
      for (const grant of index.grantsAt(team.key, at)) sources.push({ grant, team: team.name, gives: index.givesTo(user, grant) });
    }
    for (const grant of index.grantsAt(ALL_MEMBERS_KEY, at)) sources.push({ grant, team: ALL_MEMBERS, gives: index.givesTo(user, grant) });
  }
  return sources;
}

export function effectiveFrom(index: AccessIndex, user: UserDecl, sources: AccessSource[]): EffectiveAccess {
  if (sources.length > 1) sources.sort(compareSources);
  const adminAccountType = index.caps.isAdmin(user.accountType);
  const best = sources[0]?.gives !== undefined ? sources[0] : undefined;
  const level = adminAccountType ? 'admin' : best?.gives;
  const winner = best && (!adminAccountType || best.gives === 'admin') ? best : undefined;
  // Two literals, not a spread of the optional key: explain --on builds one of these for each of tens of thousands of users.
  return winner ? { user, level, adminAccountType, sources, winner } : { user, level, adminAccountType, sources };
}

/** The effective access of one user on one object (which need not be named by any grant). */
export function effectiveAccess(index: AccessIndex, user: UserDecl, object: ObjectPath): EffectiveAccess {
  const node = index.tree.closest(object);
  return effectiveFrom(index, user, node ? sourcesReaching(index, user, node) : []);
}

export interface AccessOnObject {
  readonly object: ObjectPath;
  /** Users with any access there, highest level first, then by email. */
  readonly users: readonly EffectiveAccess[];
}

/** Everyone with access on one object: the grants on it and above, expanded to the users they reach. */
export function accessOn(index: AccessIndex, object: ObjectPath): AccessOnObject {
  const node = index.tree.closest(object);
  // By user, not by email: the largest answers list tens of thousands of users.
  const byUser = new Map<UserDecl, AccessSource[]>();
  const add = (user: UserDecl, source: AccessSource) => {
    const list = byUser.get(user);
    if (list) list.push(source);
    else byUser.set(user, [source]);
  };
  if (node) {
    for (const at of selfAndAncestors(node)) {
      for (const grant of index.grantsOn(at)) {
        const principal = grant.grant.principal;
        if (principal.kind === 'user') {
          const user = index.user(principal.email);
          if (user) add(user, { grant, gives: index.givesTo(user, grant) });
          continue;
        }
        // A team's grant is the same source for every member of one account type: made once per type, not per member.
        const byType = new Map<string, AccessSource>();
        for (const user of index.membersOf(principal.name)) {
          let source = byType.get(user.accountType);
          if (!source) byType.set(user.accountType, (source = { grant, team: principal.name, gives: index.givesTo(user, grant) }));
          add(user, source);
        }
      }
    }
  }
  // By level, highest first, then by email; users are taken in the project's order, which a sorted users file
  // keeps, so that each level's list is usually sorted already and needs no sort.
  const byLevel: EffectiveAccess[][] = ACCESS_LEVELS.map(() => []);
  for (const user of index.project.users.values()) {
    const sources = byUser.get(user);
    // Users of the Admin account type administer every object, granted or not.
    if (!sources && !index.caps.isAdmin(user.accountType)) continue;
    const access = effectiveFrom(index, user, sources ?? []);
    if (access.level !== undefined) (byLevel[levelRank(access.level)] as EffectiveAccess[]).push(access);
  }
  const users: EffectiveAccess[] = [];
  for (let rank = byLevel.length - 1; rank >= 0; rank -= 1) {
    const level = byLevel[rank] as EffectiveAccess[];
    if (!sortedByEmail(level)) level.sort((a, b) => (a.user.email < b.user.email ? -1 : a.user.email > b.user.email ? 1 : 0));
    appendAll(users, level);
  }
  return { object, users };
}

function sortedByEmail(list: readonly EffectiveAccess[]): boolean {
  for (let i = 1; i < list.length; i += 1) if ((list[i - 1] as EffectiveAccess).user.email > (list[i] as EffectiveAccess).user.email) return false;
  return true;
}

export interface ReachedObject {
  readonly node: ObjectNode;
  /** The grants on exactly this object that reach the user. */
  readonly here: readonly AccessSource[];
  /** The user's access on this object, inherited grants included. */
  readonly access: EffectiveAccess;
}

/** Every object a grant gives the user something on, in tree order (a parent before its children). */
export function reachOf(index: AccessIndex, user: UserDecl): ReachedObject[] {
  const here = new Map<ObjectNode, AccessSource[]>();
  const collect = (principal: string, team?: string) => {
    for (const [node, grants] of index.grantsOf(principal)) {
      let list = here.get(node);
      if (!list) here.set(node, (list = []));
      for (const grant of grants) list.push({ grant, ...(team !== undefined && { team }), gives: index.givesTo(user, grant) });
    }
  };
  collect(principalKey({ kind: 'user', email: user.email }));
  for (const team of index.teamsOfUser(user.email)) collect(team.key, team.name);
  collect(ALL_MEMBERS_KEY, ALL_MEMBERS);

  const reached: ReachedObject[] = [];
  for (const [node, sources] of here) {
    if (!sources.some((source) => source.gives !== undefined)) continue;
    const inherited: AccessSource[] = [];
    for (const at of selfAndAncestors(node)) inherited.push(...(here.get(at) ?? []));
    reached.push({ node, here: [...sources].sort(compareSources), access: effectiveFrom(index, user, inherited) });
  }
  return reached.sort((a, b) => comparePaths(a.node, b.node));
}

export function comparePaths(a: ObjectNode, b: ObjectNode): number {
  if (a.path.connection !== b.path.connection) return a.path.connection < b.path.connection ? -1 : 1;
  const length = Math.min(a.path.path.length, b.path.path.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.path.path[i] as string;
    const y = b.path.path[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.path.path.length - b.path.path.length;
}
