// The access review: for every user, the compact listing of their effective
// access on the whole object tree. An object is listed where the user's level
// differs from the level on its parent (a connection where the user has any
// level); every other object has the level of its nearest listed ancestor,
// none when there is none. Levels only rise going down the tree (access is
// additive and the caps are monotone), so a listed object is always one that
// a reaching grant names, or a connection: the walk is over the user's grants
// and their at most four ancestors, never over the whole tree.

import { levelRank, type AccessLevel } from '../model/levels.js';
import { ALL_MEMBERS, principalKey, type UserDecl } from '../model/project.js';
import { ALL_MEMBERS_KEY, type AccessIndex } from './access-index.js';
import { compareSources, comparePaths, type AccessSource } from './effective-access.js';
import type { ObjectNode } from './object-tree.js';

export interface ReviewEntry {
  readonly node: ObjectNode;
  readonly level: AccessLevel;
  /** The user's account type is Admin: the source of `admin` on every connection. */
  readonly adminAccountType: boolean;
  /** The grants on exactly this object that give the user `level` (after the cap), best first. */
  readonly from: readonly AccessSource[];
}

export interface UserReview {
  readonly user: UserDecl;
  /** In tree order: a parent before its children. */
  readonly entries: readonly ReviewEntry[];
  /** The user's own and declared teams' grants that give nothing after the cap (a Viewer's grants); All Members' are not counted, it reaches every Viewer. */
  readonly ineffective: number;
}

/** The compact listing of one user. */
export function reviewUser(index: AccessIndex, user: UserDecl): UserReview {
  const here = new Map<ObjectNode, AccessSource[]>();
  let ineffective = 0;
  const collect = (principal: string, team?: string) => {
    for (const [node, grants] of index.grantsOf(principal)) {
      let list = here.get(node);
      if (!list) here.set(node, (list = []));
      for (const grant of grants) {
        const gives = index.givesTo(user, grant);
        if (gives === undefined && principal !== ALL_MEMBERS_KEY) ineffective += 1;
        list.push({ grant, ...(team !== undefined && { team }), gives });
      }
    }
  };
  collect(principalKey({ kind: 'user', email: user.email }));
  for (const team of index.teamsOf(user.email)) collect(principalKey({ kind: 'team', name: team }), team);
  collect(ALL_MEMBERS_KEY, ALL_MEMBERS);

  const entries: ReviewEntry[] = [];
  if (index.caps.isAdmin(user.accountType)) {
    // Admin on every connection: nothing below can rise above it.
    for (const node of index.tree.connections()) {
      entries.push({ node, level: 'admin', adminAccountType: true, from: bestAt(here.get(node), 'admin') });
    }
    return { user, entries: entries.sort((a, b) => comparePaths(a.node, b.node)), ineffective };
  }

  const ranks = new Map<ObjectNode, number>();
  const rankAt = (node: ObjectNode | undefined): number => {
    if (!node) return -1;
    let rank = ranks.get(node);
    if (rank !== undefined) return rank;
    rank = rankAt(node.parent);
    for (const source of here.get(node) ?? []) if (source.gives !== undefined) rank = Math.max(rank, levelRank(source.gives));
    ranks.set(node, rank);
    return rank;
  };
  for (const [node, sources] of here) {
    const rank = rankAt(node);
    if (rank < 0 || rank <= rankAt(node.parent)) continue;
    const level = sources.find((source) => source.gives !== undefined && levelRank(source.gives) === rank)?.gives as AccessLevel;
    entries.push({ node, level, adminAccountType: false, from: bestAt(sources, level) });
  }
  return { user, entries: entries.sort((a, b) => comparePaths(a.node, b.node)), ineffective };
}

function bestAt(sources: readonly AccessSource[] | undefined, level: AccessLevel): AccessSource[] {
  return (sources ?? []).filter((source) => source.gives === level).sort(compareSources);
}

export interface ReviewFilter {
  /** Lower-cased emails. */
  readonly users?: ReadonlySet<string>;
  /** Only members of this team (All Members: everyone). */
  readonly team?: string;
}

/** Every user (or the filtered ones), by email. */
export function reviewUsers(index: AccessIndex, filter: ReviewFilter = {}): UserReview[] {
  const members = filter.team !== undefined ? new Set(index.membersOf(filter.team).map((user) => user.email)) : undefined;
  const reviews: UserReview[] = [];
  for (const user of index.project.users.values()) {
    if (filter.users && !filter.users.has(user.email)) continue;
    if (members && !members.has(user.email)) continue;
    reviews.push(reviewUser(index, user));
  }
  return reviews.sort((a, b) => (a.user.email < b.user.email ? -1 : a.user.email > b.user.email ? 1 : 0));
}
