// `warehouse check` / `warehouse apply` for PostgreSQL, Redshift, AlloyDB:
// ask the catalogs what the service user lacks, and run the fixes in one
// transaction. Driver errors become one sentence; the DSN never leaves.

import pg from 'pg';
import { EnvironmentError, GrantformError } from '../model/errors.js';
import { pgRequirements, type PgRequirement } from './dialects/postgres.js';
import type { WriteTarget } from './script.js';

/** Could not reach or log in to the warehouse: grantform could not run. */
export class WarehouseUnreachableError extends EnvironmentError {
  override readonly name = 'WarehouseUnreachableError';
}

export interface PgOptions {
  readonly connectionString: string;
  readonly timeoutMs?: number;
}

async function connect(options: PgOptions, connection: string): Promise<pg.Client> {
  let client: pg.Client;
  try {
    client = new pg.Client({ connectionString: options.connectionString, connectionTimeoutMillis: options.timeoutMs ?? 10_000, query_timeout: options.timeoutMs ?? 30_000 });
  } catch {
    throw new WarehouseUnreachableError(`the DSN for connection "${connection}" is not a valid PostgreSQL connection string`);
  }
  client.on('error', () => undefined); // a dropped connection surfaces on the next query
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new WarehouseUnreachableError(`could not connect to the warehouse of connection "${connection}": ${describe(error)}`);
  }
  return client;
}

/** One sentence from a driver error, without the DSN (the driver never puts the password in its messages, and we never add the DSN). */
function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ECONNREFUSED') return 'the connection was refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'the host name does not resolve';
  if (code === '28P01' || code === '28000') return 'the credentials were refused';
  if (code === '3D000') return 'the database does not exist';
  const message = error instanceof Error ? error.message : String(error);
  if (/timeout/i.test(message)) return 'it timed out';
  if (/invalid url|Invalid URL|ERR_INVALID_URL/.test(message) || code === 'ERR_INVALID_URL') return 'the DSN is not a valid connection string';
  return message.split('\n')[0] ?? 'unknown error';
}

export interface PgFinding {
  readonly requirement: PgRequirement;
}

async function missingWith(client: pg.Client, target: WriteTarget & { grantee: string }): Promise<PgRequirement[]> {
  // pg_user, not pg_roles: Redshift has the former only, and Sigma's user is a login.
  const role = await client.query('SELECT 1 FROM pg_user WHERE usename = $1', [target.grantee]);
  if (role.rowCount === 0) throw new GrantformError(`the user "${target.grantee}" of connection "${target.connection}" does not exist in the warehouse: create it first (grantform grants, it does not create logins)`);
  const missing: PgRequirement[] = [];
  for (const requirement of pgRequirements(target)) {
    const exists = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [requirement.schema]);
    if (requirement.need === 'schema') {
      if (exists.rowCount === 0) missing.push(requirement);
      continue;
    }
    if (exists.rowCount === 0) {
      missing.push(requirement);
      continue;
    }
    const granted = await client.query('SELECT has_schema_privilege($1, $2, $3) AS ok', [target.grantee, requirement.schema, requirement.need]);
    if (granted.rows[0]?.ok !== true) missing.push(requirement);
  }
  return missing;
}

export async function pgMissing(options: PgOptions, target: WriteTarget & { grantee: string }): Promise<PgRequirement[]> {
  const client = await connect(options, target.connection);
  try {
    return await missingWith(client, target).catch(rethrow(target.connection));
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs what is missing in one transaction; returns what it ran. */
export async function pgApply(options: PgOptions, target: WriteTarget & { grantee: string }, statements: readonly string[]): Promise<void> {
  if (statements.length === 0) return;
  const client = await connect(options, target.connection);
  try {
    await client.query('BEGIN');
    try {
      for (const statement of statements) await client.query(statement);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      const code = (error as { code?: string }).code;
      if (code === '42501') throw new GrantformError(`the DSN's user may not change the destination of connection "${target.connection}" (${describe(error)}): run warehouse apply as the schema's owner or an admin, nothing was changed`);
      throw new GrantformError(`warehouse apply failed for connection "${target.connection}": ${describe(error)}; nothing was changed`);
    }
  } finally {
    await client.end().catch(() => undefined);
  }
}

function rethrow(connection: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof GrantformError) throw error;
    throw new WarehouseUnreachableError(`could not check the warehouse of connection "${connection}": ${describe(error)}`);
  };
}
