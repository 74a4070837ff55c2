// Databricks (Unity Catalog): a destination is a catalog and schema;
// privileges go to the principal Sigma connects as.

import { backtickDoubled } from '../quote.js';
import { note, sql, type Dialect, type ScriptItem } from '../script.js';

export const databricksDialect: Dialect = {
  types: ['databricks'],
  statements(target) {
    const items: ScriptItem[] = [note("the stored copy of Sigma's page is cut before the Databricks privileges; the grants below are Unity Catalog's minimum to create and change tables and views in one schema: compare them with the page before running")];
    if (target.grantee === undefined) return [...items, note('no grantee: set writeAccess.grantee to the user, service principal or group Sigma connects as')];
    const principal = backtickDoubled(target.grantee);
    const places = [...target.destinations.map((path) => ({ path, audit: false })), ...(target.auditLog ? [{ path: target.auditLog, audit: true }] : [])];
    for (const { path, audit } of places) {
      const [catalog, schema] = path as [string, string];
      const qualified = `${backtickDoubled(catalog)}.${backtickDoubled(schema)}`;
      const features = audit ? (['input tables'] as const) : (['input tables', 'warehouse views', 'materialization', 'CSV upload'] as const);
      items.push({ kind: 'sql', sql: `CREATE SCHEMA IF NOT EXISTS ${qualified}`, why: `the write destination of ${audit ? 'the input-table audit log' : features.join(', ')}` });
      items.push(sql(`GRANT USE CATALOG ON CATALOG ${backtickDoubled(catalog)} TO ${principal}`, ...features));
      items.push(sql(`GRANT USE SCHEMA, CREATE TABLE, SELECT, MODIFY ON SCHEMA ${qualified} TO ${principal}`, ...features));
    }
    return items;
  },
};
