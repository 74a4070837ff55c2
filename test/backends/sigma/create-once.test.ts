// A team or connection that appeared in Sigma between the plan and the
// create (another run, an admin in the UI): adopted when it is what the plan
// would create, its id used by the changes that depend on it; otherwise the
// create stops with one sentence and nothing is posted.

import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/model/changes.js';
import { startSigma } from '../../support/sigma-emulator.js';
import { smallOrg } from './fixtures.js';

const team = (name: string, description?: string): Change => ({
  type: 'team',
  action: 'create',
  address: `team.${name}`,
  after: { name, managedBy: 'grantform', ...(description !== undefined && { description }) },
});
/** Sigma reads back a Postgres connection's `user`, not its host: only what it reads back can differ. */
const connection = (user: string): Change => ({
  type: 'connection',
  action: 'create',
  address: 'connection.pg-new',
  after: { name: 'pg-new', type: 'postgres', useOauth: false, details: { host: 'db.internal', database: 'analytics', user, password: { env: 'POSTGRES_PASSWORD' } } },
});
const posts = (requests: readonly { method: string; path: string }[], path: string) => requests.filter((entry) => entry.method === 'POST' && entry.path === path).length;

describe('a create of something that appeared since the plan', () => {
  it('adopts a team or connection that matches, and its dependants use its id', async () => {
    const sigma = await startSigma(smallOrg());
    const planned = sigma.backend();
    await planned.read();
    const other = sigma.backend();
    await other.read();
    await other.execute(team('Ops', 'Runs things'));
    await other.execute(connection('sigma'));
    sigma.emulator.control.resetLog();

    await planned.execute(team('Ops', 'Runs things'));
    await planned.execute(connection('sigma'));
    await planned.execute({ type: 'grant', action: 'create', address: 'g', after: { principal: { kind: 'team', name: 'Ops' }, object: { connection: 'pg-new', path: [] }, level: 'use' } });
    const requests = sigma.emulator.control.requests();
    expect(posts(requests, '/v2/teams')).toBe(0);
    expect(posts(requests, '/v2/connections')).toBe(0);
    const live = await sigma.backend().read();
    expect(live.teams.filter((each) => each.name === 'Ops')).toHaveLength(1);
    expect(live.connections.filter((each) => each.name === 'pg-new')).toHaveLength(1);
    expect(live.grants.some((grant) => grant.principal.kind === 'team' && grant.principal.name === 'Ops' && grant.object.connection === 'pg-new')).toBe(true);
  });

  it('stops with one sentence when it differs from what the plan would create', async () => {
    const sigma = await startSigma(smallOrg());
    const planned = sigma.backend();
    await planned.read();
    const other = sigma.backend();
    await other.read();
    await other.execute(team('Ops', 'Someone else'));
    await other.execute(connection('someone-else'));
    sigma.emulator.control.resetLog();

    await expect(planned.execute(team('Ops', 'Runs things'))).rejects.toThrow(
      /^Team Ops appeared in Sigma since the plan \(id [0-9a-f-]+\) and has the description "Someone else": grantform leaves it alone; run plan again to see the difference$/,
    );
    await expect(planned.execute(connection('sigma'))).rejects.toThrow(/^Connection pg-new appeared in Sigma since the plan \(id [0-9a-f-]+\) and has other settings than the files: grantform leaves it alone/);
    const requests = sigma.emulator.control.requests();
    expect(posts(requests, '/v2/teams') + posts(requests, '/v2/connections')).toBe(0);
  });
});
