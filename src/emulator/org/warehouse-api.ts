// How the API writes what differs between warehouse types: the `details.type`
// value, the write-destination fields of request bodies (conn → POST
// /v2/connections, per warehouse branch of `details`), the secret fields, and
// the normalised `{database, schema}` pairs that responses carry. This is the
// emulator's own reading of the contract; the Sigma client has its own.

import { WAREHOUSES, type WarehouseType } from '../../model/warehouses.js';

/** `details.type` per warehouse: BigQuery is the only one spelt differently. */
const API_TYPE: Record<WarehouseType, string> = {
  snowflake: 'snowflake',
  bigquery: 'bigQuery',
  postgres: 'postgres',
  redshift: 'redshift',
  databricks: 'databricks',
  alloydb: 'alloydb',
  mysql: 'mysql',
  sqlserver: 'sqlserver',
  azuresql: 'azuresql',
  starburst: 'starburst',
};

export function apiType(warehouse: WarehouseType): string {
  return API_TYPE[warehouse];
}

export function warehouseOfApiType(type: unknown): WarehouseType | undefined {
  return (Object.keys(API_TYPE) as WarehouseType[]).find((each) => API_TYPE[each] === type);
}

/** The request fields of a write destination, in path order (`writeAccess`, `writebackSchemas[]`, `inputTableAuditLogSchema`). */
export function writeFields(warehouse: WarehouseType): readonly string[] {
  switch (WAREHOUSES[warehouse].destinationKeys.join('/')) {
    case 'database/schema':
      return ['writeDatabase', 'writeSchema'];
    case 'catalog/schema':
      return ['writeCatalog', 'writeSchema'];
    case 'project/dataset':
      return ['writeProject', 'writeDataset'];
    default:
      return ['writeSchema'];
  }
}

/** Fields of `details` that hold secrets: accepted, stored, never rendered. */
export const SECRET_DETAIL_KEYS: ReadonlySet<string> = new Set([
  'password',
  'privateKey',
  'privateKeyPassphrase',
  'token',
  'serviceAccount',
  'clientSecret',
  'pythonSecrets',
]);

export interface NormalisedDestination {
  readonly database: string;
  readonly schema: string;
}

export interface WriteDestinations {
  readonly destinations: readonly NormalisedDestination[];
  readonly auditLog: NormalisedDestination | undefined;
}

/**
 * The write destinations a connection's details hold, as responses write
 * them. Undocumented: the emulator assumes that schema-only warehouses
 * (postgres, redshift, alloydb, mysql) report the connection's own
 * `details.database` as `database` (an empty string when there is none, as
 * for mysql), and that an OAuth connection's `writeAccess` destination (the
 * only form BigQuery's body allows) joins its `writebackSchemas`.
 */
export function writeDestinations(warehouse: WarehouseType, details: Readonly<Record<string, unknown>>): WriteDestinations {
  const fields = writeFields(warehouse);
  const destinations: NormalisedDestination[] = [];
  const add = (value: unknown): void => {
    const normalised = normalise(fields, value, details);
    if (normalised && !destinations.some((each) => each.database === normalised.database && each.schema === normalised.schema)) {
      destinations.push(normalised);
    }
  };
  add(details.writeAccess);
  if (Array.isArray(details.writebackSchemas)) for (const each of details.writebackSchemas) add(each);
  return { destinations, auditLog: normalise(fields, details.inputTableAuditLogSchema, details) };
}

function normalise(fields: readonly string[], value: unknown, details: Readonly<Record<string, unknown>>): NormalisedDestination | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const names = fields.map((field) => record[field]);
  if (!names.every((name): name is string => typeof name === 'string' && name !== '')) return undefined;
  if (names.length === 1) {
    const database = typeof details.database === 'string' ? details.database : '';
    return { database, schema: names[0] as string };
  }
  return { database: names[0] as string, schema: names[1] as string };
}

/** Details without their secrets, for the state dump: a secret shows only that it is set. */
export function redactDetails(details: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(details)) result[key] = SECRET_DETAIL_KEYS.has(key) ? '[redacted]' : value;
  return result;
}
