// SQL Server and Azure SQL: a destination is a database and schema. Sigma's
// page does not list them among the write-access warehouses, so the output
// says so first.

import { bracketed, singleQuoted } from '../quote.js';
import { note, sql, type Dialect, type ScriptItem } from '../script.js';

export const sqlserverDialect: Dialect = {
  types: ['sqlserver', 'azuresql'],
  granteeField: 'user',
  parserDatabase: 'transactsql',
  statements(target) {
    const items: ScriptItem[] = [note("Sigma's Set up write access page names Snowflake, BigQuery, PostgreSQL, Redshift, Databricks, AlloyDB and MySQL, not SQL Server: check that your Sigma organization offers write access here before running")];
    if (target.grantee === undefined) return [...items, note('no grantee: set details.user or writeAccess.grantee to the database user Sigma connects as')];
    const user = bracketed(target.grantee);
    for (const path of target.destinations) {
      const [database, schema] = path as [string, string];
      const name = bracketed(schema);
      items.push({ kind: 'sql', sql: `USE ${bracketed(database)}`, why: 'the database of the write destination' });
      // CREATE SCHEMA must be alone in its batch: EXEC keeps it idempotent.
      items.push({ kind: 'sql', sql: `IF SCHEMA_ID(${singleQuoted(schema)}) IS NULL EXEC(${singleQuoted(`CREATE SCHEMA ${name}`)})`, why: 'the write destination of input tables, warehouse views, materialization, CSV upload' });
      items.push(sql(`GRANT CREATE TABLE, CREATE VIEW TO ${user}`, 'input tables', 'warehouse views', 'materialization', 'CSV upload'));
      items.push(sql(`GRANT ALTER, SELECT, INSERT, UPDATE, DELETE ON SCHEMA::${name} TO ${user}`, 'input tables', 'warehouse views', 'materialization', 'CSV upload'));
    }
    return items;
  },
};
