// The live state as a backend reads it: the same resources as the files
// describe, plus the backend's own ids. Normalised, so that an unchanged
// resource compares equal to its desired form.

import type { AccountTypeSpec, ConnectionSpec, GrantSpec, TeamSpec, UserSpec } from './resources.js';

export interface LiveConnection extends ConnectionSpec {
  readonly id: string;
}

export interface LiveUser extends UserSpec {
  readonly id: string;
  /** False once deactivated: Sigma never deletes users. */
  readonly active: boolean;
}

export interface LiveTeam extends TeamSpec {
  readonly id: string;
  /** Members' emails, lower-cased. */
  readonly members: readonly string[];
}

/** One live grant. Several may exist for one (principal, object): each keeps its own id. */
export interface LiveGrant extends GrantSpec {
  readonly id: string;
}

export interface LiveAccountType extends AccountTypeSpec {
  readonly id?: string;
}

export interface LiveSnapshot {
  readonly connections: readonly LiveConnection[];
  readonly users: readonly LiveUser[];
  readonly teams: readonly LiveTeam[];
  readonly grants: readonly LiveGrant[];
  readonly accountTypes: readonly LiveAccountType[];
}

export const EMPTY_SNAPSHOT: LiveSnapshot = { connections: [], users: [], teams: [], grants: [], accountTypes: [] };
