// Members (create, patch, deactivate, SCIM refusals), teams (create with
// members, rename, delete, membership changes) and account types.

import { describe, expect, it } from 'vitest';
import { ApiClient, exampleOrgPerFile, ids, seedFrom, start } from './harness.js';

const org = exampleOrgPerFile();

const api = () => org.started.api;

describe('members', () => {
  it('are created with an account type by name, the invitation default otherwise', async () => {
    const created = await api().post('/v2/members', { email: 'new@acme.example', firstName: 'New', lastName: 'Person', memberType: 'creator' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ email: 'new@acme.example', memberType: 'Creator', userKind: 'internal', isArchived: false });
    const plain = await api().post('/v2/members', { email: 'plain@acme.example', firstName: 'P', lastName: 'L' });
    expect(plain.body.memberType).toBe('Viewer');
    expect((await api().get(`/v2/members/${created.body.memberId}`)).body).toEqual(created.body);
  });

  it('refuse an email already taken (409) and an unknown account type (400)', async () => {
    expect((await api().post('/v2/members', { email: 'John@acme.example', firstName: 'J', lastName: 'D' })).status).toBe(409);
    expect((await api().post('/v2/members', { email: 'x@acme.example', firstName: 'X', lastName: 'Y', memberType: 'Wizard' })).status).toBe(400);
  });

  it('join teams on creation', async () => {
    const created = await api().post('/v2/members', { email: 't@acme.example', firstName: 'T', lastName: 'M', addToTeams: [{ teamId: org.id.team('Sales'), isTeamAdmin: true }] });
    const members = await api().all<{ userId: string; isTeamAdmin: boolean }>(`/v2/teams/${org.id.team('Sales')}/members`);
    expect(members).toContainEqual(expect.objectContaining({ userId: created.body.memberId, isTeamAdmin: true }));
  });

  it('change account type and names with PATCH', async () => {
    const john = org.id.member('john@acme.example');
    const patched = await api().patch(`/v2/members/${john}`, { memberType: 'Viewer', firstName: 'Johnny' });
    expect(patched.body).toMatchObject({ memberType: 'Viewer', firstName: 'Johnny', lastName: 'Doe' });
  });

  it('are deactivated, never removed, by DELETE: still readable, listed only with includeArchived', async () => {
    const mei = org.id.member('mei@acme.example');
    expect((await api().delete(`/v2/members/${mei}`)).body).toEqual({});
    expect((await api().get(`/v2/members/${mei}`)).body).toMatchObject({ memberId: mei, isArchived: true });
    const active = await api().get('/v2/members');
    expect(active.body.map((each: { memberId: string }) => each.memberId)).not.toContain(mei);
    const all = await api().get('/v2/members?includeArchived=true');
    expect(all.body.map((each: { memberId: string }) => each.memberId)).toContain(mei);
  });

  it('are deactivated with PATCH isArchived and a new owner, who must be active', async () => {
    const mei = org.id.member('mei@acme.example');
    const former = org.id.member('former@acme.example');
    expect((await api().patch(`/v2/members/${mei}`, { isArchived: true, newOwnerId: former })).status).toBe(400);
    expect((await api().patch(`/v2/members/${mei}`, { archiveDocuments: true })).status).toBe(400);
    const done = await api().patch(`/v2/members/${mei}`, { isArchived: true, newOwnerId: org.id.member('radhika@acme.example') });
    expect(done.body.isArchived).toBe(true);
  });

  it('provisioned by SCIM refuse changes and deactivation (403), but can be read and granted to', async () => {
    const sam = org.id.member('sam@acme.example');
    expect((await api().patch(`/v2/members/${sam}`, { memberType: 'Viewer' })).status).toBe(403);
    const refused = await api().delete(`/v2/members/${sam}`);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/SCIM/);
    expect((await api().get(`/v2/members/${sam}`)).body.memberType).toBe('Creator');
    const grant = await api().post(`/v2/connections/${org.id.connection('postgres-ops')}/grants`, { grants: [{ grantee: { memberId: sam }, permission: 'usage' }] });
    expect(grant.status).toBe(200);
  });

  it('filter by email, without regard to case', async () => {
    const found = await api().get('/v2/members?email=RADHIKA%40acme.example&limit=10');
    expect(found.body.entries.map((each: { email: string }) => each.email)).toEqual(['radhika@acme.example']);
    expect((await api().get('/v2/members?email=a%40b.c&search=x')).status).toBe(400);
  });
});

describe('teams', () => {
  it('are created with members and found by GET with their member ids', async () => {
    const created = await api().post('/v2/teams', { name: 'Marketing', description: 'Campaigns', members: [org.id.member('mei@acme.example')] });
    expect(created.body).toMatchObject({ name: 'Marketing', description: 'Campaigns', visibility: 'private', members: [org.id.member('mei@acme.example')], workspaceId: null });
    const read = await api().get(`/v2/teams/${created.body.teamId}`);
    expect(read.body.members).toEqual([org.id.member('mei@acme.example')]);
  });

  it('refuse a name already taken, All Members included', async () => {
    expect((await api().post('/v2/teams', { name: 'sales' })).status).toBe(409);
    expect((await api().post('/v2/teams', { name: 'All Members' })).status).toBe(409);
  });

  it('change name and description with PATCH', async () => {
    const patched = await api().patch(`/v2/teams/${org.id.team('Finance')}`, { name: 'Finance & Ops', description: 'Money' });
    expect(patched.body).toMatchObject({ name: 'Finance & Ops', description: 'Money' });
    expect(patched.body).not.toHaveProperty('members');
  });

  it('add and remove members; inactive members can be neither added nor removed', async () => {
    const team = org.id.team('Finance');
    const omar = org.id.member('omar@acme.example');
    const john = org.id.member('john@acme.example');
    expect((await api().patch(`/v2/teams/${team}/members`, { add: [omar], remove: [john] })).body).toEqual({});
    const members = await api().all<{ userId: string }>(`/v2/teams/${team}/members`);
    expect(members.map((each) => each.userId).sort()).toEqual([org.id.member('lee@acme.example'), omar].sort());
    const inactive = await api().patch(`/v2/teams/${team}/members`, { add: [org.id.member('former@acme.example')] });
    expect(inactive.status).toBe(400);
    expect(inactive.body.message).toBe('Inactive members cannot be added or removed from a team');
  });

  it('take their grants with them when deleted', async () => {
    const finance = org.id.team('Finance');
    expect((await api().get(`/v2/grants?teamId=${finance}`)).body.entries).toHaveLength(2);
    expect((await api().delete(`/v2/teams/${finance}`)).body).toEqual({});
    expect((await api().get(`/v2/teams/${finance}`)).status).toBe(404);
    expect((await api().get(`/v2/grants?teamId=${finance}`)).status).toBe(404);
    const revenue = org.id.path('snowflake-prod', 'ANALYTICS', 'REPORTING', 'REVENUE');
    expect((await api().get(`/v2/grants?inodeId=${revenue.inodeId}&directGrantsOnly=true`)).body.entries).toEqual([]);
  });

  it('provisioned by SCIM refuse renames, deletion and membership changes (403)', async () => {
    const own = await start(
      seedFrom(`
credentials: [{ clientId: c, clientSecret: s, member: a@x.example }]
users: [{ email: a@x.example, accountType: Admin }, { email: b@x.example, accountType: Viewer }]
teams: [{ name: Okta Sales, managedBy: scim, members: [b@x.example] }]
`),
    );
    try {
      const team = ids(own.emulator).team('Okta Sales');
      expect((await own.api.patch(`/v2/teams/${team}`, { name: 'Renamed' })).status).toBe(403);
      expect((await own.api.delete(`/v2/teams/${team}`)).status).toBe(403);
      expect((await own.api.patch(`/v2/teams/${team}/members`, { add: [own.emulator.credentials[0]?.memberId] })).status).toBe(403);
      expect((await own.api.get(`/v2/teams/${team}`)).body.name).toBe('Okta Sales');
    } finally {
      await own.emulator.close();
    }
  });

  it('refuse every change to All Members', async () => {
    expect((await api().patch(`/v2/teams/${org.id.allMembers}`, { name: 'Everyone' })).status).toBe(400);
    expect((await api().delete(`/v2/teams/${org.id.allMembers}`)).status).toBe(400);
    expect((await api().patch(`/v2/teams/${org.id.allMembers}/members`, { add: [org.id.member('mei@acme.example')] })).status).toBe(400);
  });
});

describe('account types', () => {
  it('list permissions as a bare array', async () => {
    const types = await api().get('/v2/accountTypes');
    const analyst = types.body.entries.find((each: { accountTypeName: string }) => each.accountTypeName === 'Analyst');
    expect(analyst).toMatchObject({ isCustom: true });
    const permissions = await api().get(`/v2/accountTypes/${analyst.accountTypeId}/permissions`);
    expect(permissions.body.map((each: { permission: string }) => each.permission)).toEqual(['view-connections', 'annotate-tables', 'create-input-tables']);
    expect(typeof permissions.body[0].description).toBe('string');
    expect((await api().get('/v2/accountTypes/nope/permissions')).status).toBe(404);
  });

  it('answer Admin credentials only; member and team changes need Admin too', async () => {
    const own = await start(
      seedFrom(`
credentials:
  - { clientId: admin, clientSecret: a, member: admin@x.example }
  - { clientId: creator, clientSecret: c, member: creator@x.example }
users:
  - { email: admin@x.example, accountType: Admin }
  - { email: creator@x.example, accountType: Creator }
teams: [{ name: T }]
`),
    );
    try {
      const creator = new ApiClient(own.emulator.url);
      await creator.login('creator', 'c');
      expect((await creator.get('/v2/accountTypes')).status).toBe(403);
      expect((await creator.post('/v2/teams', { name: 'Mine' })).status).toBe(403);
      expect((await creator.post('/v2/members', { email: 'n@x.example', firstName: 'N', lastName: 'M' })).status).toBe(403);
      expect((await creator.get('/v2/teams')).status).toBe(200);
      expect((await own.api.get('/v2/accountTypes')).status).toBe(200);
    } finally {
      await own.emulator.close();
    }
  });
});
