// The access engine's one precomputation: grants indexed by principal and by
// object, teams of each user, account-type caps. Built once per run in time
// linear in grants + memberships + objects; every query afterwards walks at
// most the four ancestors of an object and the teams of one user.

import { ACCESS_LEVELS, levelRank, type AccessLevel } from '../model/levels.js';
import { isWithin, type ObjectPath } from '../model/object-path.js';
import { ALL_MEMBERS, principalKey, type GrantDecl, type Project, type TeamDecl, type UserDecl } from '../model/project.js';
import { resolveMembers } from '../model/team-members.js';
import { carryGrants } from './carried-grants.js';
import { AccountTypeCaps } from './account-type-caps.js';
import { ObjectTree, type ObjectNode } from './object-tree.js';

/** A grant of the project with its place in the object tree. */
export interface IndexedGrant {
  readonly grant: GrantDecl;
  readonly node: ObjectNode;
  /**
   * Sorts as project.grants does: file order, then position in the file (the
   * position itself, in an index built at once; see `AccessIndex.derive`).
   */
  readonly order: number;
  /** `team.Sales`, `user.radhika@example.com`. */
  readonly principal: string;
}

export const ALL_MEMBERS_KEY = principalKey({ kind: 'team', name: ALL_MEMBERS });

/** A declared team of a user, with its principal key (built once, not in every query's loop). */
export interface TeamOfUser {
  readonly name: string;
  /** `team.Sales` */
  readonly key: string;
}

const NONE: readonly IndexedGrant[] = [];
const NO_TEAMS: readonly TeamOfUser[] = [];

/**
 * What the engine reads of a project: the files' Project, or the live state
 * seen as one (live-subject.ts). Spans only matter for the files' findings.
 */
export type AccessSubject = Pick<Project, 'connections' | 'users' | 'teams' | 'accountTypes' | 'grants'>;

/**
 * What one question is about (`explain --on PATH`, `explain --user EMAIL`):
 * an index built for a focus holds only the grants that can reach it, which
 * on the largest orgs is a small part of the work of indexing them all.
 */
export interface AccessFocus {
  /** Only grants on this object or above it. */
  readonly object?: ObjectPath;
  /** Only grants to this user (lower-case email), to the user's teams and to All Members. */
  readonly user?: string;
}

export class AccessIndex {
  readonly tree: ObjectTree;
  readonly caps: AccountTypeCaps;
  readonly grants: readonly IndexedGrant[];
  private readonly byPrincipal = new Map<string, Map<ObjectNode, IndexedGrant[]>>();
  private readonly byNode = new Map<ObjectNode, IndexedGrant[]>();
  /** Built on the first question about a user's teams (explain --on never asks one). */
  private teamsByUser: Map<string, TeamOfUser[]> | undefined;
  private readonly declaredTeams: [TeamOfUser, readonly UserDecl[]][];
  private readonly membersByTeam: Map<string, readonly UserDecl[]>;
  private readonly capTables: Map<string, readonly (AccessLevel | undefined)[]>;
  /** Derived indexes are of whole projects: a focused one is not derived from. */
  private readonly focused: boolean;

  /**
   * With a focus, the index answers questions about that focus only (the
   * grants, teams and members that reach it); every answer about it is the
   * one a whole index gives. `shared`: what `derive` hands over from the
   * previous index.
   */
  constructor(
    readonly project: AccessSubject,
    focus?: AccessFocus,
    shared?: SharedParts,
  ) {
    this.tree = shared?.tree ?? new ObjectTree();
    this.caps = shared?.caps ?? new AccountTypeCaps(project.accountTypes);
    this.capTables = shared?.capTables ?? new Map();
    this.focused = focus !== undefined;
    this.teamsByUser = shared?.teamsByUser;
    this.declaredTeams = shared?.declaredTeams ?? [];
    this.membersByTeam = shared?.membersByTeam ?? new Map();
    for (const connection of project.connections.values()) this.tree.intern({ connection: connection.name, path: [] });
    const reaches = focus && focusFilter(project, focus);
    const grants: IndexedGrant[] = [];
    if (!shared) project.grants.forEach((grant, order) => {
      if (reaches && !reaches(grant)) return;
      const indexed: IndexedGrant = { grant, node: this.tree.intern(grant.object), order, principal: principalKey(grant.principal) };
      let atNode = this.byPrincipal.get(indexed.principal);
      if (!atNode) this.byPrincipal.set(indexed.principal, (atNode = new Map()));
      push(atNode, indexed.node, indexed);
      push(this.byNode, indexed.node, indexed);
      grants.push(indexed);
    });
    this.grants = shared?.grants ?? grants;
    if (shared) return;
    for (const team of project.teams.values()) {
      const key = principalKey({ kind: 'team', name: team.name });
      // A focused index needs the members of the teams its grants name, no others.
      if (reaches && !this.byPrincipal.has(key)) continue;
      const members = membersOf(team, project);
      this.membersByTeam.set(team.name, members);
      this.declaredTeams.push([{ name: team.name, key }, members]);
    }
    this.membersByTeam.set(ALL_MEMBERS, [...project.users.values()]);
  }

  /**
   * The index of `project`, a later version of this index's project: the
   * language server derives one after each edit instead of indexing 20,000
   * grants again. A grant of both (the same GrantDecl) keeps its
   * IndexedGrant, and only the principals and objects whose grants changed,
   * and the teams and users whose declarations changed, are indexed again.
   * Built at once when the account types or the connections changed, or
   * when the kept grants cannot keep their order (carried-grants.ts).
   */
  derive(project: AccessSubject): AccessIndex {
    // Connections root the shared object tree, and account types the shared caps: when either changed, nothing is shared.
    if (this.focused || !sameEntries(project.accountTypes, this.project.accountTypes) || !sameEntries(project.connections, this.project.connections)) return new AccessIndex(project);
    const carried = carryGrants(this.grants, project.grants, (grant, order) => ({ grant, node: this.tree.intern(grant.object), order, principal: principalKey(grant.principal) }));
    if (!carried) return new AccessIndex(project);
    const next = new AccessIndex(project, undefined, { tree: this.tree, caps: this.caps, capTables: this.capTables, grants: carried.grants, ...this.membersFor(project) });
    next.reindexGrants(this, carried.removed, carried.added);
    return next;
  }

  /** The members tables for a later version of the project: these, or copies with the changed teams and users indexed again. */
  private membersFor(project: AccessSubject): Pick<SharedParts, 'declaredTeams' | 'membersByTeam' | 'teamsByUser'> {
    const teams = changedKeys(this.project.teams, project.teams);
    const users = changedKeys(this.project.users, project.users);
    if (teams.size === 0 && users.size === 0) return { declaredTeams: this.declaredTeams, membersByTeam: this.membersByTeam, teamsByUser: this.teamsByUser };
    // Teams to index again: those changed, and those that name a changed user (their lists hold its declaration;
    // a user just declared may be named by a team that skipped it before).
    const reindexed = new Set(teams);
    for (const email of users) for (const team of this.teamsOfUser(email)) reindexed.add(team.name);
    const declared = new Set([...users].filter((email) => !this.project.users.has(email)));
    if (declared.size > 0) {
      for (const team of project.teams.values()) if (team.members.some((member) => declared.has(member.email))) reindexed.add(team.name);
    }
    const membersByTeam = new Map(this.membersByTeam);
    for (const name of reindexed) {
      const team = project.teams.get(name);
      if (team) membersByTeam.set(name, membersOf(team, project));
      else membersByTeam.delete(name);
    }
    if (users.size > 0) membersByTeam.set(ALL_MEMBERS, [...project.users.values()]);
    const before = new Map(this.declaredTeams.map((entry) => [entry[0].name, entry]));
    const declaredTeams = [...project.teams.keys()].map((name): [TeamOfUser, readonly UserDecl[]] => {
      const kept = before.get(name);
      return kept && !reindexed.has(name) ? kept : [{ name, key: principalKey({ kind: 'team', name }) }, membersByTeam.get(name) ?? []];
    });
    return { declaredTeams, membersByTeam, teamsByUser: this.teamsByUser && this.teamsByUserFor(project, reindexed, declaredTeams) };
  }

  /** This index's teams of each user, with those of the members, before and after, of the teams indexed again made again. */
  private teamsByUserFor(project: AccessSubject, reindexed: ReadonlySet<string>, declaredTeams: readonly [TeamOfUser, readonly UserDecl[]][]): Map<string, TeamOfUser[]> {
    const teamsByUser = new Map(this.teamsByUser);
    const affected = new Set<string>();
    const joined = new Map<string, TeamOfUser[]>();
    const order = new Map<string, number>();
    declaredTeams.forEach(([team, members], position) => {
      order.set(team.name, position);
      if (!reindexed.has(team.name)) return;
      for (const user of members) push(joined, user.email, team);
    });
    for (const name of reindexed) {
      for (const member of this.project.teams.get(name)?.members ?? []) affected.add(member.email);
      for (const member of project.teams.get(name)?.members ?? []) affected.add(member.email);
    }
    for (const email of affected) {
      const kept = this.teamsOfUser(email).filter((team) => !reindexed.has(team.name));
      // In declaration order, as an index built at once lists them.
      const list = [...kept, ...(joined.get(email) ?? [])].sort((a, b) => (order.get(a.name) as number) - (order.get(b.name) as number));
      if (list.length > 0) teamsByUser.set(email, list);
      else teamsByUser.delete(email);
    }
    return teamsByUser;
  }

  /** byPrincipal and byNode: `previous`'s, with the lists that hold a removed or an added grant made again. */
  private reindexGrants(previous: AccessIndex, removed: readonly IndexedGrant[], added: readonly IndexedGrant[]): void {
    const gone = new Set(removed);
    const byOrder = (a: IndexedGrant, b: IndexedGrant) => a.order - b.order;
    const changed = [...removed, ...added];
    const addedAt = new Map<ObjectNode, IndexedGrant[]>();
    const addedBy = new Map<string, IndexedGrant[]>();
    for (const each of added) {
      push(addedAt, each.node, each);
      push(addedBy, each.principal, each);
    }
    for (const [node, list] of previous.byNode) this.byNode.set(node, list);
    for (const node of new Set(changed.map((each) => each.node))) {
      const list = [...(previous.byNode.get(node) ?? NONE).filter((each) => !gone.has(each)), ...(addedAt.get(node) ?? NONE)].sort(byOrder);
      if (list.length > 0) this.byNode.set(node, list);
      else this.byNode.delete(node);
    }
    for (const [principal, atNode] of previous.byPrincipal) this.byPrincipal.set(principal, atNode);
    for (const principal of new Set(changed.map((each) => each.principal))) {
      // Made again whole, in grant order, so that its objects come in the order a fresh index gives them.
      const all = [...(previous.byPrincipal.get(principal)?.values() ?? [])].flat().filter((each) => !gone.has(each));
      const atNode = new Map<ObjectNode, IndexedGrant[]>();
      for (const each of [...all, ...(addedBy.get(principal) ?? NONE)].sort(byOrder)) push(atNode, each.node, each);
      if (atNode.size > 0) this.byPrincipal.set(principal, atNode);
      else this.byPrincipal.delete(principal);
    }
  }

  /** The grants of one principal on exactly this object. */
  grantsAt(principal: string, node: ObjectNode): readonly IndexedGrant[] {
    return this.byPrincipal.get(principal)?.get(node) ?? NONE;
  }

  /** Every grant of one principal, by object. */
  grantsOf(principal: string): ReadonlyMap<ObjectNode, readonly IndexedGrant[]> {
    return this.byPrincipal.get(principal) ?? new Map();
  }

  /** Every grant on exactly this object, whoever the principal. */
  grantsOn(node: ObjectNode): readonly IndexedGrant[] {
    return this.byNode.get(node) ?? NONE;
  }

  /** Declared teams the user belongs to (All Members not included: it holds everyone). */
  teamsOf(email: string): readonly string[] {
    return this.teamsOfUser(email).map((team) => team.name);
  }

  /** The same teams with their principal keys, for queries that look their grants up. */
  teamsOfUser(email: string): readonly TeamOfUser[] {
    if (!this.teamsByUser) {
      this.teamsByUser = new Map();
      for (const [team, members] of this.declaredTeams) for (const user of members) push(this.teamsByUser, user.email, team);
    }
    return this.teamsByUser.get(email) ?? NO_TEAMS;
  }

  /** Declared members of a team; every user for All Members. */
  membersOf(team: string): readonly UserDecl[] {
    return this.membersByTeam.get(team) ?? [];
  }

  user(email: string): UserDecl | undefined {
    return this.project.users.get(email);
  }

  /**
   * What one grant gives `user`: its level capped by the account type, and
   * nothing for `write-only` on a connection whose write access is disabled
   * (DESIGN.md §1).
   */
  givesTo(user: UserDecl, grant: IndexedGrant): AccessLevel | undefined {
    return this.givesToType(user.accountType, grant);
  }

  /** What one grant gives any user of account type `type` (all that `givesTo` reads of the user). */
  givesToType(type: string, grant: IndexedGrant): AccessLevel | undefined {
    const level = this.capTable(type)[levelRank(grant.grant.access)];
    if (level === 'write-only' && this.project.connections.get(grant.node.path.connection)?.writeAccess === undefined) return undefined;
    return level;
  }

  /** What each level gives a user of `type`, by rank: the cap, computed once per type (the access review asks for it per grant per user). */
  capTable(type: string): readonly (AccessLevel | undefined)[] {
    let table = this.capTables.get(type);
    if (!table) this.capTables.set(type, (table = ACCESS_LEVELS.map((level) => this.caps.cap(level, type))));
    return table;
  }

  /** What a grant of `level` gives `user` once the account type has capped it. */
  levelFor(user: UserDecl, level: AccessLevel): AccessLevel | undefined {
    return this.capTable(user.accountType)[levelRank(level)];
  }
}

/** Whether a grant can reach the focus: on its object or above, and to the user, a team of the user or All Members. */
function focusFilter(project: AccessSubject, focus: AccessFocus): (grant: GrantDecl) => boolean {
  const teams = new Set<string>([ALL_MEMBERS]);
  if (focus.user !== undefined) {
    for (const team of project.teams.values()) if (team.members.some((member) => member.email === focus.user)) teams.add(team.name);
  }
  return (grant) => {
    if (focus.object && !isWithin(focus.object, grant.object)) return false;
    if (focus.user === undefined) return true;
    return grant.principal.kind === 'user' ? grant.principal.email === focus.user : teams.has(grant.principal.name);
  };
}

/** What derive hands over to the index it makes; the tables are shared, never changed once built. */
interface SharedParts {
  readonly tree: ObjectTree;
  readonly caps: AccountTypeCaps;
  readonly capTables: Map<string, readonly (AccessLevel | undefined)[]>;
  readonly grants: readonly IndexedGrant[];
  readonly declaredTeams: [TeamOfUser, readonly UserDecl[]][];
  readonly membersByTeam: Map<string, readonly UserDecl[]>;
  /** Undefined until a question needs it (then built from declaredTeams). */
  readonly teamsByUser: Map<string, TeamOfUser[]> | undefined;
}

/** A team's declared members (a member that is not declared is the loader's finding, not the index's); the loader has usually resolved them already. */
function membersOf(team: TeamDecl, project: AccessSubject): readonly UserDecl[] {
  return resolveMembers(team, project.users).users;
}

/** Keys whose value differs between the two maps (declarations compare by identity: an unchanged file keeps its objects), or that only one has. */
function changedKeys<K, V>(before: ReadonlyMap<K, V>, after: ReadonlyMap<K, V>): Set<K> {
  const changed = new Set<K>();
  for (const [key, value] of after) if (before.get(key) !== value) changed.add(key);
  if (changed.size > 0 || before.size !== after.size) for (const key of before.keys()) if (!after.has(key)) changed.add(key);
  return changed;
}

/** The same keys with the same values (declarations compare by identity: an unchanged file keeps its objects). */
function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
