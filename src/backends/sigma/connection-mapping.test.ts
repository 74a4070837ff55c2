import { describe, expect, it } from 'vitest';
import { comparableConnection } from '../../model/live.js';
import type { ConnectionSpec } from '../../model/resources.js';
import { fromApiConnection, toApiDetails, warehouseOf, writeAccessChanged } from './connection-mapping.js';
import type { WireConnection } from './wire.js';

const secret = (ref: { env: string }) => `value-of-${ref.env}`;

const base: Omit<WireConnection, 'type' | 'name'> = { connectionId: 'c1', useOauth: false };

describe('toApiDetails', () => {
  it('writes a Snowflake destination as writeDatabase/writeSchema, with secrets read at that moment', () => {
    const spec: ConnectionSpec = {
      name: 'snowflake-prod',
      type: 'snowflake',
      useOauth: false,
      details: { account: 'acme', user: 'SIGMA', password: { env: 'SNOWFLAKE_PASSWORD' } },
      writeAccess: { destinations: [['SIGMA_WRITE', 'WRITEBACK']], auditLog: ['AUDIT', 'LOG'], materializationWarehouse: 'MAT_WH' },
    };
    expect(toApiDetails(spec, secret)).toEqual({
      type: 'snowflake',
      account: 'acme',
      user: 'SIGMA',
      password: 'value-of-SNOWFLAKE_PASSWORD',
      writeAccess: { writeDatabase: 'SIGMA_WRITE', writeSchema: 'WRITEBACK', materializationWarehouse: 'MAT_WH' },
      inputTableAuditLogSchema: { writeDatabase: 'AUDIT', writeSchema: 'LOG' },
    });
  });

  it('lists OAuth destinations as writebackSchemas, in the warehouse\'s words', () => {
    const spec: ConnectionSpec = {
      name: 'lake',
      type: 'databricks',
      useOauth: true,
      details: { host: 'h' },
      writeAccess: { destinations: [['cat_a', 's1'], ['cat_b', 's2']] },
    };
    expect(toApiDetails(spec, secret)).toEqual({
      type: 'databricks',
      host: 'h',
      useOauth: true,
      writebackSchemas: [
        { writeCatalog: 'cat_a', writeSchema: 's1' },
        { writeCatalog: 'cat_b', writeSchema: 's2' },
      ],
    });
  });

  it('gives schema-only warehouses writeSchema, and BigQuery writeProject/writeDataset under its own type name', () => {
    expect(toApiDetails({ name: 'pg', type: 'postgres', useOauth: false, details: { host: 'h', database: 'd' }, writeAccess: { destinations: [['W']] } }, secret)).toMatchObject({
      type: 'postgres',
      writeAccess: { writeSchema: 'W' },
    });
    expect(toApiDetails({ name: 'bq', type: 'bigquery', useOauth: false, details: { projectId: 'p' }, writeAccess: { destinations: [['proj', 'ds']] } }, secret)).toMatchObject({
      type: 'bigQuery',
      writeAccess: { writeProject: 'proj', writeDataset: 'ds' },
    });
  });
});

describe('fromApiConnection', () => {
  it('maps the normalised writebacks back to the files\' destination, so that an unchanged connection compares equal', () => {
    const desired: ConnectionSpec = {
      name: 'snowflake-prod',
      type: 'snowflake',
      description: 'only in the files',
      useOauth: false,
      details: { account: 'acme', warehouse: 'WH', host: 'not-returned', password: { env: 'P' } },
      secretsVersion: 3,
      writeAccess: { destinations: [['SIGMA_WRITE', 'WRITEBACK']], useDynamicTables: true },
    };
    const read = fromApiConnection({
      ...base,
      name: 'snowflake-prod',
      type: 'snowflake',
      account: 'acme',
      warehouse: 'WH',
      writeAccess: true,
      writebacks: [{ database: 'SIGMA_WRITE', schema: 'WRITEBACK', writebackSchemaId: 'w1' }],
    });
    expect(read?.spec.writeAccess).toEqual({ destinations: [['SIGMA_WRITE', 'WRITEBACK']] });
    expect(read?.spec.details).toEqual({ account: 'acme', warehouse: 'WH' });
    expect(comparableConnection(desired, read?.readable)).toEqual(comparableConnection(read?.spec as ConnectionSpec, read?.readable));
  });

  it('reads a schema-only warehouse\'s destination from the normalised schema', () => {
    const read = fromApiConnection({ ...base, name: 'pg', type: 'postgres', user: 'u', writeAccess: true, writebacks: [{ database: 'analytics', schema: 'W' }] });
    expect(read?.spec).toMatchObject({ type: 'postgres', details: { user: 'u' }, writeAccess: { destinations: [['W']] } });
  });

  it('reads OAuth destinations and the audit log', () => {
    const read = fromApiConnection({
      ...base,
      name: 'lake',
      type: 'databricks',
      useOauth: true,
      writeAccess: true,
      writebackSchemas: [{ database: 'a', schema: 'b' }, { database: 'c', schema: 'd' }],
      inputTableAuditLogSchema: { database: 'e', schema: 'f' },
    });
    expect(read?.spec.writeAccess).toEqual({ destinations: [['a', 'b'], ['c', 'd']], auditLog: ['e', 'f'] });
  });

  it('skips archived connections and warehouses grantform does not manage', () => {
    expect(fromApiConnection({ ...base, name: 'x', type: 'snowflake', isArchived: true })).toBeUndefined();
    expect(fromApiConnection({ ...base, name: 'x', type: 'oracle' })).toBeUndefined();
    expect(warehouseOf('bigQuery')).toBe('bigquery');
  });
});

describe('writeAccessChanged', () => {
  const spec = (destinations: string[][] | undefined): ConnectionSpec => ({ name: 'c', type: 'snowflake', useOauth: false, details: {}, ...(destinations && { writeAccess: { destinations } }) });
  it('sees enabling, disabling and moving the destination, not other edits', () => {
    expect(writeAccessChanged(spec(undefined), spec([['A', 'B']]))).toBe(true);
    expect(writeAccessChanged(spec([['A', 'B']]), spec(undefined))).toBe(true);
    expect(writeAccessChanged(spec([['A', 'B']]), spec([['A', 'C']]))).toBe(true);
    expect(writeAccessChanged(spec([['A', 'B']]), { ...spec([['A', 'B']]), details: { warehouse: 'X' } })).toBe(false);
  });
});
