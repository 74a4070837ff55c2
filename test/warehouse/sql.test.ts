// `grantform warehouse sql`: one golden file per dialect (UPDATE_GOLDEN=1
// rewrites them), and every dialect's statements parsed by node-sql-parser.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sqlParser from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { runGrantform, writeProject } from '../support/temp-project.js';

const GOLDEN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');

// A hostile name in every position: the quotes of each dialect and a
// statement after them. (Control characters are refused by the schemas.)
const EVIL = 'x"`]\'\\; DROP TABLE t; --z';

const CONNECTIONS: Record<string, string> = {
  postgres: `  - name: pg\n    type: postgres\n    details: { user: sigma_svc }\n    writeAccess: { destination: { schema: sigma_write } }\n  - name: pg-evil\n    type: postgres\n    details: { user: ${JSON.stringify(EVIL)} }\n    writeAccess: { destination: { schema: ${JSON.stringify(EVIL)} } }\n`,
  redshift: `  - name: rs\n    type: redshift\n    details: { user: sigma_svc }\n    writeAccess: { destination: { schema: sigma_write } }\n`,
  snowflake: `  - name: sf\n    type: snowflake\n    details: { role: SIGMA_ROLE }\n    writeAccess:\n      destination: { database: SIGMA_DB, schema: WRITE }\n      auditLog: { database: SIGMA_DB, schema: AUDIT }\n      materializationWarehouse: SIGMA_WH\n      useDynamicTables: true\n  - name: sf-evil\n    type: snowflake\n    details: { role: ${JSON.stringify(EVIL)} }\n    writeAccess: { destination: { database: ${JSON.stringify(EVIL)}, schema: W } }\n`,
  bigquery: `  - name: bq\n    type: bigquery\n    writeAccess:\n      destination: { project: my-proj, dataset: sigma_write }\n      grantee: sigma@my-proj.iam.gserviceaccount.com\n  - name: bq-evil\n    type: bigquery\n    writeAccess:\n      destination: { project: ${JSON.stringify(EVIL)}, dataset: d }\n      grantee: ${JSON.stringify(EVIL)}\n`,
  databricks: `  - name: dbx\n    type: databricks\n    writeAccess:\n      destination: { catalog: main, schema: sigma_write }\n      auditLog: { catalog: main, schema: sigma_audit }\n      grantee: sigma-sp\n`,
  mysql: `  - name: my\n    type: mysql\n    details: { user: sigma_svc }\n    writeAccess: { destination: { schema: sigma_write } }\n  - name: my-evil\n    type: mysql\n    details: { user: ${JSON.stringify(EVIL)} }\n    writeAccess: { destination: { schema: ${JSON.stringify(EVIL)} } }\n`,
  sqlserver: `  - name: mssql\n    type: sqlserver\n    details: { user: sigma_svc }\n    writeAccess: { destination: { database: analytics, schema: sigma_write } }\n  - name: mssql-evil\n    type: azuresql\n    details: { user: ${JSON.stringify(EVIL)} }\n    writeAccess: { destination: { database: a, schema: ${JSON.stringify(EVIL)} } }\n`,
  starburst: `  - name: sb\n    type: starburst\n    writeAccess: { destination: { catalog: hive, schema: sigma_write } }\n`,
};

// node-sql-parser's `database` per dialect, and what it cannot parse.
const PARSER: Record<string, string | undefined> = {
  postgres: 'postgresql',
  redshift: 'redshift',
  snowflake: 'snowflake',
  bigquery: undefined, // node-sql-parser 5.4's BigQuery grammar throws a TypeError on CREATE SCHEMA and has no GRANT: golden file only.
  mysql: 'mysql',
  sqlserver: 'transactsql',
  databricks: undefined, // node-sql-parser has no Databricks / Spark SQL dialect: golden file only.
  starburst: undefined, // no statements emitted.
};

async function sqlOf(type: string): Promise<string> {
  const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n', 'connections.yaml': `connections:\n${CONNECTIONS[type]}` });
  const run = await runGrantform(['warehouse', 'sql', '.'], { cwd: dir });
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  return run.stdout;
}

function statementsOf(script: string): string[] {
  return script.split('\n').filter((line) => line !== '' && !line.startsWith('--')).map((line) => line.replace(/;$/, ''));
}

describe('grantform warehouse sql', () => {
  for (const type of Object.keys(CONNECTIONS)) {
    it(`matches the ${type} golden file, and each statement is one line outside any comment`, async () => {
      const output = await sqlOf(type);
      const file = path.join(GOLDEN, `${type}.sql`);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, output);
      expect(output).toBe(readFileSync(file, 'utf8'));
      expect(statementsOf(output).join('\n')).not.toMatch(/ALL PRIVILEGES|OWNERSHIP|OWNER TO/i);
    });
  }

  for (const [type, database] of Object.entries(PARSER)) {
    if (database === undefined) continue;
    it(`parses every ${type} statement with node-sql-parser (${database}), and each is exactly one statement`, async () => {
      const parser = new sqlParser.Parser();
      for (const statement of statementsOf(await sqlOf(type))) {
        // node-sql-parser's grammars do not accept doubled quotes or backslash escapes inside identifiers,
        // so the hostile names are checked by the golden files, not the parser.
        if (statement.includes('DROP TABLE')) continue;
        if (type === 'mysql' && statement.startsWith('GRANT')) continue; // its MySQL grammar has no GRANT … TO 'user'@'host': golden file only.
        if (type === 'snowflake' && statement.startsWith('GRANT')) continue; // its Snowflake grammar has no GRANT … TO ROLE: golden file only.
        if (type === 'sqlserver' && /^(IF|USE|GRANT)/.test(statement)) continue; // its TransactSQL grammar lacks IF/EXEC, USE and GRANT … ON SCHEMA::: golden file only.
        const ast = parser.astify(statement, { database });
        expect(Array.isArray(ast) ? ast.length : 1, statement).toBe(1);
      }
    });
  }

  it('says so when no connection has write access, and refuses an unknown --connection with exit 3', async () => {
    const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n', 'connections.yaml': 'connections:\n  - name: pg\n    type: postgres\n' });
    expect((await runGrantform(['warehouse', 'sql', '.'], { cwd: dir })).stdout).toContain('nothing to grant');
    const run = await runGrantform(['warehouse', 'sql', '.', '--connection', 'nope'], { cwd: dir });
    expect(run.exitCode).toBe(3); // a usage error
    expect(run.stderr).toContain('--connection names "nope"');
  });

  it('warehouse check prints the SQL to run by hand for warehouses it cannot connect to, and asks for checkDsn where it can', async () => {
    const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n', 'connections.yaml': `connections:\n${CONNECTIONS.snowflake}` });
    const sql = await runGrantform(['warehouse', 'check', '.', '--format', 'sql', '--connection', 'sf'], { cwd: dir });
    expect(sql.exitCode).toBe(0);
    expect(sql.stdout).toContain('GRANT CREATE VIEW ON SCHEMA "SIGMA_DB"."WRITE" TO ROLE "SIGMA_ROLE";');
    expect((await runGrantform(['warehouse', 'check', '.'], { cwd: dir })).stdout).toContain('run what `grantform warehouse sql` prints by hand');

    const pg = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n', 'connections.yaml': `connections:\n${CONNECTIONS.postgres}` });
    const run = await runGrantform(['warehouse', 'check', '.', '--connection', 'pg'], { cwd: pg });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('connection "pg" has no writeAccess.checkDsn');
  });
});
