// A seeded connection's `details` as the API would have received them: the
// grantform-style `writeAccess` (the warehouse's own words, e.g.
// `{database, schema}`) turned into the request fields of conn → POST
// /v2/connections (`details.writeAccess.writeDatabase`…, `writebackSchemas`
// for OAuth connections, `inputTableAuditLogSchema`).

import { WAREHOUSES } from '../../model/warehouses.js';
import { apiType, writeFields } from '../org/warehouse-api.js';
import { SeedError } from './load.js';
import type { SeedConnection, SeedDestination } from './types.js';

export function apiDetails(connection: SeedConnection, where: string): Record<string, unknown> {
  const warehouse = connection.type;
  const details: Record<string, unknown> = { ...(connection.details ?? {}), type: apiType(warehouse) };
  if (connection.useOauth === true) details.useOauth = true;
  const access = connection.writeAccess;
  if (!access) return details;
  const keys = WAREHOUSES[warehouse].destinationKeys;
  const fields = writeFields(warehouse);
  const toFields = (destination: SeedDestination, at: string): Record<string, string> => {
    const extra = Object.keys(destination).filter((key) => !(keys as readonly string[]).includes(key));
    if (extra.length > 0 || keys.some((key) => destination[key] === undefined)) {
      throw new SeedError(`${at}: a ${warehouse} write destination takes ${keys.join(' and ')}`);
    }
    return Object.fromEntries(keys.map((key, index) => [fields[index] as string, destination[key] as string]));
  };
  let writeAccess: Record<string, unknown> | undefined;
  if (access.destination) writeAccess = toFields(access.destination, `${where}.writeAccess.destination`);
  if (access.destinations) {
    const list = access.destinations.map((each, index) => toFields(each, `${where}.writeAccess.destinations[${index}]`));
    // BigQuery's body has no `writebackSchemas`: its one destination stays in `writeAccess`.
    if (warehouse === 'bigquery') {
      if (list.length > 1) throw new SeedError(`${where}.writeAccess.destinations: a bigquery connection has one write destination`);
      writeAccess = list[0];
    } else {
      details.writebackSchemas = list;
    }
  }
  if (access.materializationWarehouse !== undefined || access.useDynamicTables !== undefined) {
    if (warehouse !== 'snowflake') throw new SeedError(`${where}.writeAccess: materializationWarehouse and useDynamicTables are Snowflake settings`);
    writeAccess = { ...writeAccess };
    if (access.materializationWarehouse !== undefined) writeAccess.materializationWarehouse = access.materializationWarehouse;
    if (access.useDynamicTables !== undefined) writeAccess.useDynamicTables = access.useDynamicTables;
  }
  if (writeAccess) details.writeAccess = writeAccess;
  if (access.auditLog) {
    if (!WAREHOUSES[warehouse].auditLog) throw new SeedError(`${where}.writeAccess.auditLog: only snowflake and databricks connections keep an audit log`);
    details.inputTableAuditLogSchema = toFields(access.auditLog, `${where}.writeAccess.auditLog`);
  }
  return details;
}
