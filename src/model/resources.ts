// Resources in the files' vocabulary, without source positions: what the
// planner compares, what a backend reads and writes, what a plan file
// stores. Desired (from the files) and live (from a backend) share them.

import type { AccessLevel } from './levels.js';
import type { ObjectPath } from './object-path.js';
import type { DetailValue, ManagedBy, Principal } from './project.js';
import type { WarehouseType } from './warehouses.js';

export interface WriteAccessSpec {
  /** Paths below the connection, in the warehouse's order (`[database, schema]`…). */
  readonly destinations: readonly (readonly string[])[];
  readonly auditLog?: readonly string[];
  readonly materializationWarehouse?: string;
  readonly useDynamicTables?: boolean;
}

export interface ConnectionSpec {
  readonly name: string;
  readonly type: WarehouseType;
  readonly description?: string;
  readonly useOauth: boolean;
  /** Desired: secrets as `{ env }` references. Live: never a secret (backends cannot read them back). */
  readonly details: Readonly<Record<string, DetailValue>>;
  readonly secretsVersion?: number;
  readonly writeAccess?: WriteAccessSpec;
}

export interface UserSpec {
  /** Lower-cased. */
  readonly email: string;
  readonly accountType: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly managedBy: ManagedBy;
}

export interface TeamSpec {
  readonly name: string;
  readonly description?: string;
  readonly managedBy: ManagedBy;
}

export interface MembershipSpec {
  readonly team: string;
  readonly email: string;
}

export interface GrantSpec {
  readonly principal: Principal;
  readonly object: ObjectPath;
  readonly level: AccessLevel;
}

export interface AccountTypeSpec {
  readonly name: string;
  readonly permissions: readonly string[];
}
