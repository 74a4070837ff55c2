// The access review: for every user, the compact listing of their effective
// access on the whole object tree. An object is listed where the user's level
// differs from the level on its parent (a connection where the user has any
// level); every other object has the level of its nearest listed ancestor,
// none when there is none. Levels only rise going down the tree (access is
// additive and the caps are monotone), so a listed object is always one that
// a reaching grant names, or a connection: the walk is over the user's grants
// and their at most four ancestors, never over the whole tree.

import { ACCESS_LEVELS, levelRank, type AccessLevel } from '../model/levels.js';
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
  const { principals, levels, ineffective } = listUser(index, user);
  const entries = levels.map(({ node, level, adminAccountType }): ReviewEntry => {
    // Sources are built only for the objects listed; the Admin type's connections list those that give admin there.
    const from = adminAccountType && !levelGivenAt(index, user, principals, node, level) ? [] : sourcesAt(index, user, principals, node, level);
    return { node, level, adminAccountType, from };
  });
  return { user, entries: entries.sort((a, b) => comparePaths(a.node, b.node)), ineffective };
}

export interface ListedLevel {
  readonly node: ObjectNode;
  readonly level: AccessLevel;
  readonly adminAccountType: boolean;
}

/** The principals that reach a user: its own grants, its teams', All Members' (with the team's name). */
type Reaching = readonly (readonly [principal: string, team: string | undefined])[];

/**
 * The objects listed for one user and their levels, in no particular order,
 * without where each comes from: what the access diff needs of both sides.
 */
export function listLevels(index: AccessIndex, user: UserDecl): ListedLevel[] {
  return listUser(index, user).levels;
}

function listUser(index: AccessIndex, user: UserDecl): { principals: Reaching; levels: ListedLevel[]; ineffective: number } {
  const principals: [string, string | undefined][] = [[principalKey({ kind: 'user', email: user.email }), undefined]];
  for (const team of index.teamsOfUser(user.email)) principals.push([team.key, team.name]);
  principals.push([ALL_MEMBERS_KEY, ALL_MEMBERS]);

  // First the best rank each named object gives on its own, with no object per grant. What a team's grants give
  // depends only on the account type: worked out once per team and type, not once per member.
  const best = new Map<ObjectNode, number>();
  let ineffective = 0;
  for (const [principal, team] of principals) {
    const given = team === undefined ? ranksGiven(index, principal, user.accountType) : teamRanksGiven(index, principal, user.accountType);
    if (principal !== ALL_MEMBERS_KEY) ineffective += given.ineffective;
    for (const [node, rank] of given.ranks) if (rank > (best.get(node) ?? -1)) best.set(node, rank);
  }

  const levels: ListedLevel[] = [];
  if (index.caps.isAdmin(user.accountType)) {
    // Admin on every connection: nothing below can rise above it.
    for (const node of index.tree.connections()) levels.push({ node, level: 'admin', adminAccountType: true });
    return { principals, levels, ineffective };
  }
  const ranks = new Map<ObjectNode, number>();
  const rankAt = (node: ObjectNode | undefined): number => {
    if (!node) return -1;
    let rank = ranks.get(node);
    if (rank !== undefined) return rank;
    rank = Math.max(rankAt(node.parent), best.get(node) ?? -1);
    ranks.set(node, rank);
    return rank;
  };
  for (const [node, own] of best) {
    if (own < 0 || own <= rankAt(node.parent)) continue;
    levels.push({ node, level: ACCESS_LEVELS[own] as AccessLevel, adminAccountType: false });
  }
  return { principals, levels, ineffective };
}

/** What one principal's grants give a user of one account type: the best rank on each object named (-1: nothing), and how many grants give nothing. */
interface RanksGiven {
  readonly ranks: readonly (readonly [ObjectNode, number])[];
  readonly ineffective: number;
}

/** Per index (never changed once built), by account type then team principal. */
const teamRanks = new WeakMap<AccessIndex, Map<string, Map<string, RanksGiven>>>();

function teamRanksGiven(index: AccessIndex, principal: string, accountType: string): RanksGiven {
  let byType = teamRanks.get(index);
  if (!byType) teamRanks.set(index, (byType = new Map()));
  let byTeam = byType.get(accountType);
  if (!byTeam) byType.set(accountType, (byTeam = new Map()));
  let given = byTeam.get(principal);
  if (!given) byTeam.set(principal, (given = ranksGiven(index, principal, accountType)));
  return given;
}

function ranksGiven(index: AccessIndex, principal: string, accountType: string): RanksGiven {
  const ranks: [ObjectNode, number][] = [];
  let ineffective = 0;
  for (const [node, grants] of index.grantsOf(principal)) {
    let rank = -1;
    for (const grant of grants) {
      const gives = index.givesToType(accountType, grant);
      if (gives === undefined) ineffective += 1;
      else if (levelRank(gives) > rank) rank = levelRank(gives);
    }
    ranks.push([node, rank]);
  }
  return { ranks, ineffective };
}

/** The grants on exactly `node` that give the user `level` (after the cap), best first. */
function sourcesAt(index: AccessIndex, user: UserDecl, principals: Reaching, node: ObjectNode, level: AccessLevel): AccessSource[] {
  const sources: AccessSource[] = [];
  for (const [principal, team] of principals) {
    for (const grant of index.grantsAt(principal, node)) {
      const gives = index.givesTo(user, grant);
      if (gives === level) sources.push(team === undefined ? { grant, gives } : { grant, team, gives });
    }
  }
  return sources.sort(compareSources);
}

/** Whether some grant on exactly `node` gives the user `level`. */
function levelGivenAt(index: AccessIndex, user: UserDecl, principals: Reaching, node: ObjectNode, level: AccessLevel): boolean {
  return principals.some(([principal]) => index.grantsAt(principal, node).some((grant) => index.givesTo(user, grant) === level));
}

export interface ReviewFilter {
  /** Lower-cased emails. */
  readonly users?: ReadonlySet<string>;
  /** Only members of this team (All Members: everyone). */
  readonly team?: string;
}

/** Every user (or the filtered ones), by email. */
export function reviewUsers(index: AccessIndex, filter: ReviewFilter = {}): UserReview[] {
  return [...eachUserReview(index, filter)];
}

/**
 * The same reviews, made one at a time as they are asked for: the review of
 * an org whose All Members reaches thousands of tables is millions of
 * entries, more than a process can hold at once.
 */
export function* eachUserReview(index: AccessIndex, filter: ReviewFilter = {}): Generator<UserReview> {
  const members = filter.team !== undefined ? new Set(index.membersOf(filter.team).map((user) => user.email)) : undefined;
  const users: UserDecl[] = [];
  for (const user of index.project.users.values()) {
    if (filter.users && !filter.users.has(user.email)) continue;
    if (members && !members.has(user.email)) continue;
    users.push(user);
  }
  users.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
  for (const user of users) yield reviewUser(index, user);
}
