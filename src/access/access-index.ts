// The access engine's one precomputation: grants indexed by principal and by
// object, teams of each user, account-type caps. Built once per run in time
// linear in grants + memberships + objects; every query afterwards walks at
// most the four ancestors of an object and the teams of one user.

import { ACCESS_LEVELS, levelRank, type AccessLevel } from '../model/levels.js';
import { isWithin, type ObjectPath } from '../model/object-path.js';
import { ALL_MEMBERS, principalKey, type GrantDecl, type Project, type UserDecl } from '../model/project.js';
import { AccountTypeCaps } from './account-type-caps.js';
import { ObjectTree, type ObjectNode } from './object-tree.js';

/** A grant of the project with its place in the object tree. */
export interface IndexedGrant {
  readonly grant: GrantDecl;
  readonly node: ObjectNode;
  /** Position in project.grants: file order, then position in the file. */
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
  readonly tree = new ObjectTree();
  readonly caps: AccountTypeCaps;
  readonly grants: readonly IndexedGrant[];
  private readonly byPrincipal = new Map<string, Map<ObjectNode, IndexedGrant[]>>();
  private readonly byNode = new Map<ObjectNode, IndexedGrant[]>();
  /** Built on the first question about a user's teams (explain --on never asks one). */
  private teamsByUser: Map<string, TeamOfUser[]> | undefined;
  private readonly declaredTeams: [TeamOfUser, readonly UserDecl[]][] = [];
  private readonly membersByTeam = new Map<string, UserDecl[]>();
  private readonly capTables = new Map<string, readonly (AccessLevel | undefined)[]>();

  /**
   * With a focus, the index answers questions about that focus only (the
   * grants, teams and members that reach it); every answer about it is the
   * one a whole index gives.
   */
  constructor(
    readonly project: AccessSubject,
    focus?: AccessFocus,
  ) {
    this.caps = new AccountTypeCaps(project.accountTypes);
    for (const connection of project.connections.values()) this.tree.intern({ connection: connection.name, path: [] });
    const reaches = focus && focusFilter(project, focus);
    const grants: IndexedGrant[] = [];
    project.grants.forEach((grant, order) => {
      if (reaches && !reaches(grant)) return;
      const indexed: IndexedGrant = { grant, node: this.tree.intern(grant.object), order, principal: principalKey(grant.principal) };
      let atNode = this.byPrincipal.get(indexed.principal);
      if (!atNode) this.byPrincipal.set(indexed.principal, (atNode = new Map()));
      push(atNode, indexed.node, indexed);
      push(this.byNode, indexed.node, indexed);
      grants.push(indexed);
    });
    this.grants = grants;
    for (const team of project.teams.values()) {
      const key = principalKey({ kind: 'team', name: team.name });
      // A focused index needs the members of the teams its grants name, no others.
      if (reaches && !this.byPrincipal.has(key)) continue;
      const members: UserDecl[] = [];
      for (const member of team.members) {
        const user = project.users.get(member.email);
        if (user) members.push(user);
      }
      this.membersByTeam.set(team.name, members);
      this.declaredTeams.push([{ name: team.name, key }, members]);
    }
    this.membersByTeam.set(ALL_MEMBERS, [...project.users.values()]);
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
    const level = this.capTable(user.accountType)[levelRank(grant.grant.access)];
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
