// BigQuery: a destination is a project and dataset. Sigma's BigQuery page
// lists the BigQuery Data Editor role for write access; grantform binds it on
// the destination dataset only, not the project.

import { backtickEscaped, bigqueryString, shellWord } from '../quote.js';
import { note, sql, type Dialect, type ScriptItem } from '../script.js';

export const bigqueryDialect: Dialect = {
  types: ['bigquery'],
  parserDatabase: 'bigquery',
  statements(target) {
    const items: ScriptItem[] = [
      note("Sigma's BigQuery page lists BigQuery Data Viewer and BigQuery Job User to connect, and BigQuery Data Editor for write access; it grants them to the service account, grantform scopes Data Editor to the destination dataset"),
    ];
    if (target.grantee === undefined) return [...items, note('no grantee: set writeAccess.grantee to the service account email (the key in details.serviceAccount is a secret grantform does not read)')];
    const member = `serviceAccount:${target.grantee}`;
    for (const path of target.destinations) {
      const [project, dataset] = path as [string, string];
      const qualified = `${backtickEscaped(project)}.${backtickEscaped(dataset)}`;
      items.push({ kind: 'sql', sql: `CREATE SCHEMA IF NOT EXISTS ${qualified}`, why: 'the write destination of input tables, warehouse views, materialization, CSV upload' });
      items.push(sql(`GRANT \`roles/bigquery.dataEditor\` ON SCHEMA ${qualified} TO ${bigqueryString(member)}`, 'input tables', 'warehouse views', 'materialization', 'CSV upload'));
      items.push({ kind: 'shell', text: `gcloud projects add-iam-policy-binding ${shellWord(project)} --member=${shellWord(member)} --role=roles/bigquery.jobUser  # Sigma runs queries as jobs in this project` });
    }
    return items;
  },
};
