// The org the Sigma backend's end-to-end CLI tests start from: users of
// each account type, teams, a Snowflake connection with write access and a
// Postgres one, grants at every level (All Members and write-only too), and
// a warehouse that a created connection browses, whose write test fails.

import type { Seed } from '../../src/emulator/index.js';

export function e2eOrg(): Seed {
  return {
    organization: { name: 'E2E', slug: 'e2e' },
    credentials: [{ clientId: 'e2e-client', clientSecret: 'e2e-client-secret-value-42', member: 'admin@example.com' }],
    accountTypes: [{ name: 'Analyst', permissions: ['view-connections', 'annotate-tables'] }],
    users: [
      { email: 'admin@example.com', accountType: 'Admin', firstName: 'Ada', lastName: 'Admin' },
      { email: 'radhika@example.com', accountType: 'Creator', firstName: 'Radhika', lastName: 'Rao' },
      { email: 'john@example.com', accountType: 'Creator', firstName: 'John', lastName: 'Doe' },
      { email: 'mei@example.com', accountType: 'Viewer', firstName: 'Mei', lastName: 'Chen' },
      { email: 'lee@example.com', accountType: 'Analyst', firstName: 'Lee', lastName: 'Park' },
    ],
    teams: [
      { name: 'Sales', description: 'Account executives', members: ['radhika@example.com', 'mei@example.com'] },
      { name: 'Finance', members: ['john@example.com'] },
    ],
    connections: [
      {
        name: 'snowflake-prod',
        type: 'snowflake',
        details: { account: 'acme-xy12345', warehouse: 'SIGMA_WH', user: 'SIGMA_SERVICE', password: 'seeded-snowflake-password' },
        writeAccess: { destination: { database: 'SIGMA_WRITE', schema: 'WRITEBACK' } },
        paths: { ANALYTICS: { FINANCE: ['REVENUE', 'COSTS'], REPORTING: ['PIPELINE'] }, RAW: { SALESFORCE: ['ACCOUNTS'] } },
      },
      { name: 'pg', type: 'postgres', details: { host: 'db.internal', database: 'ops', user: 'sigma', password: 'seeded-pg-password' }, paths: ['public/orders', 'finance/revenue'] },
    ],
    warehouses: [{ name: 'pg-new', type: 'postgres', paths: ['public/orders', 'writeback/x'], test: { read: 'SUCCESS', write: 'FAILED' } }],
    grants: [
      { team: 'Sales', object: 'snowflake-prod', access: 'use' },
      { team: 'Finance', object: 'snowflake-prod/ANALYTICS/FINANCE', access: 'use-and-annotate' },
      { user: 'john@example.com', object: 'snowflake-prod/ANALYTICS/REPORTING', access: 'use-and-annotate' },
      { user: 'mei@example.com', object: 'pg/public/orders', access: 'use' },
      { team: 'All Members', object: 'pg', access: 'use' },
      { user: 'lee@example.com', object: 'snowflake-prod', access: 'write-only' },
      { user: 'radhika@example.com', object: 'snowflake-prod/RAW/SALESFORCE/ACCOUNTS', access: 'use' },
    ],
  };
}
