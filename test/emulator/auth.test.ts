// Authentication: client credentials by HTTP Basic or form fields, refresh
// tokens, expiry on the emulator's clock, a bearer on every other route.

import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { startEmulator, type TokenAuth } from '../../src/emulator/index.js';
import { ApiClient, EXAMPLE_SEED, seedFrom, start, type Started } from './harness.js';

let started: Started;
let api: ApiClient;
let clientId: string;
let clientSecret: string;

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

beforeEach(async () => {
  started ??= await start();
  await started.reset();
  api = started.api;
  ({ clientId, clientSecret } = started.emulator.credentials[0] as { clientId: string; clientSecret: string });
});

afterAll(async () => {
  await started?.emulator.close();
});

describe('POST /v2/auth/token', () => {
  it('issues a bearer token for HTTP Basic credentials', async () => {
    const response = await api.request('POST', '/v2/auth/token', { form: { grant_type: 'client_credentials' }, headers: { authorization: basic(clientId, clientSecret) }, token: null });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ token_type: 'bearer', expires_in: 3600 });
    expect(typeof response.body.access_token).toBe('string');
    expect(typeof response.body.refresh_token).toBe('string');
  });

  it('issues a token for client_id and client_secret form fields', async () => {
    const response = await api.request('POST', '/v2/auth/token', { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }, token: null });
    expect(response.status).toBe(200);
    const whoami = await api.get('/v2/whoami', { token: response.body.access_token });
    expect(whoami.status).toBe(200);
  });

  it('refuses a wrong secret, missing credentials, and Basic and form credentials that disagree', async () => {
    const wrong = await api.request('POST', '/v2/auth/token', { form: { grant_type: 'client_credentials' }, headers: { authorization: basic(clientId, 'nope') }, token: null });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual({ message: 'Invalid client credentials', code: 'unauthorized', requestId: expect.any(String) });
    const missing = await api.request('POST', '/v2/auth/token', { form: { grant_type: 'client_credentials' }, token: null });
    expect(missing.status).toBe(401);
    const disagree = await api.request('POST', '/v2/auth/token', {
      form: { grant_type: 'client_credentials', client_id: 'someone-else', client_secret: clientSecret },
      headers: { authorization: basic(clientId, clientSecret) },
      token: null,
    });
    expect(disagree.status).toBe(401);
  });

  it('wants a form body: JSON is a 400, and so is an unknown grant type', async () => {
    const json = await api.request('POST', '/v2/auth/token', { json: { grant_type: 'client_credentials' }, headers: { authorization: basic(clientId, clientSecret) }, token: null });
    expect(json.status).toBe(400);
    const unknown = await api.request('POST', '/v2/auth/token', { form: { grant_type: 'password' }, headers: { authorization: basic(clientId, clientSecret) }, token: null });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toMatch(/^Invalid request body/);
  });

  it('refreshes with a refresh token, once: the new refresh token replaces the old', async () => {
    const first = await api.login(clientId, clientSecret);
    const refreshed = await api.request('POST', '/v2/auth/token', { form: { grant_type: 'refresh_token', refresh_token: first.body.refresh_token }, token: null });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.access_token).not.toBe(first.body.access_token);
    expect(refreshed.body.refresh_token).not.toBe(first.body.refresh_token);
    expect((await api.get('/v2/whoami', { token: refreshed.body.access_token })).status).toBe(200);
    const reused = await api.request('POST', '/v2/auth/token', { form: { grant_type: 'refresh_token', refresh_token: first.body.refresh_token }, token: null });
    expect(reused.status).toBe(401);
  });

  it('stops working, tokens and all, when their owner is deactivated', async () => {
    const own = await start(
      seedFrom(`
credentials:
  - { clientId: admin, clientSecret: admin-secret, member: admin@x.example }
  - { clientId: creator, clientSecret: creator-secret, member: creator@x.example }
users:
  - { email: admin@x.example, accountType: Admin }
  - { email: creator@x.example, accountType: Creator }
`),
    );
    try {
      const creator = new ApiClient(own.emulator.url);
      await creator.login('creator', 'creator-secret');
      expect((await creator.get('/v2/whoami')).status).toBe(200);
      const creatorId = own.emulator.credentials[1]?.memberId;
      expect((await own.api.delete(`/v2/members/${creatorId}`)).status).toBe(200);
      expect((await creator.get('/v2/whoami')).status).toBe(401);
      const again = await creator.request('POST', '/v2/auth/token', { form: { grant_type: 'client_credentials', client_id: 'creator', client_secret: 'creator-secret' }, token: null });
      expect(again.status).toBe(401);
      // The owner of the credentials in use cannot deactivate itself.
      expect((await own.api.delete(`/v2/members/${own.emulator.credentials[0]?.memberId}`)).status).toBe(400);
    } finally {
      await own.emulator.close();
    }
  });
});

describe('bearer tokens', () => {
  it('are required on every other route', async () => {
    const none = await api.get('/v2/whoami', { token: null });
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('unauthorized');
    expect((await api.get('/v2/teams', { token: 'made-up' })).status).toBe(401);
  });

  it('expire after the token lifetime: 401, and a new token works', async () => {
    expect((await api.get('/v2/whoami')).status).toBe(200);
    started.emulator.control.advanceClock(3599);
    expect((await api.get('/v2/whoami')).status).toBe(200);
    started.emulator.control.advanceClock(2);
    const expired = await api.get('/v2/whoami');
    expect(expired.status).toBe(401);
    expect(expired.body.message).toMatch(/expired/);
    await api.login(clientId, clientSecret);
    expect((await api.get('/v2/whoami')).status).toBe(200);
  });

  it('name their owner in whoami', async () => {
    const whoami = await api.get('/v2/whoami');
    expect(whoami.body).toEqual({ userId: started.emulator.credentials[0]?.memberId, organizationId: started.emulator.organizationId, accountType: 'Admin' });
  });
});

describe('--token-auth', () => {
  const ask = async (tokenAuth: TokenAuth) => {
    const emulator = await startEmulator({ seed: EXAMPLE_SEED, env: {}, tokenAuth });
    try {
      const client = new ApiClient(emulator.url);
      const { clientId: id, clientSecret: secret } = emulator.credentials[0] as { clientId: string; clientSecret: string };
      const viaForm = await client.request('POST', '/v2/auth/token', { form: { grant_type: 'client_credentials', client_id: id, client_secret: secret }, token: null });
      const viaBasic = await client.request('POST', '/v2/auth/token', { form: { grant_type: 'client_credentials' }, headers: { authorization: basic(id, secret) }, token: null });
      const refresh = await client.request('POST', '/v2/auth/token', { form: { grant_type: 'refresh_token', refresh_token: String((viaForm.body.refresh_token ?? viaBasic.body.refresh_token) as string) }, token: null });
      return { form: viaForm, basic: viaBasic, refresh };
    } finally {
      await emulator.close();
    }
  };

  it('form takes form fields only, and says so to HTTP Basic', async () => {
    const answers = await ask('form');
    expect(answers.form.status).toBe(200);
    expect(answers.basic.status).toBe(401);
    expect(answers.basic.body.message).toBe('This server takes the client credentials as client_id and client_secret form fields only');
    expect(answers.refresh.status).toBe(200);
  });

  it('basic takes HTTP Basic only, and says so to form fields', async () => {
    const answers = await ask('basic');
    expect(answers.basic.status).toBe(200);
    expect(answers.form.status).toBe(401);
    expect(answers.form.body.message).toBe('This server takes the client credentials as HTTP Basic only');
    expect(answers.refresh.status).toBe(200);
  });

  it('both (the default) takes either', async () => {
    const answers = await ask('both');
    expect([answers.form.status, answers.basic.status, answers.refresh.status]).toEqual([200, 200, 200]);
  });
});
