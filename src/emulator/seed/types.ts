// The seed: a YAML (or JSON) description of the organization the emulator
// starts with. Its resource lists have the shape of grantform's resource files
// (schemas/resources.schema.json) plus ids and emulator-only sections, so
// that a grantform project and an emulator seed read alike. docs/emulator.md
// describes every field.

import type { AccessLevel } from '../../model/levels.js';
import type { WarehouseType } from '../../model/warehouses.js';
import type { FaultConfig } from '../faults.js';
import type { TestOutcome, UserKind, Visibility } from '../org/types.js';

export type SecretValue = string | { readonly env: string };

export interface SeedOrganization {
  readonly id?: string;
  readonly name?: string;
  readonly slug?: string;
  readonly allMembersTeamId?: string;
  /** The creation time of everything seeded (ISO 8601); default 2024-01-01T00:00:00Z. */
  readonly createdAt?: string;
}

export interface SeedOptions {
  readonly tokenLifetimeSeconds?: number;
  readonly defaultPageSize?: number;
  readonly grantsApiAcceptsAllLevels?: boolean;
  readonly invitationDefaultAccountType?: string;
  readonly rotateRefreshTokens?: boolean;
  readonly requestLogLimit?: number;
}

export interface SeedCredential {
  readonly clientId: string;
  readonly clientSecret: SecretValue;
  /** The email of the member who owns the credentials. */
  readonly member: string;
}

export interface SeedAccountType {
  readonly name: string;
  readonly id?: string;
  readonly description?: string;
  readonly permissions: readonly string[];
}

/** A warehouse tree: containers are maps; a leaf is `table`, `procedure` or null (a table); a list holds tables. */
export interface SeedTree {
  readonly [name: string]: SeedTree | readonly string[] | 'table' | 'procedure' | null;
}

export type SeedDestination = Readonly<Record<string, string>>;

export interface SeedConnection {
  readonly name: string;
  readonly type: WarehouseType;
  readonly id?: string;
  readonly description?: string;
  readonly useOauth?: boolean;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly secretsVersion?: number;
  readonly writeAccess?: {
    readonly destination?: SeedDestination;
    readonly destinations?: readonly SeedDestination[];
    readonly auditLog?: SeedDestination;
    readonly materializationWarehouse?: string;
    readonly useDynamicTables?: boolean;
  };
  /** The browsable tree below the connection: nested maps, or a list of paths (`DB/SCHEMA/TABLE`). */
  readonly paths?: SeedTree | readonly string[];
  /** What GET /v2/connections/{id}/test answers (default SUCCESS for both). */
  readonly test?: { readonly read?: TestOutcome; readonly write?: TestOutcome };
  /** Deleted (archived) connection, restorable with PUT `restore: true`. */
  readonly archived?: boolean;
}

/** The warehouse a connection that grantform creates through the API will browse, by its future name. */
export interface SeedWarehouse {
  readonly name: string;
  readonly type: WarehouseType;
  readonly paths: SeedTree | readonly string[];
  readonly test?: { readonly read?: TestOutcome; readonly write?: TestOutcome };
}

export interface SeedUser {
  readonly email: string;
  readonly accountType: string;
  readonly id?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly managedBy?: 'grantform' | 'scim';
  /** active (default), deactivated (isArchived) or inactive (archived by SCIM, isInactive). */
  readonly status?: 'active' | 'deactivated' | 'inactive';
  readonly userKind?: UserKind;
}

export interface SeedTeam {
  readonly name: string;
  readonly id?: string;
  readonly description?: string;
  readonly members?: readonly string[];
  /** Members who are team admins (`isTeamAdmin`); they are members too. */
  readonly admins?: readonly string[];
  readonly managedBy?: 'grantform' | 'scim';
  readonly visibility?: Visibility;
}

export interface SeedObjectRef {
  readonly connection: string;
  readonly database?: string;
  readonly catalog?: string;
  readonly project?: string;
  readonly schema?: string;
  readonly dataset?: string;
  readonly table?: string;
  readonly procedure?: string;
}

export interface SeedGrant {
  readonly team?: string;
  readonly user?: string;
  readonly object: string | SeedObjectRef;
  readonly access: AccessLevel;
  readonly id?: string;
}

export interface Seed {
  readonly organization?: SeedOrganization;
  readonly options?: SeedOptions;
  readonly credentials: readonly SeedCredential[];
  readonly accountTypes?: readonly SeedAccountType[];
  readonly connections?: readonly SeedConnection[];
  readonly warehouses?: readonly SeedWarehouse[];
  readonly users?: readonly SeedUser[];
  readonly teams?: readonly SeedTeam[];
  readonly grants?: readonly SeedGrant[];
  readonly faults?: FaultConfig;
}
