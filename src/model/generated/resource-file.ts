// Generated from schemas/resources.schema.json by `npm run gen:types`. Do not edit by hand.
/* eslint-disable */

/**
 * A warehouse connection, with its write-access destination.
 */
export type Connection = Connection1;
/**
 * Former names of the connection: one found live under such a name is renamed in place, keeping its id and grants.
 *
 * @minItems 1
 */
export type Previously = [Name, ...Name[]];
/**
 * A name, unique among its kind across all files of the project.
 */
export type Name = string;
/**
 * Former names of the team: one found live under such a name is renamed in place, keeping its id, members and grants.
 *
 * @minItems 1
 */
export type Previously1 = [Name, ...Name[]];
/**
 * Access for one team or one user on a connection or an object below it. It is inherited by every object below.
 */
export type Grant = {
  [k: string]: unknown;
} & Grant1;
/**
 * connection[/database[/schema[/table]]]: levels separated by /; a name containing /, . or " is written in double quotes ("" for a quote inside).
 */
export type ObjectPath = string;

/**
 * Connections, users, teams, account types and grants. Every resource file of a project may hold any of these lists; the lists of all files are merged.
 */
export interface ResourceFile {
  /**
   * Warehouse connections.
   */
  connections?: Connection[];
  /**
   * Users.
   */
  users?: User[];
  /**
   * Teams and their members.
   */
  teams?: Team[];
  /**
   * Custom account types, and overrides of Sigma's defaults.
   */
  accountTypes?: AccountType[];
  /**
   * Data access grants.
   */
  grants?: Grant[];
}
export interface Connection1 {
  /**
   * The connection's name in Sigma; grants name it as the first part of their object.
   */
  name: string;
  /**
   * The warehouse type. It decides the levels of object paths and the fields of the write destination.
   */
  type:
    | 'snowflake'
    | 'bigquery'
    | 'postgres'
    | 'redshift'
    | 'databricks'
    | 'alloydb'
    | 'mysql'
    | 'sqlserver'
    | 'azuresql'
    | 'starburst';
  /**
   * What the connection is for.
   */
  description?: string;
  previously?: Previously;
  /**
   * Users sign in to the warehouse with OAuth (snowflake, databricks, bigquery).
   */
  useOauth?: boolean;
  /**
   * The warehouse's own connection fields (host, account, user…). Secrets are { env: NAME }. Optional on the local backend; the Sigma backend needs what the warehouse needs.
   */
  details?: {};
  /**
   * Raise this number to send the connection's secrets again (Sigma never returns secrets, so a plan cannot see a rotated one).
   */
  secretsVersion?: number;
  writeAccess?: WriteAccess;
}
/**
 * Write access: where Sigma writes input tables, CSV uploads and materializations. Leave it out to keep write access disabled.
 */
export interface WriteAccess {
  destination?: WriteDestination;
  /**
   * The write destinations of an OAuth connection (useOauth: true; snowflake, databricks, bigquery).
   *
   * @minItems 1
   */
  destinations?: [WriteDestination1, ...WriteDestination1[]];
  auditLog?: WriteDestination2;
  /**
   * Snowflake: the warehouse that runs materializations.
   */
  materializationWarehouse?: string;
  /**
   * Snowflake: materialize with dynamic tables.
   */
  useDynamicTables?: boolean;
  /**
   * The warehouse identity `grantform warehouse sql` grants write privileges to, where details do not name it (a BigQuery service account email, a Databricks principal) or to override details.user / details.role. Never sent to Sigma.
   */
  grantee?: string;
  checkDsn?: SecretReference;
}
/**
 * The write destination (non-OAuth connections): schema; database and schema; catalog and schema; or project and dataset, by warehouse type.
 */
export interface WriteDestination {}
/**
 * Where Sigma writes input tables, CSV uploads, materializations and warehouse views. Its fields are the warehouse's own words. It must be apart from the data people browse, and it is not browsable.
 */
export interface WriteDestination1 {}
/**
 * Where Sigma writes input tables, CSV uploads, materializations and warehouse views. Its fields are the warehouse's own words. It must be apart from the data people browse, and it is not browsable.
 */
export interface WriteDestination2 {}
/**
 * PostgreSQL, Redshift, AlloyDB: the environment variable holding the connection string (DSN) `grantform warehouse check` and `warehouse apply` connect with, as { env: NAME }: an admin that may create the destination and grant on it. Never sent to Sigma.
 */
export interface SecretReference {
  /**
   * Name of the environment variable that holds the secret.
   */
  env: string;
}
/**
 * A Sigma user, identified by email.
 */
export interface User {
  /**
   * The user's email address: how Sigma and grantform identify a user (compared case-insensitively).
   */
  email: string;
  /**
   * A name, unique among its kind across all files of the project.
   */
  accountType: string;
  /**
   * First name, used when grantform creates the user.
   */
  firstName?: string;
  /**
   * Last name, used when grantform creates the user.
   */
  lastName?: string;
  /**
   * grantform (default) or scim: a SCIM user belongs to the identity provider; grantform only manages its grants.
   */
  managedBy?: 'grantform' | 'scim';
}
/**
 * A Sigma team. Its grants reach every member, as far as each member's account type allows.
 */
export interface Team {
  /**
   * A name, unique among its kind across all files of the project.
   */
  name: string;
  /**
   * What the team is for.
   */
  description?: string;
  /**
   * Emails of the team's members.
   *
   * Items: A member's email; the user must be declared.
   */
  members?: string[];
  /**
   * grantform (default) or scim: a SCIM team belongs to the identity provider; grantform never changes its members or name.
   */
  managedBy?: 'grantform' | 'scim';
  previously?: Previously1;
}
/**
 * A custom account type, or an override of one of Sigma's defaults (Admin, Creator, Viewer, Explorer) where the org has edited it. The linter reasons on these permissions.
 */
export interface AccountType {
  /**
   * A name, unique among its kind across all files of the project.
   */
  name: string;
  /**
   * What the account type is for.
   */
  description?: string;
  /**
   * The permissions the account type has.
   *
   * Items: A permission name as Sigma's API writes it, e.g. view-connections, manage-connections, annotate-tables, create-input-tables, upload-csv, schedule-materializations, create-warehouse-views.
   */
  permissions: string[];
}
export interface Grant1 {
  /**
   * A name, unique among its kind across all files of the project.
   */
  team?: string;
  /**
   * The user who gets access. Exactly one of team / user.
   */
  user?: string;
  /**
   * What the grant is on: a path string (snowflake-prod/ANALYTICS/FINANCE) or a map of levels.
   */
  object: ObjectPath | Object;
  /**
   * write-only < use < use-and-annotate < admin. write-only and admin only on a whole connection.
   */
  access: 'write-only' | 'use' | 'use-and-annotate' | 'admin';
}
/**
 * A warehouse object by its levels. Use the warehouse's words: database, catalog or project; then schema or dataset; then table or procedure.
 */
export interface Object {
  /**
   * A name, unique among its kind across all files of the project.
   */
  connection: string;
  /**
   * Database (snowflake, sqlserver, azuresql).
   */
  database?: string;
  /**
   * Catalog (databricks, starburst).
   */
  catalog?: string;
  /**
   * Project (bigquery).
   */
  project?: string;
  /**
   * Schema.
   */
  schema?: string;
  /**
   * Dataset (bigquery).
   */
  dataset?: string;
  /**
   * Table (or view).
   */
  table?: string;
  /**
   * Stored procedure.
   */
  procedure?: string;
}
