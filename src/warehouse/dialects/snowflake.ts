// Snowflake: a destination is a database and schema; privileges go to the
// role Sigma connects with (details.role), never ownership.

import { doubleQuoted } from '../quote.js';
import { note, sql, type Dialect, type ScriptItem } from '../script.js';

export const snowflakeDialect: Dialect = {
  types: ['snowflake'],
  granteeField: 'role',
  parserDatabase: 'snowflake',
  statements(target) {
    const items: ScriptItem[] = [
      note("the stored copy of Sigma's page is cut before its privilege list; the grants below are USAGE on the database and USAGE, CREATE TABLE, CREATE VIEW, CREATE STAGE on the schema: compare them with the page before running"),
      note('quoted names are case-sensitive in Snowflake: write them in the YAML as Snowflake stores them (usually upper case)'),
    ];
    if (target.grantee === undefined) return [...items, note('no grantee: set details.role or writeAccess.grantee to the role Sigma connects with')];
    const role = doubleQuoted(target.grantee);
    const places = [...target.destinations.map((path) => ({ path, audit: false })), ...(target.auditLog ? [{ path: target.auditLog, audit: true }] : [])];
    for (const { path, audit } of places) {
      const [database, schema] = path as [string, string];
      const qualified = `${doubleQuoted(database)}.${doubleQuoted(schema)}`;
      const what = audit ? 'the input-table audit log' : 'input tables, warehouse views, materialization, CSV upload';
      items.push({ kind: 'sql', sql: `CREATE DATABASE IF NOT EXISTS ${doubleQuoted(database)}`, why: `the database of ${what}` });
      items.push({ kind: 'sql', sql: `CREATE SCHEMA IF NOT EXISTS ${qualified}`, why: `the write destination of ${what}` });
      items.push({ kind: 'sql', sql: `GRANT USAGE ON DATABASE ${doubleQuoted(database)} TO ROLE ${role}`, why: `needed for ${what}: reach the destination` });
      if (audit) items.push(sql(`GRANT USAGE, CREATE TABLE ON SCHEMA ${qualified} TO ROLE ${role}`, 'input tables'));
      else {
        items.push(sql(`GRANT USAGE, CREATE TABLE ON SCHEMA ${qualified} TO ROLE ${role}`, 'input tables', 'materialization', 'CSV upload'));
        items.push(sql(`GRANT CREATE VIEW ON SCHEMA ${qualified} TO ROLE ${role}`, 'warehouse views'));
        items.push(sql(`GRANT CREATE STAGE ON SCHEMA ${qualified} TO ROLE ${role}`, 'CSV upload'));
        if (target.useDynamicTables) items.push(sql(`GRANT CREATE DYNAMIC TABLE ON SCHEMA ${qualified} TO ROLE ${role}`, 'materialization'));
      }
    }
    if (target.materializationWarehouse !== undefined) items.push(sql(`GRANT USAGE ON WAREHOUSE ${doubleQuoted(target.materializationWarehouse)} TO ROLE ${role}`, 'materialization'));
    return items;
  },
};
