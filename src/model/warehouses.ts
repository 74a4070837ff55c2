// What differs between warehouse types, in one table: the names of the levels
// below a connection (Sigma's path arrays, reference/sigma-api.md §4.4) and
// the words a write-access destination uses (DESIGN.md §6).

export const WAREHOUSE_TYPES = [
  'snowflake',
  'bigquery',
  'postgres',
  'redshift',
  'databricks',
  'alloydb',
  'mysql',
  'sqlserver',
  'azuresql',
  'starburst',
] as const;

export type WarehouseType = (typeof WAREHOUSE_TYPES)[number];

/** The container levels between a connection and its tables, outermost first. */
export type ContainerKey = 'database' | 'catalog' | 'project' | 'schema' | 'dataset';
/** The leaves of the tree. */
export type LeafKey = 'table' | 'procedure';

export interface WarehouseShape {
  /** Container levels below the connection, e.g. `['database', 'schema']`. */
  readonly containers: readonly ContainerKey[];
  /** Field names of `writeAccess.destination`, in path order. */
  readonly destinationKeys: readonly ContainerKey[];
  /** Whether the connection may authenticate users with OAuth (and so use `writeAccess.destinations`). */
  readonly oauth: boolean;
  /** Whether Sigma keeps an input-table audit log destination (`writeAccess.auditLog`). */
  readonly auditLog: boolean;
}

const DATABASE_SCHEMA = ['database', 'schema'] as const;
const CATALOG_SCHEMA = ['catalog', 'schema'] as const;
const SCHEMA_ONLY = ['schema'] as const;

export const WAREHOUSES: Record<WarehouseType, WarehouseShape> = {
  snowflake: { containers: DATABASE_SCHEMA, destinationKeys: DATABASE_SCHEMA, oauth: true, auditLog: true },
  databricks: { containers: CATALOG_SCHEMA, destinationKeys: CATALOG_SCHEMA, oauth: true, auditLog: true },
  bigquery: { containers: ['project', 'dataset'], destinationKeys: ['project', 'dataset'], oauth: true, auditLog: false },
  sqlserver: { containers: DATABASE_SCHEMA, destinationKeys: DATABASE_SCHEMA, oauth: false, auditLog: false },
  azuresql: { containers: DATABASE_SCHEMA, destinationKeys: DATABASE_SCHEMA, oauth: false, auditLog: false },
  starburst: { containers: CATALOG_SCHEMA, destinationKeys: CATALOG_SCHEMA, oauth: false, auditLog: false },
  // The connection itself names the database: paths start at the schema.
  postgres: { containers: SCHEMA_ONLY, destinationKeys: SCHEMA_ONLY, oauth: false, auditLog: false },
  redshift: { containers: SCHEMA_ONLY, destinationKeys: SCHEMA_ONLY, oauth: false, auditLog: false },
  alloydb: { containers: SCHEMA_ONLY, destinationKeys: SCHEMA_ONLY, oauth: false, auditLog: false },
  mysql: { containers: SCHEMA_ONLY, destinationKeys: SCHEMA_ONLY, oauth: false, auditLog: false },
};

export function isWarehouseType(value: unknown): value is WarehouseType {
  return typeof value === 'string' && Object.hasOwn(WAREHOUSES, value);
}

/** The deepest path below a connection: its containers plus a table or procedure. */
export function maxPathDepth(type: WarehouseType): number {
  return WAREHOUSES[type].containers.length + 1;
}

/** What the n-th path segment (0-based) names in this warehouse, for messages. */
export function levelName(type: WarehouseType, index: number): string {
  const containers = WAREHOUSES[type].containers;
  return index < containers.length ? (containers[index] as string) : 'table or procedure';
}
