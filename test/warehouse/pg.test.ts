// warehouse check / apply against a real PostgreSQL server started by this
// file: missing privileges are found, applied in one transaction, and then
// the service user can create in the destination and nowhere else.

import { createServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../support/postgres-server.js';
import { runGrantform, STACK_TRACE, writeProject } from '../support/temp-project.js';

let server: PostgresServer;
const PASSWORD = 's3cret-Pa55word';

beforeAll(async () => {
  server = await startPostgres();
  const admin = new pg.Client({ connectionString: server.dsn() });
  await admin.connect();
  await admin.query(`CREATE ROLE sigma_svc LOGIN`);
  await admin.query(`CREATE ROLE weak LOGIN`);
  await admin.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  await admin.end();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

function project(schema = 'sigma_write'): Promise<string> {
  return writeProject({
    'grantform.yaml': 'backend:\n  type: local\n',
    'connections.yaml': `connections:\n  - name: pg\n    type: postgres\n    details: { user: sigma_svc }\n    writeAccess:\n      destination: { schema: ${schema} }\n      checkDsn: { env: PG_ADMIN_DSN }\n`,
  });
}

describe('grantform warehouse check / apply on PostgreSQL', () => {
  it('check lists what is missing, apply fixes it in one go, check is clean, a second apply runs nothing', async () => {
    const dir = await project();
    const env = { PG_ADMIN_DSN: server.dsn('postgres', PASSWORD) };
    const before = await runGrantform(['warehouse', 'check', '.'], { cwd: dir, env });
    expect(before.stderr).toBe('');
    expect(before.stdout).toContain('pg: 3 missing');
    expect(before.stdout).toContain('fix: CREATE SCHEMA IF NOT EXISTS "sigma_write";');
    expect(before.stdout).toContain('fix: GRANT CREATE ON SCHEMA "sigma_write" TO "sigma_svc";');
    expect(before.exitCode).toBe(1);

    const asSql = await runGrantform(['warehouse', 'check', '.', '--format', 'sql'], { cwd: dir, env });
    expect(asSql.stdout).toContain('GRANT USAGE ON SCHEMA "sigma_write" TO "sigma_svc";');

    const apply = await runGrantform(['warehouse', 'apply', '.', '--auto-approve'], { cwd: dir, env });
    expect(apply.stderr).toBe('');
    expect(apply.stdout).toContain('Applied: 3 statements; warehouse check is clean.');
    expect(apply.exitCode).toBe(0);

    const after = await runGrantform(['warehouse', 'check', '.'], { cwd: dir, env });
    expect(after.stdout).toBe('pg: write destination ready\n');
    expect(after.exitCode).toBe(0);

    const again = await runGrantform(['warehouse', 'apply', '.', '--auto-approve'], { cwd: dir, env });
    expect(again.stdout).toBe('Nothing to run: every write destination is ready.\n');

    for (const run of [before, asSql, apply, after, again]) expect(run.stdout + run.stderr).not.toContain(PASSWORD);

    // As the service user: the destination takes a table and a view, public does not.
    const service = new pg.Client({ connectionString: server.dsn('sigma_svc') });
    await service.connect();
    await service.query('CREATE TABLE sigma_write.input_table (id int)');
    await service.query('CREATE VIEW sigma_write.input_view AS SELECT id FROM sigma_write.input_table');
    await expect(service.query('CREATE TABLE public.outside (id int)')).rejects.toThrow(/permission denied/);
    await service.end();
  });

  it('a user without the right to grant gets one sentence and nothing changes', async () => {
    const dir = await project('weak_dest');
    const run = await runGrantform(['warehouse', 'apply', '.', '--auto-approve'], { cwd: dir, env: { PG_ADMIN_DSN: server.dsn('weak', PASSWORD) } });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/may not change the destination of connection "pg".*nothing was changed/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stderr + run.stdout).not.toContain(PASSWORD);
  });

  it('a wrong DSN, a refused connection and a timeout each give one sentence and exit 3, without the password', async () => {
    const dir = await project();
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const silentPort = (silent.address() as AddressInfo).port;
    const cases: [string, Record<string, string>, RegExp][] = [
      ['not a dsn', { PG_ADMIN_DSN: `postgres://u:${PASSWORD}@[::bad` }, /could not connect|not a valid/],
      ['refused', { PG_ADMIN_DSN: `postgres://u:${PASSWORD}@127.0.0.1:1/db` }, /the connection was refused/],
      // A loopback server that accepts and never answers: the connect times out.
      ['timeout', { PG_ADMIN_DSN: `postgres://u:${PASSWORD}@127.0.0.1:${silentPort}/db`, GRANTFORM_WAREHOUSE_TIMEOUT_MS: '300' }, /timed out/],
    ];
    for (const [label, env, message] of cases) {
      const run = await runGrantform(['warehouse', 'check', '.'], { cwd: dir, env });
      expect(run.exitCode, label).toBe(3);
      expect(run.stderr, label).toMatch(message);
      expect(run.stderr.trim().split('\n').length, label).toBe(1);
      expect(run.stderr + run.stdout, label).not.toContain(PASSWORD);
    }
    silent.close();
  });

  it('--read-only refuses apply', async () => {
    const dir = await project();
    const run = await runGrantform(['warehouse', 'apply', '.', '--auto-approve', '--read-only'], { cwd: dir, env: { PG_ADMIN_DSN: server.dsn() } });
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain('warehouse apply cannot run in read-only mode (--read-only)');
    const byEnv = await runGrantform(['warehouse', 'apply', '.', '--auto-approve'], { cwd: dir, env: { PG_ADMIN_DSN: server.dsn(), GRANTFORM_READ_ONLY: '1' } });
    expect(byEnv.exitCode).not.toBe(0);
    expect(byEnv.stderr).toContain('read-only mode (GRANTFORM_READ_ONLY=1)');
  });
});
