// Reading the example org (examples/emulator/org.yaml) through the Sigma
// backend, over loopback HTTP: the snapshot in grantform's words.

import { describe, expect, it } from 'vitest';
import type { LiveGrant, LiveSnapshot } from '../../../src/model/live.js';
import { formatObjectPath } from '../../../src/model/object-path.js';
import { startSigma } from '../../support/sigma-emulator.js';

const grantLine = (grant: LiveGrant) =>
  `${grant.principal.kind === 'team' ? `team:${grant.principal.name}` : `user:${grant.principal.email}`} ${formatObjectPath(grant.object)} ${grant.level}`;

describe('SigmaBackend.read', () => {
  let snapshot: LiveSnapshot;

  it('reads users, teams, connections, account types and grants in the files\' words', async () => {
    const sigma = await startSigma();
    snapshot = await sigma.backend().read();

    expect(snapshot.users.map((user) => `${user.email} ${user.accountType} ${user.active ? 'active' : 'inactive'}`).sort()).toEqual([
      'ada.admin@acme.example Admin active',
      'former@acme.example Creator inactive',
      'john@acme.example Creator active',
      'lee@acme.example Analyst active',
      'mei@acme.example Viewer active',
      'omar@acme.example Viewer active',
      'radhika@acme.example Creator active',
      'sam@acme.example Creator active',
    ]);
    expect(snapshot.teams.map((team) => ({ name: team.name, members: team.members }))).toEqual([
      { name: 'Sales', members: ['mei@acme.example', 'radhika@acme.example'] },
      { name: 'Finance', members: ['john@acme.example', 'lee@acme.example'] },
      { name: 'Data Platform', members: ['ada.admin@acme.example', 'omar@acme.example'] },
    ]);
    expect(snapshot.teams.find((team) => team.name === 'Sales')?.description).toBe('Account executives and their analysts');

    const snowflake = snapshot.connections.find((connection) => connection.name === 'snowflake-prod');
    expect(snowflake).toMatchObject({
      type: 'snowflake',
      useOauth: false,
      details: { account: 'acme-xy12345', warehouse: 'SIGMA_WH', role: 'SIGMA_ROLE', user: 'SIGMA_SERVICE' },
      writeAccess: { destinations: [['SIGMA_WRITE', 'WRITEBACK']] },
    });
    expect(JSON.stringify(snapshot)).not.toContain('password');
    expect(snapshot.connections.find((connection) => connection.name === 'postgres-ops')).toMatchObject({ type: 'postgres', details: { user: 'sigma' } });
    expect(snapshot.accountTypes.find((type) => type.name === 'Analyst')?.permissions).toEqual(['annotate-tables', 'create-input-tables', 'view-connections']);
  });

  it('places every grant on its object: roots, paths, All Members, levels only Sigma\'s UI makes, duplicates kept', () => {
    expect(snapshot.grants.map(grantLine).sort()).toEqual([
      'team:All Members postgres-ops use',
      'team:Data Platform snowflake-prod admin',
      'team:Finance postgres-ops/public use-and-annotate',
      'team:Finance snowflake-prod/ANALYTICS/REPORTING/REVENUE use',
      'team:Sales snowflake-prod use-and-annotate',
      'user:john@acme.example snowflake-prod use',
      'user:john@acme.example snowflake-prod/ANALYTICS/FINANCE use-and-annotate',
      'user:lee@acme.example snowflake-prod write-only',
      'user:mei@acme.example snowflake-prod/ANALYTICS/MARKETING use',
      'user:mei@acme.example snowflake-prod/ANALYTICS/MARKETING use-and-annotate',
      'user:omar@acme.example postgres-ops/audit/events use',
      'user:radhika@acme.example snowflake-prod use',
      'user:sam@acme.example snowflake-prod/RAW use',
    ]);
    const ids = snapshot.grants.map((grant) => grant.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds the objects that do not exist, with lookups cached for the run', async () => {
    const sigma = await startSigma();
    const backend = sigma.backend();
    await backend.read();
    const missing = await backend.findMissingObjects([
      { connection: 'snowflake-prod', path: ['ANALYTICS', 'FINANCE'] },
      { connection: 'snowflake-prod', path: ['ANALYTICS', 'FINANCE', 'REFRESH_FX'] },
      { connection: 'snowflake-prod', path: ['ANALYTICS', 'NOPE'] },
      { connection: 'postgres-ops', path: ['public', 'orders'] },
      { connection: 'not-yet-created', path: ['X'] },
    ]);
    expect([...missing]).toEqual(['snowflake-prod/ANALYTICS/NOPE']);
    const before = backend.requestCounts().get('POST /v2/connection/{connectionId}/lookup') ?? 0;
    await backend.findMissingObjects([{ connection: 'snowflake-prod', path: ['ANALYTICS', 'NOPE'] }]);
    expect(backend.requestCounts().get('POST /v2/connection/{connectionId}/lookup') ?? 0).toBe(before);
  });
});
