// Changes name resources as the files do (emails, names, paths); Sigma wants
// ids. The index maps one to the other, filled by read() and by the
// backend's own creates, for the rest of the run.

import { ALL_MEMBERS, type Principal } from '../../model/project.js';
import type { WarehouseType } from '../../model/warehouses.js';
import { BackendError } from '../backend.js';
import type { Grantee } from './wire.js';

export interface KnownUser {
  readonly id: string;
  readonly email: string;
  readonly active: boolean;
}

export interface KnownConnection {
  readonly id: string;
  readonly name: string;
  readonly type: WarehouseType;
}

/** Where a grant lives, for deleting it on the endpoint that made it. */
export type GrantHome = { readonly kind: 'connection'; readonly connectionId: string } | { readonly kind: 'path'; readonly pathId: string };

export class IdIndex {
  private readonly usersByEmail = new Map<string, KnownUser>();
  private readonly userEmailsById = new Map<string, string>();
  private readonly teamsByName = new Map<string, string>();
  private readonly teamNamesById = new Map<string, string>();
  private readonly connectionsByName = new Map<string, KnownConnection>();
  private readonly connectionsById = new Map<string, KnownConnection>();
  private readonly grantHomes = new Map<string, GrantHome>();
  /** Sigma's built-in team of every user: absent from the team list, learnt from grants. */
  allMembersId: string | undefined;

  setUser(user: KnownUser): void {
    const email = user.email.toLowerCase();
    this.usersByEmail.set(email, { ...user, email });
    this.userEmailsById.set(user.id, email);
  }

  user(email: string): KnownUser | undefined {
    return this.usersByEmail.get(email.toLowerCase());
  }

  userEmail(id: string): string | undefined {
    return this.userEmailsById.get(id);
  }

  requireUser(email: string): KnownUser {
    const user = this.user(email);
    if (!user) throw new BackendError(`User ${email} does not exist in Sigma (it was not found when the live state was read)`);
    return user;
  }

  setTeam(name: string, id: string): void {
    const previous = this.teamNamesById.get(id);
    if (previous !== undefined && this.teamsByName.get(previous) === id) this.teamsByName.delete(previous);
    this.teamsByName.set(name, id);
    this.teamNamesById.set(id, name);
  }

  removeTeam(name: string): void {
    const id = this.teamsByName.get(name);
    this.teamsByName.delete(name);
    if (id !== undefined) this.teamNamesById.delete(id);
  }

  teamId(name: string): string | undefined {
    return name === ALL_MEMBERS ? this.allMembersId : this.teamsByName.get(name);
  }

  teamName(id: string): string | undefined {
    return id === this.allMembersId ? ALL_MEMBERS : this.teamNamesById.get(id);
  }

  hasTeamId(id: string): boolean {
    return this.teamNamesById.has(id);
  }

  requireTeam(name: string): string {
    const id = this.teamId(name);
    if (id !== undefined) return id;
    if (name === ALL_MEMBERS) {
      throw new BackendError('Sigma has not shown the id of its All Members team (it appears only in existing grants): grant All Members something once in Sigma, then run grantform again');
    }
    throw new BackendError(`Team ${name} does not exist in Sigma (it was not found when the live state was read)`);
  }

  setConnection(connection: KnownConnection): void {
    const previous = this.connectionsById.get(connection.id);
    if (previous && this.connectionsByName.get(previous.name)?.id === connection.id) this.connectionsByName.delete(previous.name);
    this.connectionsByName.set(connection.name, connection);
    this.connectionsById.set(connection.id, connection);
  }

  removeConnection(name: string): void {
    const known = this.connectionsByName.get(name);
    this.connectionsByName.delete(name);
    if (known) this.connectionsById.delete(known.id);
  }

  connection(name: string): KnownConnection | undefined {
    return this.connectionsByName.get(name);
  }

  connections(): KnownConnection[] {
    return [...this.connectionsById.values()];
  }

  connectionById(id: string): KnownConnection | undefined {
    return this.connectionsById.get(id);
  }

  requireConnection(name: string): KnownConnection {
    const connection = this.connection(name);
    if (!connection) throw new BackendError(`Connection ${name} does not exist in Sigma (it was not found when the live state was read)`);
    return connection;
  }

  grantee(principal: Principal): Grantee {
    return principal.kind === 'user' ? { memberId: this.requireUser(principal.email).id } : { teamId: this.requireTeam(principal.name) };
  }

  setGrantHome(grantId: string, home: GrantHome): void {
    this.grantHomes.set(grantId, home);
  }

  grantHome(grantId: string): GrantHome | undefined {
    return this.grantHomes.get(grantId);
  }

  forgetGrant(grantId: string): void {
    this.grantHomes.delete(grantId);
  }
}
