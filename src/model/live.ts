// The live state as a backend reads it: the same resources as the files
// describe, plus the backend's own ids. Normalised, so that an unchanged
// resource compares equal to its desired form.

import type { AccountTypeSpec, ConnectionSpec, GrantSpec, TeamSpec, UserSpec, WriteAccessSpec } from './resources.js';

export interface LiveConnection extends ConnectionSpec {
  readonly id: string;
  /**
   * What the backend can read back, where it cannot read everything: Sigma
   * returns no secrets, no `description`, no `secretsVersion` and only some
   * `details`. Absent: every field is read back (the local backend). The
   * planner compares only these (`comparableConnection`), so that an
   * unchanged connection plans no change.
   */
  readonly readable?: ReadableConnectionFields;
}

export interface ReadableConnectionFields {
  /** `details` keys read back; one listed but absent from `details` is unset live. */
  readonly details: readonly string[];
  readonly description: boolean;
  readonly secretsVersion: boolean;
  /** Optional `writeAccess` fields read back (`destinations` and `auditLog` always are). */
  readonly writeAccess: readonly ('materializationWarehouse' | 'useDynamicTables')[];
}

/**
 * `spec` (desired or live) cut down to what a live connection with
 * `readable` can show: compare two such projections to decide an update.
 * Secret references never compare (no backend returns secrets).
 */
export function comparableConnection(spec: ConnectionSpec, readable: ReadableConnectionFields | undefined): ConnectionSpec {
  const details = Object.fromEntries(
    Object.entries(spec.details).filter(
      ([key, value]) => !(typeof value === 'object' && value !== null && !Array.isArray(value) && 'env' in value) && (!readable || readable.details.includes(key)),
    ),
  );
  if (!readable) return { ...spec, details };
  const { description: _description, secretsVersion: _secretsVersion, writeAccess, ...rest } = spec;
  let comparableWrite: WriteAccessSpec | undefined;
  if (writeAccess) {
    const { materializationWarehouse, useDynamicTables, ...destinations } = writeAccess;
    comparableWrite = {
      ...destinations,
      ...(readable.writeAccess.includes('materializationWarehouse') && materializationWarehouse !== undefined && { materializationWarehouse }),
      ...(readable.writeAccess.includes('useDynamicTables') && useDynamicTables !== undefined && { useDynamicTables }),
    };
  }
  return {
    ...rest,
    details,
    ...(readable.description && spec.description !== undefined && { description: spec.description }),
    ...(readable.secretsVersion && spec.secretsVersion !== undefined && { secretsVersion: spec.secretsVersion }),
    ...(comparableWrite && { writeAccess: comparableWrite }),
  };
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
  /** ISO 8601, where the backend records it (Sigma does): for access reviews of long-lived grants. */
  readonly createdAt?: string;
  readonly updatedAt?: string;
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
