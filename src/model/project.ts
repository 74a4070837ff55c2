// The project as the files declare it, after parsing, validation and
// reference resolution: what the access engine, the linter and the planner
// consume. Every declaration keeps the span of the YAML it came from.

import type { AccessLevel } from './levels.js';
import type { ObjectPath } from './object-path.js';
import type { Severity } from './diagnostic.js';
import type { SourceSpan } from './source.js';
import type { WarehouseType } from './warehouses.js';

/** A secret is never a value in the model: only the name of the variable that holds it. */
export interface SecretRef {
  readonly env: string;
}

export type DetailValue = string | number | boolean | readonly string[] | SecretRef | { readonly [key: string]: string };

export interface WriteAccess {
  /** Each destination as a path below the connection, in the warehouse's order (e.g. `[database, schema]`). */
  readonly destinations: readonly (readonly string[])[];
  readonly auditLog?: readonly string[];
  readonly materializationWarehouse?: string;
  readonly useDynamicTables?: boolean;
  /** Local only: who `grantform warehouse sql` grants to, where details do not say. */
  readonly grantee?: string;
  /** Local only: the environment variable with the DSN `warehouse check` connects with. */
  readonly checkDsn?: { readonly env: string };
  readonly span: SourceSpan;
}

export type ManagedBy = 'grantform' | 'scim';

export interface ConnectionDecl {
  readonly name: string;
  readonly type: WarehouseType;
  readonly description?: string;
  readonly previously: readonly string[];
  readonly useOauth: boolean;
  readonly details: Readonly<Record<string, DetailValue>>;
  readonly secretsVersion?: number;
  /** Absent when write access is disabled. */
  readonly writeAccess?: WriteAccess;
  readonly span: SourceSpan;
  readonly nameSpan: SourceSpan;
}

export interface UserDecl {
  /** Lower-cased: Sigma identifies users by email, case-insensitively. */
  readonly email: string;
  readonly accountType: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly managedBy: ManagedBy;
  readonly span: SourceSpan;
  readonly emailSpan: SourceSpan;
  readonly accountTypeSpan: SourceSpan;
}

export interface TeamMember {
  readonly email: string;
  readonly span: SourceSpan;
}

export interface TeamDecl {
  readonly name: string;
  readonly description?: string;
  readonly members: readonly TeamMember[];
  readonly managedBy: ManagedBy;
  readonly previously: readonly string[];
  readonly span: SourceSpan;
  readonly nameSpan: SourceSpan;
}

export interface AccountTypeDecl {
  readonly name: string;
  readonly description?: string;
  readonly permissions: readonly string[];
  readonly span: SourceSpan;
  readonly nameSpan: SourceSpan;
}

/** Sigma's built-in team of every user: grants may name it without declaring it. */
export const ALL_MEMBERS = 'All Members';

export type Principal = { readonly kind: 'team'; readonly name: string } | { readonly kind: 'user'; readonly email: string };

export interface GrantDecl {
  readonly principal: Principal;
  readonly object: ObjectPath;
  /** Set when the object names a stored procedure rather than a table (map form with `procedure:`). */
  readonly leafKind?: 'table' | 'procedure';
  readonly access: AccessLevel;
  /** The whole list item, from its first key to the end of its last value. */
  readonly span: SourceSpan;
  readonly principalSpan: SourceSpan;
  readonly objectSpan: SourceSpan;
  readonly accessSpan: SourceSpan;
}

export type ManageMode = 'authoritative' | 'additive';
export type ManagedKind = 'connections' | 'users' | 'teams' | 'memberships' | 'grants';

export interface LocalBackendSettings {
  readonly type: 'local';
  /** Absolute path of the state file. */
  readonly path: string;
  /** `backend.readOnly: true` (src/model/read-only.ts). */
  readonly readOnly?: boolean;
}

export type SettingValue = string | SecretRef;

export interface SigmaBackendSettings {
  readonly type: 'sigma';
  /** Each defaults to the Sigma CLI's environment variable when the file names none. */
  readonly baseUrl: SettingValue;
  readonly clientId: SettingValue;
  readonly clientSecret: SecretRef;
  readonly concurrency: number;
  readonly tryGrantApiForAllLevels: boolean;
  /** `backend.readOnly: true` (src/model/read-only.ts). */
  readonly readOnly?: boolean;
}

export type BackendSettings = LocalBackendSettings | SigmaBackendSettings;

export interface ProjectSettings {
  readonly backend: BackendSettings;
  readonly manage: Readonly<Record<ManagedKind, ManageMode>>;
  readonly safety: { readonly maxDeletes: number; readonly documentsOwner?: string };
  /** Severity overrides per rule id, from `lint.rules`. */
  readonly lintRules: Readonly<Record<string, Severity | 'off'>>;
  readonly include?: readonly string[];
}

export interface SourceFile {
  /** Absolute path. */
  readonly path: string;
  /** As diagnostics name it: relative to the working directory, `/`-separated. */
  readonly displayPath: string;
  /** The text as read (UTF-8, without a byte-order mark). */
  readonly text: string;
}

export interface Project {
  /** Absolute path of the folder that holds grantform.yaml. */
  readonly root: string;
  readonly configFile: SourceFile;
  readonly settings: ProjectSettings;
  /** Resource files, in path order. */
  readonly files: readonly SourceFile[];
  readonly connections: ReadonlyMap<string, ConnectionDecl>;
  readonly users: ReadonlyMap<string, UserDecl>;
  readonly teams: ReadonlyMap<string, TeamDecl>;
  readonly accountTypes: ReadonlyMap<string, AccountTypeDecl>;
  /** In file order, then position. Repeats are kept: duplicate-grant is the linter's finding. */
  readonly grants: readonly GrantDecl[];
}

export function principalKey(principal: Principal): string {
  return principal.kind === 'team' ? `team.${principal.name}` : `user.${principal.email}`;
}

export function describePrincipal(principal: Principal): string {
  return principal.kind === 'team' ? `team ${principal.name}` : `user ${principal.email}`;
}
