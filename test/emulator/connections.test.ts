// Connections: write destinations normalised per warehouse type, PUT
// replacing details whole, secrets never returned, the read/write test,
// lookup and the path list, delete and restore, who may change what.

import { describe, expect, it } from 'vitest';
import { ApiClient, exampleOrgPerFile, ids, seedFrom, start } from './harness.js';

const org = exampleOrgPerFile();

const api = () => org.started.api;
const SECRET = 'sup3r-s3cret-value';

/** One create body per warehouse type, each with a write destination in the warehouse's own fields. */
const BODIES: Array<{ type: string; details: Record<string, unknown>; expected: { database: string; schema: string } }> = [
  { type: 'snowflake', details: { type: 'snowflake', account: 'a', warehouse: 'W', user: 'U', password: SECRET, writeAccess: { writeDatabase: 'WDB', writeSchema: 'WS' } }, expected: { database: 'WDB', schema: 'WS' } },
  { type: 'databricks', details: { type: 'databricks', host: 'h', endpoint: '/sql/1', token: SECRET, writeAccess: { writeCatalog: 'cat', writeSchema: 'ws' } }, expected: { database: 'cat', schema: 'ws' } },
  { type: 'bigQuery', details: { type: 'bigQuery', projectId: 'p', serviceAccount: SECRET, writeAccess: { writeProject: 'wp', writeDataset: 'wd' } }, expected: { database: 'wp', schema: 'wd' } },
  { type: 'postgres', details: { type: 'postgres', host: 'h', database: 'ops', user: 'u', password: SECRET, writeAccess: { writeSchema: 'sigma_write' } }, expected: { database: 'ops', schema: 'sigma_write' } },
  { type: 'redshift', details: { type: 'redshift', host: 'h', database: 'dw', user: 'u', password: SECRET, writeAccess: { writeSchema: 'w' } }, expected: { database: 'dw', schema: 'w' } },
  { type: 'mysql', details: { type: 'mysql', host: 'h', port: 3306, user: 'u', password: SECRET, writeAccess: { writeSchema: 'w' } }, expected: { database: '', schema: 'w' } },
  { type: 'sqlserver', details: { type: 'sqlserver', server: 's', port: 1433, user: 'u', password: SECRET, writeAccess: { writeDatabase: 'd', writeSchema: 'w' } }, expected: { database: 'd', schema: 'w' } },
  { type: 'azuresql', details: { type: 'azuresql', server: 's', database: 'd0', port: 1433, user: 'u', password: SECRET, writeAccess: { writeDatabase: 'd', writeSchema: 'w' } }, expected: { database: 'd', schema: 'w' } },
  { type: 'starburst', details: { type: 'starburst', host: 'h', port: 443, user: 'u', password: SECRET, writeAccess: { writeCatalog: 'c', writeSchema: 'w' } }, expected: { database: 'c', schema: 'w' } },
];

describe('write destinations', () => {
  it.each(BODIES)('$type: writeAccess true and writebacks [{database, schema}]', async ({ type, details, expected }) => {
    const created = await api().post('/v2/connections', { name: `new-${type}`, details });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ type, writeAccess: true, useOauth: false, writebacks: [expect.objectContaining(expected)] });
    const read = await api().get(`/v2/connections/${created.body.connectionId}`);
    expect(read.body).toEqual(created.body);
    expect(read.text).not.toContain(SECRET);
  });

  it('OAuth connections report their destinations as writebackSchemas', async () => {
    const created = await api().post('/v2/connections', {
      name: 'sf-oauth',
      details: { type: 'snowflake', account: 'a', useOauth: true, writebackSchemas: [{ writeDatabase: 'A', writeSchema: 'B' }, { writeDatabase: 'C', writeSchema: 'D' }], inputTableAuditLogSchema: { writeDatabase: 'AUD', writeSchema: 'LOG' } },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({
      useOauth: true,
      writeAccess: true,
      writebackSchemas: [expect.objectContaining({ database: 'A', schema: 'B' }), expect.objectContaining({ database: 'C', schema: 'D' })],
      inputTableAuditLogSchema: expect.objectContaining({ database: 'AUD', schema: 'LOG' }),
    });
    expect(created.body).not.toHaveProperty('writebacks');
  });

  it('a connection without a destination has writeAccess false and no writebacks', async () => {
    const read = await api().get(`/v2/connections/${org.id.connection('postgres-ops')}`);
    expect(read.body).toMatchObject({ writeAccess: false, writebacks: [] });
  });

  it('the seeded Snowflake connection reports its destination', async () => {
    const read = await api().get(`/v2/connections/${org.id.connection('snowflake-prod')}`);
    expect(read.body).toMatchObject({ type: 'snowflake', account: 'acme-xy12345', warehouse: 'SIGMA_WH', role: 'SIGMA_ROLE', user: 'SIGMA_SERVICE', writeAccess: true, writebacks: [expect.objectContaining({ database: 'SIGMA_WRITE', schema: 'WRITEBACK' })] });
  });
});

describe('PUT /v2/connections/{id}', () => {
  it('replaces details whole: what is not sent is gone, write access included', async () => {
    const connection = org.id.connection('snowflake-prod');
    const put = await api().put(`/v2/connections/${connection}`, { name: 'snowflake-renamed', details: { type: 'snowflake', account: 'acme-xy12345', user: 'SIGMA_SERVICE', password: SECRET } });
    expect(put.status, put.text).toBe(200);
    expect(put.body).toMatchObject({ name: 'snowflake-renamed', writeAccess: false, writebacks: [] });
    expect(put.body).not.toHaveProperty('warehouse');
    expect(put.body).not.toHaveProperty('role');
    const state = org.started.emulator.control.state() as unknown as { connections: Array<{ connectionId: string; details: Record<string, unknown> }> };
    expect(state.connections.find((each) => each.connectionId === connection)?.details).toEqual({ type: 'snowflake', account: 'acme-xy12345', user: 'SIGMA_SERVICE', password: '[redacted]' });
  });

  it('cannot change the warehouse type, and needs name and details', async () => {
    const connection = org.id.connection('postgres-ops');
    expect((await api().put(`/v2/connections/${connection}`, { name: 'x', details: { type: 'mysql', host: 'h', port: 1, user: 'u', password: 'p' } })).status).toBe(400);
    expect((await api().put(`/v2/connections/${connection}`, { name: 'x' })).status).toBe(400);
  });
});

describe('secrets', () => {
  it('never appear in a response, the state dump or the request log', async () => {
    const created = await api().post('/v2/connections', { name: 'secretive', details: { type: 'postgres', host: 'h', database: 'd', user: 'u', password: SECRET } });
    const list = await api().get('/v2/connections?limit=100');
    const state = JSON.stringify(org.started.emulator.control.state());
    const log = JSON.stringify(org.started.emulator.control.requests());
    for (const text of [created.text, list.text, state, log]) expect(text).not.toContain(SECRET);
  });
});

describe('GET /v2/connections/{id}/test', () => {
  it('reports write DISABLED without a destination, SUCCESS with one, and what the seed says', async () => {
    expect((await api().get(`/v2/connections/${org.id.connection('postgres-ops')}/test`)).body).toEqual({ read: 'SUCCESS', write: 'DISABLED' });
    expect((await api().get(`/v2/connections/${org.id.connection('snowflake-prod')}/test`)).body).toEqual({ read: 'SUCCESS', write: 'SUCCESS' });
    const failing = await start(
      seedFrom(`
credentials: [{ clientId: c, clientSecret: s, member: a@x.example }]
users: [{ email: a@x.example, accountType: Admin }]
connections:
  - name: broken
    type: databricks
    writeAccess: { destination: { catalog: main, schema: sigma } }
    test: { write: FAILED }
`),
    );
    try {
      const connection = ids(failing.emulator).connection('broken');
      expect((await failing.api.get(`/v2/connections/${connection}/test`)).body).toEqual({ read: 'SUCCESS', write: 'FAILED' });
    } finally {
      await failing.emulator.close();
    }
  });
});

describe('lookup and the path list', () => {
  const lookup = (connection: string, path: string[]) => api().post(`/v2/connection/${connection}/lookup`, { path });

  it('resolves a path to its inode, kind and url', async () => {
    const connection = org.id.connection('snowflake-prod');
    const schema = await lookup(connection, ['ANALYTICS', 'FINANCE']);
    expect(schema.body).toEqual({ kind: 'scope', inodeId: org.id.path('snowflake-prod', 'ANALYTICS', 'FINANCE').inodeId, url: expect.stringContaining('https://') });
    expect((await lookup(connection, ['ANALYTICS', 'FINANCE', 'REVENUE'])).body.kind).toBe('table');
    expect((await lookup(connection, ['ANALYTICS', 'FINANCE', 'REFRESH_FX'])).body.kind).toBe('stored-procedure');
    expect((await lookup(connection, [])).body).toMatchObject({ kind: 'scope', inodeId: org.id.root('snowflake-prod') });
  });

  it('answers 404 for an unknown path or connection, 400 for more than three names', async () => {
    const connection = org.id.connection('snowflake-prod');
    expect((await lookup(connection, ['ANALYTICS', 'NOPE'])).status).toBe(404);
    expect((await lookup(connection, ['analytics'])).status).toBe(404);
    expect((await lookup('no-such-connection', [])).status).toBe(404);
    expect((await lookup(connection, ['A', 'B', 'C', 'D'])).status).toBe(400);
    // The plural `connections` is not the lookup route.
    expect((await api().post(`/v2/connections/${connection}/lookup`, { path: [] })).status).toBe(404);
  });

  it('lists browsable paths with urlIds, without the root or procedures', async () => {
    const paths = await api().all<{ connectionId: string; urlId: string; path: string[] }>(`/v2/connections/paths?connectionId=${org.id.connection('postgres-ops')}`);
    expect(paths.map((each) => each.path.join('/'))).toEqual(['public', 'public/orders', 'public/customers', 'audit', 'audit/events']);
    const everything = await api().all<{ path: string[] }>('/v2/connections/paths');
    expect(everything.map((each) => each.path.join('/'))).not.toContain('ANALYTICS/FINANCE/REFRESH_FX');
    expect(everything.some((each) => each.path.length === 0)).toBe(false);
  });

  it('gives a connection created through the API the tree the seed prepared for its name', async () => {
    const created = await api().post('/v2/connections', { name: 'bigquery-marketing', details: { type: 'bigQuery', projectId: 'acme-marketing', serviceAccount: SECRET } });
    const found = await lookup(created.body.connectionId, ['acme-marketing', 'campaigns', 'spend']);
    expect(found.body.kind).toBe('table');
  });
});

describe('delete and restore', () => {
  it('DELETE archives: hidden from the list, its grants and paths 404, back with PUT restore', async () => {
    const connection = org.id.connection('postgres-ops');
    expect((await api().delete(`/v2/connections/${connection}`)).body).toEqual({});
    const listed = await api().all<{ connectionId: string }>('/v2/connections');
    expect(listed.map((each) => each.connectionId)).not.toContain(connection);
    const archived = await api().all<{ connectionId: string; isArchived: boolean }>('/v2/connections?includeArchived=true');
    expect(archived.find((each) => each.connectionId === connection)?.isArchived).toBe(true);
    expect((await api().get(`/v2/connections/${connection}/grants`)).status).toBe(404);
    expect((await api().get(`/v2/grants?teamId=${org.id.allMembers}`)).body.entries).toEqual([]);
    const restored = await api().put(`/v2/connections/${connection}`, { name: 'postgres-ops', details: { type: 'postgres', host: 'h', database: 'ops' }, restore: true });
    expect(restored.body.isArchived).toBe(false);
    expect((await api().get(`/v2/grants?teamId=${org.id.allMembers}`)).body.entries).toHaveLength(1);
  });
});

describe('who may change connections', () => {
  it('a manage-connections account type may grant and create, but only an Admin enables write access', async () => {
    const own = await start(
      seedFrom(`
credentials:
  - { clientId: admin, clientSecret: a, member: admin@x.example }
  - { clientId: manager, clientSecret: m, member: manager@x.example }
  - { clientId: viewer, clientSecret: v, member: viewer@x.example }
accountTypes:
  - { name: Connection Manager, permissions: [view-connections, manage-connections] }
users:
  - { email: admin@x.example, accountType: Admin }
  - { email: manager@x.example, accountType: Connection Manager }
  - { email: viewer@x.example, accountType: Viewer }
connections:
  - { name: pg, type: postgres }
`),
    );
    try {
      const manager = new ApiClient(own.emulator.url);
      await manager.login('manager', 'm');
      const viewer = new ApiClient(own.emulator.url);
      await viewer.login('viewer', 'v');
      const plain = { name: 'm1', details: { type: 'postgres', host: 'h', database: 'd' } };
      expect((await manager.post('/v2/connections', plain)).status).toBe(201);
      expect((await viewer.post('/v2/connections', plain)).status).toBe(403);
      const writable = { name: 'm2', details: { type: 'postgres', host: 'h', database: 'd', writeAccess: { writeSchema: 'w' } } };
      const refused = await manager.post('/v2/connections', writable);
      expect(refused.status).toBe(403);
      expect(refused.body.message).toMatch(/Admin/);
      expect((await own.api.post('/v2/connections', writable)).status).toBe(201);
      const pg = ids(own.emulator).connection('pg');
      const grant = { grants: [{ grantee: { memberId: own.emulator.credentials[2]?.memberId }, permission: 'usage' }] };
      expect((await manager.post(`/v2/connections/${pg}/grants`, grant)).status).toBe(200);
      expect((await viewer.post(`/v2/connections/${pg}/grants`, grant)).status).toBe(403);
    } finally {
      await own.emulator.close();
    }
  });
});
