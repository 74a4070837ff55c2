// Every error is Sigma's `{message, code, requestId}` JSON, with a status
// that says what went wrong, and never repeats what the client sent.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ids, start, type Started } from './harness.js';

let started: Started;

beforeAll(async () => {
  started = await start();
});

afterAll(async () => {
  await started.emulator.close();
});

const api = () => started.api;
const shape = { message: expect.any(String), code: expect.any(String), requestId: expect.any(String) };

describe('invalid requests are 400 in the error shape', () => {
  it.each([
    ['a missing required field', 'POST', '/v2/teams', { description: 'no name' }, /required property 'name'/],
    ['a value outside an enum', 'POST', '/v2/teams', { name: 'T', visibility: 'secret' }, /visibility must be one of/],
    ['a wrong type', 'PATCH', '/v2/teams/any', { name: 42 }, /name must be string/],
    ['a lookup path too long', 'POST', '/v2/connection/any/lookup', { path: ['a', 'b', 'c', 'd'] }, /path/],
    ['a grant without grantee', 'POST', '/v2/grants', { permission: 'usage', inodeId: 'x' }, /grantee/],
  ])('%s', async (_what, method, path, json, message) => {
    const response = await api().request(method, path, { json });
    expect(response.status).toBe(400);
    expect(response.body).toEqual(shape);
    expect(response.body.code).toBe('bad_request');
    expect(response.body.message).toMatch(message);
  });

  it('a body that is not JSON, or not sent as JSON', async () => {
    const broken = await api().request('POST', '/v2/teams', { headers: { 'content-type': 'application/json' }, form: { name: 'x' } });
    expect(broken.status).toBe(400);
    expect(broken.body.message).toBe('Request body is not valid JSON');
    const text = await api().request('POST', '/v2/teams', { form: { name: 'x' } });
    expect(text.body.message).toBe('Content-Type must be application/json');
  });

  it('a query parameter of the wrong type', async () => {
    const response = await api().get('/v2/members?includeArchived=perhaps');
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/includeArchived/);
  });

  it('does not echo the values it refuses', async () => {
    const id = ids(started.emulator);
    const secret = 'hunter2-do-not-echo';
    const response = await api().put(`/v2/connections/${id.connection('postgres-ops')}`, { name: 'pg', details: { type: 'postgres', host: 'h', database: 'd', password: { type: 'plain', value: secret, extra: 1 }, port: secret } });
    expect(response.status).toBe(400);
    expect(response.text).not.toContain(secret);
  });
});

describe('other errors', () => {
  it('an unknown route or method is a 404', async () => {
    for (const [method, path] of [['GET', '/v2/nothing'], ['PATCH', '/v2/connections'], ['GET', '/v3/teams']] as const) {
      const response = await api().request(method, path);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.body).toEqual(shape);
    }
  });

  it('an unknown id is a 404', async () => {
    for (const path of ['/v2/members/nope', '/v2/teams/nope', '/v2/connections/nope', '/v2/grants/nope']) {
      const response = await api().get(path);
      expect(response.status, path).toBe(404);
      expect(response.body.code).toBe('not_found');
    }
  });

  it('errors carry a fresh request id each', async () => {
    const a = await api().get('/v2/members/nope');
    const b = await api().get('/v2/members/nope');
    expect(a.body.requestId).not.toBe(b.body.requestId);
  });
});
