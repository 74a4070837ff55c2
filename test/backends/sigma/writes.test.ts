// Every change type executed by the Sigma backend against the emulator, then
// read back by a fresh backend: what Sigma holds afterwards.

import { describe, expect, it } from 'vitest';
import { BackendError } from '../../../src/backends/backend.js';
import type { Change, GrantChange } from '../../../src/model/changes.js';
import type { LiveGrant, LiveSnapshot } from '../../../src/model/live.js';
import { formatObjectPath } from '../../../src/model/object-path.js';
import type { GrantSpec } from '../../../src/model/resources.js';
import { startSigma, type SigmaTestbed } from '../../support/sigma-emulator.js';
import { smallOrg } from './fixtures.js';

const grantsOf = (snapshot: LiveSnapshot, who: string, object: string): LiveGrant[] =>
  snapshot.grants.filter(
    (grant) => (grant.principal.kind === 'team' ? grant.principal.name : grant.principal.email) === who && formatObjectPath(grant.object) === object,
  );

async function applied(sigma: SigmaTestbed, changes: readonly Change[]): Promise<LiveSnapshot> {
  const backend = sigma.backend();
  await backend.read();
  await backend.preflight(changes);
  for (const change of changes) await backend.execute(change);
  await backend.close();
  return sigma.backend().read();
}

const spec = (who: string, object: string, level: GrantSpec['level']): GrantSpec => {
  const [connection, ...path] = object.split('/') as [string, ...string[]];
  return { principal: who.includes('@') ? { kind: 'user', email: who } : { kind: 'team', name: who }, object: { connection, path }, level };
};

describe('SigmaBackend.execute', () => {
  it('creates, renames and deletes teams, and changes their members', async () => {
    const sigma = await startSigma(smallOrg());
    let live = await applied(sigma, [
      { type: 'team', action: 'create', address: 'team.Ops', after: { name: 'Ops', description: 'Runs things', managedBy: 'grantform' } },
      { type: 'membership', action: 'create', address: 'membership.Ops.john@example.com', after: { team: 'Ops', email: 'john@example.com' } },
      { type: 'membership', action: 'delete', address: 'membership.Sales.mei@example.com', before: { team: 'Sales', email: 'mei@example.com' } },
      { type: 'team', action: 'update', address: 'team.Revenue', before: { name: 'Finance', managedBy: 'grantform' }, after: { name: 'Revenue', managedBy: 'grantform' }, renamedFrom: 'Finance' },
    ]);
    expect(live.teams.map((team) => [team.name, team.members, team.description ?? null])).toEqual([
      ['Sales', ['radhika@example.com'], null],
      ['Revenue', ['john@example.com'], null],
      ['Directory', ['sam@example.com'], null],
      ['Ops', ['john@example.com'], 'Runs things'],
    ]);
    live = await applied(sigma, [{ type: 'team', action: 'delete', address: 'team.Ops', before: { name: 'Ops', managedBy: 'grantform' } }]);
    expect(live.teams.map((team) => team.name)).toEqual(['Sales', 'Revenue', 'Directory']);
  });

  it('creates users, changes their account type, deactivates with a new document owner, reactivates', async () => {
    const sigma = await startSigma(smallOrg());
    const live = await applied(sigma, [
      { type: 'user', action: 'create', address: 'user.new@example.com', after: { email: 'new@example.com', accountType: 'Viewer', firstName: 'New', lastName: 'Person', managedBy: 'grantform' } },
      { type: 'user', action: 'update', address: 'user.mei@example.com', before: { email: 'mei@example.com', accountType: 'Viewer', managedBy: 'grantform' }, after: { email: 'mei@example.com', accountType: 'Creator', managedBy: 'grantform' } },
      { type: 'user', action: 'delete', address: 'user.john@example.com', before: { email: 'john@example.com', accountType: 'Creator', managedBy: 'grantform' }, documentsOwner: 'radhika@example.com' },
      { type: 'user', action: 'update', address: 'user.former@example.com', before: { email: 'former@example.com', accountType: 'Viewer', managedBy: 'grantform' }, after: { email: 'former@example.com', accountType: 'Viewer', managedBy: 'grantform' }, reason: 'reactivated' },
    ]);
    const users = Object.fromEntries(live.users.map((user) => [user.email, `${user.accountType} ${user.active ? 'active' : 'inactive'}`]));
    expect(users).toMatchObject({
      'new@example.com': 'Viewer active',
      'mei@example.com': 'Creator active',
      'john@example.com': 'Creator inactive',
      'former@example.com': 'Viewer active',
    });
    const requests = sigma.emulator.control.requests();
    expect(requests.some((entry) => entry.method === 'PATCH' && entry.operation === 'PATCH /v2/members/{memberId}' && entry.status === 200)).toBe(true);
  });

  it('never touches a SCIM-owned user or team, and says so in one sentence', async () => {
    const sigma = await startSigma(smallOrg());
    const backend = sigma.backend();
    await backend.read();
    await expect(backend.execute({ type: 'user', action: 'delete', address: 'user.sam@example.com', before: { email: 'sam@example.com', accountType: 'Creator', managedBy: 'scim' } })).rejects.toThrow(
      'User sam@example.com is provisioned by SCIM: grantform never deactivates it; make the change in the identity provider',
    );
    await expect(backend.execute({ type: 'team', action: 'delete', address: 'team.Directory', before: { name: 'Directory', managedBy: 'scim' } })).rejects.toBeInstanceOf(BackendError);
    expect(sigma.emulator.control.requests().filter((entry) => entry.method !== 'GET' && entry.method !== 'POST')).toEqual([]);
  });

  it('grants on a connection and on a path, learning each id by listing after the {} answer', async () => {
    const sigma = await startSigma(smallOrg());
    const live = await applied(sigma, [
      { type: 'grant', action: 'create', address: 'a', after: spec('Finance', 'pg', 'use') },
      { type: 'grant', action: 'create', address: 'b', after: spec('radhika@example.com', 'pg/finance/revenue', 'use-and-annotate') },
      { type: 'grant', action: 'create', address: 'c', after: spec('All Members', 'pg/finance', 'use') },
    ]);
    expect(grantsOf(live, 'Finance', 'pg').map((grant) => grant.level)).toEqual(['use']);
    expect(grantsOf(live, 'radhika@example.com', 'pg/finance/revenue').map((grant) => grant.level)).toEqual(['use-and-annotate']);
    expect(grantsOf(live, 'All Members', 'pg/finance').map((grant) => grant.level)).toEqual(['use']);
    const posts = sigma.emulator.control.requests().filter((entry) => entry.method === 'POST' && entry.operation?.includes('grants'));
    expect(posts.map((entry) => entry.operation).sort()).toEqual([
      'POST /v2/connections/paths/{connectionPathId}/grants',
      'POST /v2/connections/paths/{connectionPathId}/grants',
      'POST /v2/connections/{connectionId}/grants',
    ]);
  });

  it('raises a level in place, lowers one as revoke-then-grant, and removes surplus grants by id', async () => {
    const sigma = await startSigma(smallOrg());
    const before = await sigma.backend().read();
    const sales = grantsOf(before, 'Sales', 'pg')[0] as LiveGrant;
    const john = grantsOf(before, 'john@example.com', 'pg/finance')[0] as LiveGrant;
    const mei = grantsOf(before, 'mei@example.com', 'pg/public/orders');
    expect(mei).toHaveLength(2);
    const changes: GrantChange[] = [
      { type: 'grant', action: 'update', address: 'u', before: sales, after: { ...sales, level: 'use-and-annotate' }, liveIds: [sales.id] },
      { type: 'grant', action: 'replace', address: 'r', before: john, after: { ...john, level: 'use' }, liveIds: [john.id] },
      { type: 'grant', action: 'delete', address: 'd', before: mei[0] as LiveGrant, liveIds: mei.map((grant) => grant.id) },
    ];
    const after = await applied(sigma, changes);
    // Raised in place: the same grant id, a new level, and Sigma's updatedAt moves with it.
    expect(grantsOf(after, 'Sales', 'pg')).toEqual([{ ...sales, level: 'use-and-annotate', updatedAt: expect.any(String) }]);
    expect(grantsOf(after, 'john@example.com', 'pg/finance').map((grant) => grant.level)).toEqual(['use']);
    expect(grantsOf(after, 'mei@example.com', 'pg/public/orders')).toEqual([]);
    const deletes = sigma.emulator.control.requests().filter((entry) => entry.method === 'DELETE');
    expect(deletes.map((entry) => `${entry.operation} ${entry.status}`)).toEqual([
      'DELETE /v2/connections/paths/{connectionPathId}/grants/{grantId} 200',
      'DELETE /v2/connections/paths/{connectionPathId}/grants/{grantId} 200',
      'DELETE /v2/connections/paths/{connectionPathId}/grants/{grantId} 200',
    ]);
  });

  it('makes write-only and admin grants manual steps, and tries POST /v2/grants only with the opt-in', async () => {
    const sigma = await startSigma(smallOrg({ options: { grantsApiAcceptsAllLevels: true } }));
    const create: Change = { type: 'grant', action: 'create', address: 'w', after: spec('Finance', 'pg', 'write-only') };
    expect(sigma.backend().manualStep(create)?.instructions).toMatch(/^In Sigma, open Administration → Connections → pg → Permissions .* give team Finance "Can write only"/);
    expect(sigma.backend().manualStep({ type: 'grant', action: 'create', address: 'u', after: spec('Finance', 'pg', 'use') })).toBeUndefined();

    const optIn = sigma.backend({ tryGrantApiForAllLevels: true });
    expect(optIn.manualStep(create)).toBeUndefined();
    await optIn.read();
    await optIn.execute(create);
    const live = await sigma.backend().read();
    expect(grantsOf(live, 'Finance', 'pg').map((grant) => grant.level)).toEqual(['write-only']);
  });

  it('explains a refused POST /v2/grants as something to do in Sigma\'s UI', async () => {
    const sigma = await startSigma(smallOrg());
    const backend = sigma.backend({ tryGrantApiForAllLevels: true });
    await backend.read();
    await expect(backend.execute({ type: 'grant', action: 'create', address: 'a', after: spec('Finance', 'pg', 'admin') })).rejects.toThrow(
      /HTTP 400, code bad_request.*Sigma does not accept "Can admin" through its API here: give it to team Finance on pg in Sigma's UI/,
    );
  });

  it('creates, updates and deletes connections, and reports a failing write test at close', async () => {
    const sigma = await startSigma(smallOrg());
    const backend = sigma.backend();
    await backend.read();
    const created = { name: 'pg-new', type: 'postgres' as const, useOauth: false, details: { host: 'h', database: 'analytics', user: 'sigma', password: { env: 'POSTGRES_PASSWORD' } }, writeAccess: { destinations: [['writeback']] } };
    await backend.preflight([{ type: 'connection', action: 'create', address: 'connection.pg-new', after: created }]);
    await backend.execute({ type: 'connection', action: 'create', address: 'connection.pg-new', after: created });
    await backend.execute({ type: 'grant', action: 'create', address: 'g', after: spec('Sales', 'pg-new', 'use') }).catch(() => undefined);
    const report = await backend.close();
    expect(report.warnings).toEqual([
      'Connection pg-new: write: FAILED: the warehouse still lacks the write destination, or Sigma\'s role lacks the permissions to create tables in it',
    ]);
    let live = await sigma.backend().read();
    expect(live.connections.find((connection) => connection.name === 'pg-new')).toMatchObject({ details: { user: 'sigma' }, writeAccess: { destinations: [['writeback']] } });
    const state = JSON.stringify(sigma.emulator.control.state());
    expect(state).not.toContain(sigma.env.POSTGRES_PASSWORD);

    const pg = live.connections.find((connection) => connection.name === 'pg');
    if (!pg) throw new Error('pg is missing');
    live = await applied(sigma, [
      {
        type: 'connection',
        action: 'update',
        address: 'connection.pg',
        before: pg,
        after: { name: 'pg', type: 'postgres', useOauth: false, details: { host: 'db.internal', database: 'analytics', user: 'sigma2', password: { env: 'POSTGRES_PASSWORD' } } },
      },
      { type: 'connection', action: 'delete', address: 'connection.pg-new', before: created },
    ]);
    expect(live.connections.map((connection) => [connection.name, connection.details.user])).toEqual([['pg', 'sigma2']]);
  });

  it('refuses up front a plan that changes write access with credentials that are not an Admin\'s', async () => {
    const sigma = await startSigma(smallOrg({ credentials: [{ clientId: 'creator-client', clientSecret: 'creator-secret-value', member: 'radhika@example.com' }] }));
    const backend = sigma.backend();
    const change: Change = { type: 'connection', action: 'create', address: 'connection.x', after: { name: 'x', type: 'postgres', useOauth: false, details: { host: 'h', database: 'd' }, writeAccess: { destinations: [['w']] } } };
    await expect(backend.preflight([change])).rejects.toThrow(
      'This plan changes the write access of connection x, which Sigma allows only to Admins, and the credentials belong to radhika@example.com, whose account type is Creator: apply it with an Admin\'s client credentials',
    );
  });

  it('refuses up front a plan whose connection secrets are not in the environment, naming the variable', async () => {
    const sigma = await startSigma(smallOrg());
    const backend = sigma.backend({ env: { ...sigma.env, POSTGRES_PASSWORD: undefined } });
    const change: Change = { type: 'connection', action: 'create', address: 'connection.x', after: { name: 'x', type: 'postgres', useOauth: false, details: { host: 'h', database: 'd', password: { env: 'POSTGRES_PASSWORD' } } } };
    await expect(backend.preflight([change])).rejects.toThrow('The plan sends connection secrets that the environment lacks: set $POSTGRES_PASSWORD (details.password) for x');
  });
});
