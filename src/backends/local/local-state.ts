// The local backend's live state in memory, and how each change acts on it.
// It behaves as Sigma does where that matters for a plan: users are
// deactivated, never deleted; deleting a team or a connection takes its
// grants with it; a renamed team or connection keeps its id, members and
// grants; an impossible change (a grant for a team that does not exist) is
// refused, as Sigma would refuse it, rather than silently repaired.

import type { Change, ConnectionChange, GrantChange, MembershipChange, TeamChange, UserChange } from '../../model/changes.js';
import { assertNever } from '../../model/errors.js';
import type { LiveAccountType, LiveConnection, LiveGrant, LiveSnapshot, LiveUser } from '../../model/live.js';
import { formatObjectPath } from '../../model/object-path.js';
import { ALL_MEMBERS } from '../../model/project.js';
import type { ConnectionSpec, GrantSpec, TeamSpec } from '../../model/resources.js';
import { detailsWithoutSecrets } from '../../model/secrets.js';
import { BackendError } from '../backend.js';

interface StoredTeam extends TeamSpec {
  readonly id: string;
  readonly members: Set<string>;
}

export class LocalState {
  private readonly connections = new Map<string, LiveConnection>();
  private readonly users = new Map<string, LiveUser>();
  private readonly teams = new Map<string, StoredTeam>();
  private readonly grants = new Map<string, LiveGrant>();
  private readonly accountTypes: LiveAccountType[];
  private nextIdValue: number;

  constructor(snapshot: LiveSnapshot, nextId: number) {
    for (const connection of snapshot.connections) this.connections.set(connection.name, connection);
    for (const user of snapshot.users) this.users.set(user.email, user);
    for (const team of snapshot.teams) this.teams.set(team.name, { ...team, members: new Set(team.members) });
    for (const grant of snapshot.grants) this.grants.set(grant.id, grant);
    this.accountTypes = [...snapshot.accountTypes];
    this.nextIdValue = Math.max(nextId, 1);
  }

  get nextId(): number {
    return this.nextIdValue;
  }

  snapshot(): LiveSnapshot {
    return {
      connections: [...this.connections.values()],
      users: [...this.users.values()],
      teams: [...this.teams.values()].map(({ members, ...team }) => ({ ...team, members: [...members].sort() })),
      grants: [...this.grants.values()],
      accountTypes: this.accountTypes,
    };
  }

  apply(change: Change): void {
    switch (change.type) {
      case 'connection':
        return this.applyConnection(change);
      case 'user':
        return this.applyUser(change);
      case 'team':
        return this.applyTeam(change);
      case 'membership':
        return this.applyMembership(change);
      case 'grant':
        return this.applyGrant(change);
      default:
        return assertNever(change, 'change');
    }
  }

  private newId(prefix: string): string {
    const id = `${prefix}-${this.nextIdValue}`;
    this.nextIdValue += 1;
    return id;
  }

  private applyConnection(change: ConnectionChange): void {
    switch (change.action) {
      case 'create':
        if (this.connections.has(change.after.name)) refuse(`connection ${change.after.name} already exists`);
        this.connections.set(change.after.name, { ...storedConnection(change.after), id: this.newId('conn') });
        return;
      case 'update': {
        const from = change.renamedFrom ?? change.before.name;
        const current = this.connections.get(from) ?? refuse(`connection ${from} does not exist`);
        if (from !== change.after.name) {
          if (this.connections.has(change.after.name)) refuse(`connection ${change.after.name} already exists`);
          this.connections.delete(from);
          this.replaceGrants((grant) => (grant.object.connection === from ? { ...grant, object: { ...grant.object, connection: change.after.name } } : grant));
        }
        this.connections.set(change.after.name, { ...storedConnection(change.after), id: current.id });
        return;
      }
      case 'delete':
        if (!this.connections.delete(change.before.name)) refuse(`connection ${change.before.name} does not exist`);
        this.replaceGrants((grant) => (grant.object.connection === change.before.name ? undefined : grant));
        return;
      default:
        return assertNever(change, 'connection change');
    }
  }

  private applyUser(change: UserChange): void {
    switch (change.action) {
      case 'create':
        if (this.users.has(change.after.email)) refuse(`user ${change.after.email} already exists`);
        this.users.set(change.after.email, { ...change.after, id: this.newId('user'), active: true });
        return;
      case 'update': {
        const current = this.users.get(change.after.email) ?? refuse(`user ${change.after.email} does not exist`);
        if (!current.active && change.reactivate !== true) refuse(`user ${change.after.email} is deactivated`);
        this.users.set(change.after.email, { ...change.after, id: current.id, active: true });
        return;
      }
      case 'delete': {
        const current = this.users.get(change.before.email) ?? refuse(`user ${change.before.email} does not exist`);
        const owner = change.documentsOwner;
        if (owner === undefined || this.users.get(owner)?.active !== true) refuse(`the documents of ${current.email} need an active owner (safety.documentsOwner)`);
        this.users.set(current.email, { ...current, active: false });
        return;
      }
      default:
        return assertNever(change, 'user change');
    }
  }

  private applyTeam(change: TeamChange): void {
    switch (change.action) {
      case 'create':
        if (this.teams.has(change.after.name) || change.after.name === ALL_MEMBERS) refuse(`team ${change.after.name} already exists`);
        this.teams.set(change.after.name, { ...change.after, id: this.newId('team'), members: new Set() });
        return;
      case 'update': {
        const from = change.renamedFrom ?? change.before.name;
        const current = this.teams.get(from) ?? refuse(`team ${from} does not exist`);
        if (from !== change.after.name) {
          if (this.teams.has(change.after.name)) refuse(`team ${change.after.name} already exists`);
          this.teams.delete(from);
          this.replaceGrants((grant) =>
            grant.principal.kind === 'team' && grant.principal.name === from ? { ...grant, principal: { kind: 'team', name: change.after.name } } : grant,
          );
        }
        this.teams.set(change.after.name, { ...change.after, id: current.id, members: current.members });
        return;
      }
      case 'delete':
        if (!this.teams.delete(change.before.name)) refuse(`team ${change.before.name} does not exist`);
        this.replaceGrants((grant) => (grant.principal.kind === 'team' && grant.principal.name === change.before.name ? undefined : grant));
        return;
      default:
        return assertNever(change, 'team change');
    }
  }

  private applyMembership(change: MembershipChange): void {
    const { team: name, email } = change.action === 'create' ? change.after : change.before;
    const team = this.teams.get(name) ?? refuse(`team ${name} does not exist`);
    const user = this.users.get(email) ?? refuse(`user ${email} does not exist`);
    // Sigma: inactive members cannot be added or removed.
    if (!user.active) refuse(`user ${email} is deactivated: its teams cannot change`);
    if (change.action === 'create') {
      if (team.members.has(email)) refuse(`${email} is already a member of ${name}`);
      team.members.add(email);
    } else if (!team.members.delete(email)) {
      refuse(`${email} is not a member of ${name}`);
    }
  }

  private applyGrant(change: GrantChange): void {
    switch (change.action) {
      case 'create':
        this.addGrant(change.after);
        return;
      case 'update': {
        const [id] = change.liveIds;
        const current = (id !== undefined && this.grants.get(id)) || refuse(`grant ${id ?? '(none)'} of ${change.address} does not exist`);
        this.grants.set(current.id, { ...current, level: change.after.level });
        return;
      }
      case 'replace':
        this.removeGrants(change.liveIds, change.address);
        this.addGrant(change.after);
        return;
      case 'delete':
        this.removeGrants(change.liveIds, change.address);
        return;
      default:
        return assertNever(change, 'grant change');
    }
  }

  private addGrant(grant: GrantSpec): void {
    const { principal, object } = grant;
    if (principal.kind === 'team' && principal.name !== ALL_MEMBERS && !this.teams.has(principal.name)) refuse(`team ${principal.name} does not exist`);
    if (principal.kind === 'user' && this.users.get(principal.email)?.active !== true) refuse(`user ${principal.email} does not exist or is deactivated`);
    if (!this.connections.has(object.connection)) refuse(`connection ${object.connection} of ${formatObjectPath(object)} does not exist`);
    const id = this.newId('grant');
    this.grants.set(id, { id, principal, object, level: grant.level });
  }

  private removeGrants(ids: readonly string[], address: string): void {
    for (const id of ids) if (!this.grants.has(id)) refuse(`grant ${id} of ${address} does not exist`);
    for (const id of ids) this.grants.delete(id);
  }

  /** Rewrites or (returning undefined) removes grants, for cascades and renames. */
  private replaceGrants(update: (grant: LiveGrant) => LiveGrant | undefined): void {
    for (const [id, grant] of this.grants) {
      const next = update(grant);
      if (next === undefined) this.grants.delete(id);
      else if (next !== grant) this.grants.set(id, next);
    }
  }
}

/** What the state keeps of a connection: never a secret, not even a reference to one. */
function storedConnection(spec: ConnectionSpec): Omit<LiveConnection, 'id'> {
  return { ...spec, details: detailsWithoutSecrets(spec.details) };
}

function refuse(message: string): never {
  throw new BackendError(`${message} in the local state`);
}
