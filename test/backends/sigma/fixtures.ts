// Small seeds for the Sigma backend's tests, built as objects so that each
// test states the org it needs.

import type { Seed } from '../../../src/emulator/index.js';

export const CLIENT_SECRET = 'client-secret-value-for-tests-0001';

export function smallOrg(extra: Partial<Seed> = {}): Seed {
  return {
    organization: { name: 'Test Org', slug: 'test' },
    credentials: [{ clientId: 'test-client', clientSecret: CLIENT_SECRET, member: 'admin@example.com' }],
    users: [
      { email: 'admin@example.com', accountType: 'Admin', firstName: 'Ada', lastName: 'Admin' },
      { email: 'radhika@example.com', accountType: 'Creator', firstName: 'Radhika', lastName: 'Rao' },
      { email: 'john@example.com', accountType: 'Creator', firstName: 'John', lastName: 'Doe' },
      { email: 'mei@example.com', accountType: 'Viewer' },
      { email: 'sam@example.com', accountType: 'Creator', managedBy: 'scim' },
      { email: 'former@example.com', accountType: 'Viewer', status: 'deactivated' },
    ],
    teams: [
      { name: 'Sales', members: ['radhika@example.com', 'mei@example.com'] },
      { name: 'Finance', members: ['john@example.com'] },
      { name: 'Directory', members: ['sam@example.com'], managedBy: 'scim' },
    ],
    connections: [
      {
        name: 'pg',
        type: 'postgres',
        details: { host: 'db.internal', database: 'analytics', user: 'sigma', password: 'seeded-password' },
        paths: ['public/orders', 'public/customers', 'finance/revenue', 'finance/costs'],
      },
    ],
    warehouses: [
      { name: 'pg-new', type: 'postgres', paths: ['public/orders', 'writeback/x'], test: { read: 'SUCCESS', write: 'FAILED' } },
    ],
    grants: [
      { team: 'Sales', object: 'pg', access: 'use' },
      { user: 'john@example.com', object: 'pg/finance', access: 'use-and-annotate' },
      { user: 'mei@example.com', object: 'pg/public/orders', access: 'use' },
      { user: 'mei@example.com', object: 'pg/public/orders', access: 'use-and-annotate' },
      { team: 'All Members', object: 'pg/public', access: 'use' },
    ],
    ...extra,
  };
}
