// MySQL: a destination is a schema (a MySQL database). Privileges go to the
// user Sigma connects as, on that schema only.

import { backtickDoubled, singleQuoted } from '../quote.js';
import { note, sql, type Dialect, type ScriptItem } from '../script.js';

export const mysqlDialect: Dialect = {
  types: ['mysql'],
  granteeField: 'user',
  parserDatabase: 'mysql',
  statements(target) {
    const items: ScriptItem[] = [
      note("the stored copy of Sigma's page is cut before the MySQL privileges; the grants below are on the destination schema only: compare them with the page before running"),
      note("the user is granted as 'user'@'%': change the host part if the account is defined for one host"),
    ];
    if (target.grantee === undefined) return [...items, note('no grantee: set details.user or writeAccess.grantee to the user Sigma connects as')];
    const account = `${singleQuoted(target.grantee)}@'%'`;
    for (const [schema] of target.destinations) {
      const name = backtickDoubled(schema as string);
      items.push({ kind: 'sql', sql: `CREATE SCHEMA IF NOT EXISTS ${name}`, why: 'the write destination of input tables, warehouse views, materialization, CSV upload' });
      items.push(sql(`GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, ALTER ON ${name}.* TO ${account}`, 'input tables', 'materialization', 'CSV upload'));
      items.push(sql(`GRANT CREATE VIEW ON ${name}.* TO ${account}`, 'warehouse views'));
    }
    return items;
  },
};
