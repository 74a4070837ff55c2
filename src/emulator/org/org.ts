// The in-memory organization: records by id, and the indexes that keep every
// list the API serves cheap at 5,000 members, 1,000 teams and 20,000
// grants. Mutations go through these methods so that the indexes never drift.
// Rules (who may change what, escalation) live in the handlers and in
// grants.ts; this class only stores.

import type { Clock } from '../clock.js';
import type {
  AccountTypeRecord,
  ConnectionRecord,
  CredentialRecord,
  GrantRecord,
  InodeRecord,
  MemberRecord,
  OrganizationInfo,
  PendingWarehouse,
  OrgOptions,
  TeamRecord,
  TreePath,
} from './types.js';
import { stableUrlId, stableUuid } from '../ids.js';

export class Org {
  readonly members = new Map<string, MemberRecord>();
  readonly teams = new Map<string, TeamRecord>();
  readonly accountTypes = new Map<string, AccountTypeRecord>();
  readonly connections = new Map<string, ConnectionRecord>();
  readonly inodes = new Map<string, InodeRecord>();
  readonly grants = new Map<string, GrantRecord>();
  readonly credentials = new Map<string, CredentialRecord>();
  /** Warehouse trees for connections not created yet, by connection name (seed `warehouses:`). */
  readonly pendingWarehouses = new Map<string, PendingWarehouse>();

  private readonly memberIdByEmail = new Map<string, string>();
  private readonly teamsByMember = new Map<string, Set<string>>();
  private readonly inodeIdByUrlId = new Map<string, string>();
  private readonly inodeIdByPath = new Map<string, string>();
  /** Browsable paths per connection, in tree order (the root excluded). */
  private readonly pathsByConnection = new Map<string, InodeRecord[]>();
  private readonly grantsByInode = new Map<string, Set<string>>();
  private readonly grantsByMember = new Map<string, Set<string>>();
  private readonly grantsByTeam = new Map<string, Set<string>>();
  private lastSeq = 0;

  constructor(
    readonly info: OrganizationInfo,
    readonly options: OrgOptions,
    readonly clock: Clock,
  ) {}

  nextSeq(): number {
    this.lastSeq += 1;
    return this.lastSeq;
  }

  // Members ------------------------------------------------------------------

  addMember(member: MemberRecord): void {
    this.members.set(member.memberId, member);
    this.memberIdByEmail.set(member.email.toLowerCase(), member.memberId);
  }

  memberByEmail(email: string): MemberRecord | undefined {
    const id = this.memberIdByEmail.get(email.toLowerCase());
    return id === undefined ? undefined : this.members.get(id);
  }

  changeEmail(member: MemberRecord, email: string): void {
    this.memberIdByEmail.delete(member.email.toLowerCase());
    member.email = email;
    this.memberIdByEmail.set(email.toLowerCase(), member.memberId);
  }

  /** Deactivated (isArchived) and SCIM-archived (isInactive) members are not active. */
  isActive(member: MemberRecord): boolean {
    return !member.isArchived && !member.isInactive;
  }

  teamIdsOf(memberId: string): ReadonlySet<string> {
    return this.teamsByMember.get(memberId) ?? new Set();
  }

  // Teams --------------------------------------------------------------------

  addTeam(team: TeamRecord): void {
    this.teams.set(team.teamId, team);
    for (const memberId of team.members.keys()) index(this.teamsByMember, memberId, team.teamId);
  }

  teamByName(name: string): TeamRecord | undefined {
    const wanted = name.toLowerCase();
    for (const team of this.teams.values()) if (team.name.toLowerCase() === wanted) return team;
    return undefined;
  }

  addToTeam(team: TeamRecord, memberId: string, addedBy: string, isTeamAdmin = false): void {
    if (team.members.has(memberId)) return;
    team.members.set(memberId, { isTeamAdmin, addedBy, seq: this.nextSeq() });
    index(this.teamsByMember, memberId, team.teamId);
  }

  removeFromTeam(team: TeamRecord, memberId: string): void {
    team.members.delete(memberId);
    unindex(this.teamsByMember, memberId, team.teamId);
  }

  /** Deletes the team, its memberships and its grants (undocumented: the emulator assumes a deleted team's grants go with it). */
  deleteTeam(team: TeamRecord): void {
    for (const memberId of team.members.keys()) unindex(this.teamsByMember, memberId, team.teamId);
    for (const grantId of [...(this.grantsByTeam.get(team.teamId) ?? [])]) {
      const grant = this.grants.get(grantId);
      if (grant) this.removeGrant(grant);
    }
    this.teams.delete(team.teamId);
  }

  // Account types ------------------------------------------------------------

  accountTypeByName(name: string): AccountTypeRecord | undefined {
    const wanted = name.toLowerCase();
    for (const type of this.accountTypes.values()) if (type.name.toLowerCase() === wanted) return type;
    return undefined;
  }

  // Connections and their trees ----------------------------------------------

  addConnection(connection: ConnectionRecord, root: InodeRecord): void {
    this.connections.set(connection.connectionId, connection);
    this.pathsByConnection.set(connection.connectionId, []);
    this.inodes.set(root.inodeId, root);
    this.inodeIdByPath.set(pathKey(connection.connectionId, []), root.inodeId);
  }

  addInode(inode: InodeRecord): void {
    this.inodes.set(inode.inodeId, inode);
    if (inode.urlId !== null) this.inodeIdByUrlId.set(inode.urlId, inode.inodeId);
    this.inodeIdByPath.set(pathKey(inode.connectionId, inode.path), inode.inodeId);
    if (inode.kind !== 'root') this.pathsByConnection.get(inode.connectionId)?.push(inode);
  }

  /** The connection's browsable objects; their ids derive from the connection id and the path, so a seed always yields the same. */
  addTree(connectionId: string, paths: readonly TreePath[]): void {
    for (const entry of paths) {
      const key = [connectionId, ...entry.path];
      this.addInode({ inodeId: stableUuid(...key), urlId: stableUrlId(...key), connectionId, path: entry.path, kind: entry.kind, seq: this.nextSeq() });
    }
  }

  /** An inode by its `inodeId` or its `urlId` (both name a connection path, per the docs). */
  resolveInode(id: string): InodeRecord | undefined {
    return this.inodes.get(id) ?? this.inodes.get(this.inodeIdByUrlId.get(id) ?? '');
  }

  inodeAt(connectionId: string, path: readonly string[]): InodeRecord | undefined {
    const id = this.inodeIdByPath.get(pathKey(connectionId, path));
    return id === undefined ? undefined : this.inodes.get(id);
  }

  pathsOf(connectionId: string): readonly InodeRecord[] {
    return this.pathsByConnection.get(connectionId) ?? [];
  }

  // Grants -------------------------------------------------------------------

  addGrant(grant: GrantRecord): void {
    this.grants.set(grant.grantId, grant);
    index(this.grantsByInode, grant.inodeId, grant.grantId);
    if (grant.memberId !== null) index(this.grantsByMember, grant.memberId, grant.grantId);
    if (grant.teamId !== null) index(this.grantsByTeam, grant.teamId, grant.grantId);
  }

  removeGrant(grant: GrantRecord): void {
    this.grants.delete(grant.grantId);
    unindex(this.grantsByInode, grant.inodeId, grant.grantId);
    if (grant.memberId !== null) unindex(this.grantsByMember, grant.memberId, grant.grantId);
    if (grant.teamId !== null) unindex(this.grantsByTeam, grant.teamId, grant.grantId);
  }

  grantsOn(inodeId: string): GrantRecord[] {
    return this.collect(this.grantsByInode.get(inodeId));
  }

  grantsOfMember(memberId: string): GrantRecord[] {
    return this.collect(this.grantsByMember.get(memberId));
  }

  grantsOfTeam(teamId: string): GrantRecord[] {
    return this.collect(this.grantsByTeam.get(teamId));
  }

  private collect(ids: ReadonlySet<string> | undefined): GrantRecord[] {
    const result: GrantRecord[] = [];
    for (const id of ids ?? []) {
      const grant = this.grants.get(id);
      if (grant) result.push(grant);
    }
    return result;
  }
}

function pathKey(connectionId: string, path: readonly string[]): string {
  return [connectionId, ...path].join('\u0000');
}

function index(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(value);
}

function unindex(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
