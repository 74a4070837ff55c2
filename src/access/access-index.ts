// The access engine's one precomputation: grants indexed by principal and by
// object, teams of each user, account-type caps. Built once per run in time
// linear in grants + memberships + objects; every query afterwards walks at
// most the four ancestors of an object and the teams of one user.

import { ACCESS_LEVELS, levelRank, type AccessLevel } from '../model/levels.js';
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

export class AccessIndex {
  readonly tree = new ObjectTree();
  readonly caps: AccountTypeCaps;
  readonly grants: readonly IndexedGrant[];
  private readonly byPrincipal = new Map<string, Map<ObjectNode, IndexedGrant[]>>();
  private readonly byNode = new Map<ObjectNode, IndexedGrant[]>();
  private readonly teamsByUser = new Map<string, TeamOfUser[]>();
  private readonly membersByTeam = new Map<string, UserDecl[]>();
  private readonly capTables = new Map<string, readonly (AccessLevel | undefined)[]>();

  constructor(readonly project: AccessSubject) {
    this.caps = new AccountTypeCaps(project.accountTypes);
    for (const connection of project.connections.values()) this.tree.intern({ connection: connection.name, path: [] });
    this.grants = project.grants.map((grant, order) => {
      const indexed: IndexedGrant = { grant, node: this.tree.intern(grant.object), order, principal: principalKey(grant.principal) };
      let atNode = this.byPrincipal.get(indexed.principal);
      if (!atNode) this.byPrincipal.set(indexed.principal, (atNode = new Map()));
      push(atNode, indexed.node, indexed);
      push(this.byNode, indexed.node, indexed);
      return indexed;
    });
    for (const team of project.teams.values()) {
      const members: UserDecl[] = [];
      const ofUser: TeamOfUser = { name: team.name, key: principalKey({ kind: 'team', name: team.name }) };
      for (const member of team.members) {
        const user = project.users.get(member.email);
        if (!user) continue;
        members.push(user);
        push(this.teamsByUser, user.email, ofUser);
      }
      this.membersByTeam.set(team.name, members);
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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
