// Every request the Sigma client sends, in a read and in every kind of
// write, checked against Sigma's published contract (test/support/
// sigma-contract.ts): a known operation, declared query parameters only,
// a body its schema accepts, the right Authorization scheme.

import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/model/changes.js';
import type { LiveGrant } from '../../../src/model/live.js';
import { startRecordingProxy } from '../../support/recording-proxy.js';
import { SigmaContract } from '../../support/sigma-contract.js';
import { startSigma } from '../../support/sigma-emulator.js';
import { smallOrg } from './fixtures.js';

const contract = SigmaContract.load();

describe.skipIf(contract === undefined)('the requests of the Sigma client', () => {
  it('keep to Sigma\'s published contract', async () => {
    const sigma = await startSigma(smallOrg({ options: { grantsApiAcceptsAllLevels: true } }));
    const proxy = await startRecordingProxy(sigma.emulator.url);
    try {
      const env = { ...sigma.env, SIGMA_BASE_URL: proxy.url };
      // A read that places grants on objects the files do not name: every read endpoint.
      const backend = sigma.backend({ env, tryGrantApiForAllLevels: true });
      const live = await backend.read();
      await backend.findMissingObjects([{ connection: 'pg', path: ['public', 'nope'] }]);
      const sales = live.grants.find((grant) => grant.principal.kind === 'team' && grant.principal.name === 'Sales') as LiveGrant;
      const john = live.grants.find((grant) => grant.principal.kind === 'user' && grant.principal.email === 'john@example.com') as LiveGrant;
      const pg = live.connections.find((connection) => connection.name === 'pg');
      if (!pg) throw new Error('pg is missing');
      const changes: Change[] = [
        { type: 'user', action: 'create', address: 'u1', after: { email: 'new@example.com', accountType: 'Viewer', managedBy: 'grantform' } },
        { type: 'user', action: 'update', address: 'u2', before: { email: 'mei@example.com', accountType: 'Viewer', managedBy: 'grantform' }, after: { email: 'mei@example.com', accountType: 'Creator', firstName: 'Mei', managedBy: 'grantform' } },
        { type: 'user', action: 'delete', address: 'u3', before: { email: 'radhika@example.com', accountType: 'Creator', managedBy: 'grantform' }, documentsOwner: 'admin@example.com' },
        { type: 'user', action: 'delete', address: 'u4', before: { email: 'john@example.com', accountType: 'Creator', managedBy: 'grantform' } },
        { type: 'team', action: 'create', address: 't1', after: { name: 'Ops', description: 'Operations', managedBy: 'grantform' } },
        { type: 'team', action: 'update', address: 't2', before: { name: 'Finance', managedBy: 'grantform' }, after: { name: 'Money', description: 'Renamed', managedBy: 'grantform' }, renamedFrom: 'Finance' },
        { type: 'membership', action: 'create', address: 'm1', after: { team: 'Ops', email: 'new@example.com' } },
        { type: 'membership', action: 'delete', address: 'm2', before: { team: 'Sales', email: 'mei@example.com' } },
        {
          type: 'connection',
          action: 'create',
          address: 'c1',
          after: { name: 'pg-new', type: 'postgres', useOauth: false, details: { host: 'h', database: 'd', user: 'u', port: 5432, useTls: true, password: { env: 'POSTGRES_PASSWORD' } }, writeAccess: { destinations: [['writeback']] } },
        },
        { type: 'connection', action: 'update', address: 'c2', before: pg, after: { name: 'pg', type: 'postgres', useOauth: false, details: { host: 'db', database: 'analytics', user: 'v', password: { env: 'POSTGRES_PASSWORD' } } } },
        { type: 'grant', action: 'create', address: 'g1', after: { principal: { kind: 'team', name: 'Ops' }, object: { connection: 'pg', path: ['finance', 'revenue'] }, level: 'use' } },
        { type: 'grant', action: 'create', address: 'g2', after: { principal: { kind: 'team', name: 'Ops' }, object: { connection: 'pg', path: [] }, level: 'write-only' } },
        { type: 'grant', action: 'update', address: 'g3', before: sales, after: { ...sales, level: 'use-and-annotate' }, liveIds: [sales.id] },
        { type: 'grant', action: 'replace', address: 'g4', before: john, after: { ...john, level: 'use' }, liveIds: [john.id] },
        { type: 'grant', action: 'delete', address: 'g5', before: sales, liveIds: [sales.id] },
        { type: 'connection', action: 'delete', address: 'c3', before: { name: 'pg-new', type: 'postgres', useOauth: false, details: {} } },
        { type: 'team', action: 'delete', address: 't3', before: { name: 'Ops', managedBy: 'grantform' } },
      ];
      await backend.preflight(changes);
      for (const change of changes) await backend.execute(change);
      await backend.close();
      expect(await backend.checkConnections()).toEqual([{ connection: 'pg', read: 'SUCCESS', write: 'DISABLED' }]);

      const operations = new Set(proxy.requests.map((request) => `${request.method} ${contract?.match(request.method, request.path)?.template ?? request.path}`));
      expect(operations).toContain('DELETE /v2/connections/paths/{connectionPathId}/grants/{grantId}');
      expect(operations.size).toBeGreaterThanOrEqual(30);
      const problems = proxy.requests.flatMap((request) => contract?.check(request) ?? []);
      expect(problems).toEqual([]);
    } finally {
      await proxy.close();
    }
  });
});
