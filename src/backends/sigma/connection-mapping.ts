// A connection in grantform's words ↔ Sigma's: the YAML write destination in
// the warehouse's own words ↔ the warehouse-specific `details` fields
// (conn → POST /v2/connections, `details.oneOf`), and the normalised
// `writebacks: [{database, schema}]` of responses mapped back, so that an
// unchanged connection reads back equal to its files (DESIGN.md §6).

import type { ReadableConnectionFields } from '../../model/live.js';
import type { DetailValue, SecretRef } from '../../model/project.js';
import type { ConnectionSpec, WriteAccessSpec } from '../../model/resources.js';
import { WAREHOUSES, type WarehouseType } from '../../model/warehouses.js';
import type { WireConnection, WireDetailValue, WireWriteback } from './wire.js';

/** The `details.type` Sigma uses for each warehouse. */
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

/** Field names of `details.writeAccess` (and of `writebackSchemas[]`, `inputTableAuditLogSchema`), in path order. */
const WRITE_FIELDS: Record<WarehouseType, readonly string[]> = {
  snowflake: ['writeDatabase', 'writeSchema'],
  sqlserver: ['writeDatabase', 'writeSchema'],
  azuresql: ['writeDatabase', 'writeSchema'],
  databricks: ['writeCatalog', 'writeSchema'],
  starburst: ['writeCatalog', 'writeSchema'],
  bigquery: ['writeProject', 'writeDataset'],
  postgres: ['writeSchema'],
  redshift: ['writeSchema'],
  alloydb: ['writeSchema'],
  mysql: ['writeSchema'],
};

/** Only these `details` variants take `writebackSchemas` (OAuth destinations) and `inputTableAuditLogSchema`. */
const HAS_WRITEBACK_SCHEMAS: ReadonlySet<WarehouseType> = new Set(['snowflake', 'databricks']);

/**
 * Response fields that carry a `details` value back, per warehouse (conn →
 * Connection): the only details a plan can compare. Sigma returns no host,
 * port, database, project or secret.
 */
const OAUTH_FIELDS = {
  metadataUrl: 'oauthMetadataUrl',
  clientId: 'oauthClientId',
  scopes: 'oauthScopes',
  idpType: 'oauthIdpType',
  usePkce: 'oauthUsePkce',
  useJwt: 'oauthUseJwt',
} as const;
const READ_BACK: Record<WarehouseType, Readonly<Record<string, keyof WireConnection>>> = {
  snowflake: { account: 'account', warehouse: 'warehouse', user: 'user', role: 'role', exportsWarehouse: 'exportsWarehouse', userAttributes: 'userAttributes', roleSwitching: 'roleSwitching', ...OAUTH_FIELDS },
  databricks: { ...OAUTH_FIELDS },
  bigquery: { audience: 'oauthAudience', ...OAUTH_FIELDS },
  postgres: { user: 'user' },
  redshift: { user: 'user' },
  alloydb: { user: 'user' },
  mysql: { user: 'user' },
  sqlserver: { user: 'user' },
  azuresql: { user: 'user' },
  starburst: { user: 'user' },
};

export function apiType(type: WarehouseType): string {
  return API_TYPE[type];
}

/** The warehouse of a response's `type` ("bigQuery" → bigquery); undefined for one grantform does not manage. */
export function warehouseOf(type: string): WarehouseType | undefined {
  const lower = type.toLowerCase();
  return (Object.keys(API_TYPE) as WarehouseType[]).find((each) => API_TYPE[each].toLowerCase() === lower);
}

export function isSecretRef(value: DetailValue): value is SecretRef {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { env?: unknown }).env === 'string' && Object.keys(value).length === 1;
}

/**
 * The `details` of a create or a PUT, whole (PUT replaces them): the files'
 * fields, each secret read by `secret` at this moment only, `useOauth`, and
 * the write destination in the warehouse's words.
 */
export function toApiDetails(spec: ConnectionSpec, secret: (ref: SecretRef, field: string) => string): Record<string, WireDetailValue> {
  const details: Record<string, WireDetailValue> = { type: API_TYPE[spec.type] };
  for (const [key, value] of Object.entries(spec.details)) {
    details[key] = isSecretRef(value) ? secret(value, key) : (value as WireDetailValue);
  }
  if (spec.useOauth && WAREHOUSES[spec.type].oauth) details.useOauth = true;
  if (spec.writeAccess) Object.assign(details, writeAccessDetails(spec));
  return details;
}

function writeAccessDetails(spec: ConnectionSpec): Record<string, WireDetailValue> {
  const write = spec.writeAccess as WriteAccessSpec;
  const fields = WRITE_FIELDS[spec.type];
  const named = (path: readonly string[]) => Object.fromEntries(fields.map((field, index) => [field, path[index] ?? '']));
  const extras = {
    ...(write.materializationWarehouse !== undefined && { materializationWarehouse: write.materializationWarehouse }),
    ...(write.useDynamicTables !== undefined && { useDynamicTables: write.useDynamicTables }),
  };
  const result: Record<string, WireDetailValue> = {};
  if (spec.useOauth && HAS_WRITEBACK_SCHEMAS.has(spec.type)) {
    result.writebackSchemas = write.destinations.map(named) as unknown as WireDetailValue;
    if (Object.keys(extras).length > 0) result.writeAccess = extras;
  } else {
    const [first] = write.destinations;
    result.writeAccess = { ...(first ? named(first) : {}), ...extras };
  }
  if (write.auditLog && HAS_WRITEBACK_SCHEMAS.has(spec.type)) result.inputTableAuditLogSchema = named(write.auditLog);
  return result;
}

/** Whether two connections differ in their write access (the change that needs an Admin and a connection test). */
export function writeAccessChanged(before: ConnectionSpec | undefined, after: ConnectionSpec | undefined): boolean {
  return JSON.stringify(writeKey(before)) !== JSON.stringify(writeKey(after));
}

function writeKey(spec: ConnectionSpec | undefined): unknown {
  const write = spec?.writeAccess;
  return write ? [write.destinations, write.auditLog ?? null] : null;
}

export interface ReadConnection {
  readonly spec: ConnectionSpec;
  readonly readable: ReadableConnectionFields;
}

/** A response connection in the files' words; undefined for an archived one or a warehouse grantform does not manage. */
export function fromApiConnection(wire: WireConnection): ReadConnection | undefined {
  const type = warehouseOf(wire.type);
  if (!type || wire.isArchived === true) return undefined;
  const readBack = READ_BACK[type];
  const details: Record<string, DetailValue> = {};
  for (const [key, field] of Object.entries(readBack)) {
    const value = wire[field];
    if (value === undefined || value === null || value === '') continue;
    if (typeof value === 'object' && !Array.isArray(value)) {
      const entries = Object.entries(value).filter(([, each]) => typeof each === 'string' && each !== '');
      if (entries.length > 0) details[key] = Object.fromEntries(entries) as Record<string, string>;
      continue;
    }
    details[key] = value as DetailValue;
  }
  const writeAccess = readWriteAccess(wire, type);
  return {
    spec: {
      name: wire.name,
      type,
      useOauth: wire.useOauth === true,
      details,
      ...(writeAccess && { writeAccess }),
    },
    readable: {
      details: Object.keys(readBack),
      description: false,
      secretsVersion: false,
      writeAccess: type === 'snowflake' ? ['materializationWarehouse'] : [],
    },
  };
}

/** `writebacks`/`writebackSchemas` ({database, schema}, normalised) back to paths in the warehouse's order. */
function readWriteAccess(wire: WireConnection, type: WarehouseType): WriteAccessSpec | undefined {
  const depth = WAREHOUSES[type].destinationKeys.length;
  const toPath = (writeback: WireWriteback): string[] => (depth === 1 ? [writeback.schema] : [writeback.database, writeback.schema]);
  const listed = wire.useOauth && (wire.writebackSchemas?.length ?? 0) > 0 ? wire.writebackSchemas : wire.writebacks?.length ? wire.writebacks : wire.writebackSchemas;
  const destinations = (listed ?? []).map(toPath);
  if (destinations.length === 0 && wire.writeAccess !== true) return undefined;
  return {
    destinations,
    ...(wire.inputTableAuditLogSchema && { auditLog: toPath(wire.inputTableAuditLogSchema) }),
    ...(type === 'snowflake' && wire.materializationWarehouse !== undefined && wire.materializationWarehouse !== '' && { materializationWarehouse: wire.materializationWarehouse }),
  };
}
