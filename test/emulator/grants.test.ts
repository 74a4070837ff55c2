// Grant semantics on the example org: connection and path grant POSTs (only
// usage/annotate, `{}` answers, escalate-only), the generic grants API
// (selectors, inherited echoes, directGrantsOnly, inodeType), All Members,
// and urlId aliases.

import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/emulator/index.js';
import { EXAMPLE_SEED, exampleOrgPerFile, ids, start } from './harness.js';

const org = exampleOrgPerFile();

interface Grant {
  grantId: string;
  inodeId: string;
  memberId: string | null;
  teamId: string | null;
  permission: string;
  inodeType?: string;
}

const api = () => org.started.api;

describe('connection grants', () => {
  it('answer {} to a POST, and the list shows the new grant', async () => {
    const omar = org.id.member('omar@acme.example');
    const connection = org.id.connection('snowflake-prod');
    const post = await api().post(`/v2/connections/${connection}/grants`, { grants: [{ grantee: { memberId: omar }, permission: 'usage' }] });
    expect(post.status).toBe(200);
    expect(post.body).toEqual({});
    const grants = await api().all<Grant>(`/v2/connections/${connection}/grants`);
    const omars = grants.filter((each) => each.memberId === omar);
    expect(omars).toEqual([expect.objectContaining({ permission: 'usage', teamId: null, inodeId: org.id.root('snowflake-prod') })]);
  });

  it('accept only usage and annotate', async () => {
    const connection = org.id.connection('snowflake-prod');
    const grantee = { teamId: org.id.team('Finance') };
    for (const permission of ['writeback', 'admin', 'update', 'view']) {
      const response = await api().post(`/v2/connections/${connection}/grants`, { grants: [{ grantee, permission }] });
      expect(response.status, permission).toBe(400);
      expect(response.body.message).toMatch(/permission/);
    }
  });

  it('only escalate: a higher level raises the grant in place, a lower one changes nothing', async () => {
    const connection = org.id.connection('snowflake-prod');
    const john = org.id.member('john@acme.example');
    const before = (await api().all<Grant>(`/v2/connections/${connection}/grants`)).find((each) => each.memberId === john);
    expect(before?.permission).toBe('usage');
    await api().post(`/v2/connections/${connection}/grants`, { grants: [{ grantee: { memberId: john }, permission: 'annotate' }] });
    const raised = (await api().all<Grant>(`/v2/connections/${connection}/grants`)).filter((each) => each.memberId === john);
    expect(raised).toEqual([expect.objectContaining({ grantId: before?.grantId, permission: 'annotate' })]);
    const lower = await api().post(`/v2/connections/${connection}/grants`, { grants: [{ grantee: { memberId: john }, permission: 'usage' }] });
    expect(lower.body).toEqual({});
    const after = (await api().all<Grant>(`/v2/connections/${connection}/grants`)).filter((each) => each.memberId === john);
    expect(after).toEqual([expect.objectContaining({ grantId: before?.grantId, permission: 'annotate' })]);
  });

  it('lower a level only by delete and re-grant', async () => {
    const connection = org.id.connection('snowflake-prod');
    const sales = org.id.team('Sales');
    const grant = (await api().all<Grant>(`/v2/connections/${connection}/grants`)).find((each) => each.teamId === sales) as Grant;
    expect((await api().delete(`/v2/connections/${connection}/grants/${grant.grantId}`)).body).toEqual({});
    await api().post(`/v2/connections/${connection}/grants`, { grants: [{ grantee: { teamId: sales }, permission: 'usage' }] });
    const now = (await api().all<Grant>(`/v2/connections/${connection}/grants`)).filter((each) => each.teamId === sales);
    expect(now).toEqual([expect.objectContaining({ permission: 'usage' })]);
    expect(now[0]?.grantId).not.toBe(grant.grantId);
  });

  it('list only grants on the connection root, not on its paths', async () => {
    const grants = await api().all<Grant>(`/v2/connections/${org.id.connection('snowflake-prod')}/grants`);
    expect(new Set(grants.map((each) => each.inodeId))).toEqual(new Set([org.id.root('snowflake-prod')]));
    // Sales, John, Radhika, Data Platform (admin) and Lee (writeback) on the root.
    expect(grants.map((each) => each.permission).sort()).toEqual(['admin', 'annotate', 'usage', 'usage', 'writeback']);
  });

  it('refuse a grantee that does not exist, and change nothing when one grant of several is invalid', async () => {
    const connection = org.id.connection('snowflake-prod');
    const before = await api().all<Grant>(`/v2/connections/${connection}/grants`);
    const response = await api().post(`/v2/connections/${connection}/grants`, {
      grants: [
        { grantee: { memberId: org.id.member('omar@acme.example') }, permission: 'usage' },
        { grantee: { teamId: 'no-such-team' }, permission: 'usage' },
      ],
    });
    expect(response.status).toBe(400);
    expect(await api().all<Grant>(`/v2/connections/${connection}/grants`)).toEqual(before);
  });
});

describe('path grants', () => {
  it('take the urlId or the inodeId of a path, and store the grant on the inode', async () => {
    const marketing = org.id.path('snowflake-prod', 'ANALYTICS', 'MARKETING');
    const omar = org.id.member('omar@acme.example');
    const post = await api().post(`/v2/connections/paths/${marketing.urlId}/grants`, { grants: [{ grantee: { memberId: omar }, permission: 'annotate' }] });
    expect(post.body).toEqual({});
    const byInode = await api().all<Grant>(`/v2/connections/paths/${marketing.inodeId}/grants`);
    const byUrl = await api().all<Grant>(`/v2/connections/paths/${marketing.urlId}/grants`);
    expect(byUrl).toEqual(byInode);
    expect(byInode.find((each) => each.memberId === omar)).toMatchObject({ inodeId: marketing.inodeId, permission: 'annotate' });
  });

  it('keep duplicate grants of one grantee on one object, each with its id', async () => {
    const marketing = org.id.path('snowflake-prod', 'ANALYTICS', 'MARKETING');
    const mei = org.id.member('mei@acme.example');
    const grants = (await api().all<Grant>(`/v2/connections/paths/${marketing.inodeId}/grants`)).filter((each) => each.memberId === mei);
    expect(grants.map((each) => each.permission).sort()).toEqual(['annotate', 'usage']);
    expect(new Set(grants.map((each) => each.grantId)).size).toBe(2);
  });

  it('delete by grant id, on the path the grant is on only', async () => {
    const finance = org.id.path('snowflake-prod', 'ANALYTICS', 'FINANCE');
    const marketing = org.id.path('snowflake-prod', 'ANALYTICS', 'MARKETING');
    const [grant] = await api().all<Grant>(`/v2/connections/paths/${finance.inodeId}/grants`);
    expect((await api().delete(`/v2/connections/paths/${marketing.inodeId}/grants/${grant?.grantId}`)).status).toBe(404);
    expect((await api().delete(`/v2/connections/paths/${finance.urlId}/grants/${grant?.grantId}`)).status).toBe(200);
    expect(await api().all<Grant>(`/v2/connections/paths/${finance.inodeId}/grants`)).toEqual([]);
  });

  it('answer 404 for a path that does not exist', async () => {
    expect((await api().get('/v2/connections/paths/no-such-path/grants')).status).toBe(404);
  });
});

describe('GET /v2/grants', () => {
  it('needs a user, a team or an inode', async () => {
    const response = await api().get('/v2/grants');
    expect(response.status).toBe(400);
    expect(response.body.message).toBe('User, Team or Inode need to be specified');
  });

  it('reports path grants as scope, tables as table, with directGrantsOnly', async () => {
    const grants = await api().all<Grant>(`/v2/grants?teamId=${org.id.team('Finance')}&directGrantsOnly=true`);
    const revenue = org.id.path('snowflake-prod', 'ANALYTICS', 'REPORTING', 'REVENUE');
    const opsPublic = org.id.path('postgres-ops', 'public');
    expect(grants.map((each) => [each.inodeId, each.inodeType, each.permission])).toEqual([
      [revenue.inodeId, 'table', 'usage'],
      [opsPublic.inodeId, 'scope', 'annotate'],
    ]);
  });

  it('echoes the connection root grants on an inode query, with the root inode id, unless directGrantsOnly', async () => {
    const finance = org.id.path('snowflake-prod', 'ANALYTICS', 'FINANCE');
    const inherited = await api().all<Grant>(`/v2/grants?inodeId=${finance.urlId}`);
    const direct = await api().all<Grant>(`/v2/grants?inodeId=${finance.urlId}&directGrantsOnly=true`);
    expect(direct.map((each) => each.inodeId)).toEqual([finance.inodeId]);
    expect(inherited).toHaveLength(direct.length + 5);
    expect(new Set(inherited.map((each) => each.inodeId))).toEqual(new Set([finance.inodeId, org.id.root('snowflake-prod')]));
    expect(new Set(inherited.map((each) => each.grantId)).size).toBe(inherited.length);
  });

  it('gives a user their team grants too, unless directGrantsOnly', async () => {
    const omar = org.id.member('omar@acme.example');
    const direct = await api().all<Grant>(`/v2/grants?userId=${omar}&directGrantsOnly=true`);
    expect(direct.map((each) => each.memberId)).toEqual([omar]);
    const all = await api().all<Grant>(`/v2/grants?userId=${omar}`);
    const teams = new Set(all.map((each) => each.teamId).filter((each) => each !== null));
    // Data Platform's admin grant, and All Members' grant on postgres-ops.
    expect(teams).toEqual(new Set([org.id.team('Data Platform'), org.id.allMembers]));
  });

  it('answers 404 for an unknown team, user or inode', async () => {
    expect((await api().get('/v2/grants?teamId=nope')).status).toBe(404);
    expect((await api().get('/v2/grants?userId=nope')).status).toBe(404);
    expect((await api().get('/v2/grants?inodeId=nope')).status).toBe(404);
    // A connection id is not an inode org.id.
    expect((await api().get(`/v2/grants?inodeId=${org.id.connection('snowflake-prod')}`)).status).toBe(404);
  });

  it('reads and deletes one grant by id; DELETE answers the deleted grant', async () => {
    const [grant] = await api().all<Grant>(`/v2/grants?userId=${org.id.member('omar@acme.example')}&directGrantsOnly=true`);
    const read = await api().get(`/v2/grants/${grant?.grantId}`);
    expect(read.body).toEqual(grant);
    const deleted = await api().delete(`/v2/grants/${grant?.grantId}`);
    expect(deleted.body).toEqual(grant);
    expect((await api().get(`/v2/grants/${grant?.grantId}`)).status).toBe(404);
  });
});

describe('POST /v2/grants', () => {
  it('creates a usage grant on a path and answers the grant, with inodeType', async () => {
    const campaigns = org.id.path('snowflake-prod', 'ANALYTICS', 'MARKETING', 'CAMPAIGNS');
    const response = await api().post('/v2/grants', { grantee: { teamId: org.id.team('Finance') }, permission: 'usage', inodeId: campaigns.urlId });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ inodeId: campaigns.inodeId, teamId: org.id.team('Finance'), memberId: null, permission: 'usage', inodeType: 'table' });
  });

  it('only escalates: a lower level answers the existing, higher grant', async () => {
    const root = org.id.root('snowflake-prod');
    const sales = org.id.team('Sales');
    const response = await api().post('/v2/grants', { grantee: { teamId: sales }, permission: 'usage', inodeId: root });
    expect(response.body).toMatchObject({ teamId: sales, permission: 'annotate', inodeType: 'scope' });
  });

  it('refuses writeback and admin on a connection unless the seed allows it (an open question)', async () => {
    const root = org.id.root('snowflake-prod');
    const omar = { memberId: org.id.member('omar@acme.example') };
    for (const permission of ['writeback', 'admin']) {
      const response = await api().post('/v2/grants', { grantee: omar, permission, inodeId: root });
      expect(response.status, permission).toBe(400);
    }
    const below = await api().post('/v2/grants', { grantee: omar, permission: 'writeback', inodeId: org.id.path('snowflake-prod', 'RAW').inodeId });
    expect(below.status).toBe(400);
    expect(below.body.message).toMatch(/whole connection/);
  });

  it('accepts writeback and admin on a connection when the seed sets grantsApiAcceptsAllLevels', async () => {
    const seed = await loadSeed(EXAMPLE_SEED);
    const open = await start({ ...seed, options: { ...seed.options, grantsApiAcceptsAllLevels: true } });
    try {
      const openIds = ids(open.emulator);
      const response = await open.api.post('/v2/grants', { grantee: { memberId: openIds.member('omar@acme.example') }, permission: 'writeback', inodeId: openIds.root('snowflake-prod') });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ permission: 'writeback', inodeType: 'scope' });
    } finally {
      await open.emulator.close();
    }
  });
});

describe('the All Members team', () => {
  it('appears in grants, not in the team lists, and GET /v2/teams/{id} refuses it', async () => {
    const grants = await api().all<Grant>(`/v2/connections/${org.id.connection('postgres-ops')}/grants`);
    expect(grants.map((each) => each.teamId)).toContain(org.id.allMembers);
    const teams = await api().get('/v2/teams');
    expect(teams.body.map((each: { teamId: string }) => each.teamId)).not.toContain(org.id.allMembers);
    const refused = await api().get(`/v2/teams/${org.id.allMembers}`);
    expect(refused.status).toBe(400);
    expect(refused.body.message).toBe('Cannot get All Members team');
  });

  it('can be granted to', async () => {
    const response = await api().post(`/v2/connections/${org.id.connection('snowflake-prod')}/grants`, { grants: [{ grantee: { teamId: org.id.allMembers }, permission: 'usage' }] });
    expect(response.status).toBe(200);
    const grants = await api().all<Grant>(`/v2/grants?teamId=${org.id.allMembers}`);
    expect(grants.map((each) => each.inodeId).sort()).toEqual([org.id.root('postgres-ops'), org.id.root('snowflake-prod')].sort());
  });
});
