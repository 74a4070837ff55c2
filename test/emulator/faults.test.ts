// Fault injection (each kind, determinism, the control endpoints) and the
// request log (what it keeps, and that it never keeps a secret).

import { describe, expect, it } from 'vitest';
import type { FaultConfig } from '../../src/emulator/index.js';
import { exampleOrgPerFile, start } from './harness.js';

const org = exampleOrgPerFile();

const api = () => org.started.api;
const control = (method: string, path: string, body?: unknown) =>
  fetch(`${org.started.emulator.url}/__emulator${path}`, { method, ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}) });

describe('faults', () => {
  it('throttle: 429 with Retry-After and the JSON error shape', async () => {
    org.started.emulator.control.setFaults({ rules: [{ kind: 'throttle', retryAfterSeconds: 7, count: 1 }] });
    const throttled = await api().get('/v2/teams');
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect(throttled.body).toMatchObject({ code: 'too_many_requests', message: expect.any(String), requestId: expect.any(String) });
    expect((await api().get('/v2/teams')).status).toBe(200);
  });

  it('html-throttle: an HTML page instead of JSON, with a 200 or an error status', async () => {
    org.started.emulator.control.setFaults({ rules: [{ kind: 'html-throttle', status: 200, count: 1 }, { kind: 'html-throttle', status: 503, retryAfterSeconds: 2, count: 1 }] });
    const ok = await api().get('/v2/teams');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/html/);
    expect(ok.text).toMatch(/<html/);
    const unavailable = await api().get('/v2/teams');
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('content-type')).toMatch(/^text\/html/);
    expect(unavailable.headers.get('retry-after')).toBe('2');
  });

  it('error: 500 and 503 as JSON errors', async () => {
    org.started.emulator.control.setFaults({ rules: [{ kind: 'error', count: 1 }, { kind: 'error', status: 503, count: 1 }] });
    expect((await api().get('/v2/whoami')).status).toBe(500);
    const second = await api().get('/v2/whoami');
    expect(second.status).toBe(503);
    expect(second.body.code).toBe('service_unavailable');
  });

  it('drop: the connection is closed without an answer', async () => {
    org.started.emulator.control.setFaults({ rules: [{ kind: 'drop', count: 1 }] });
    await expect(fetch(`${org.started.emulator.url}/v2/whoami`, { headers: { authorization: `Bearer ${api().token}` } })).rejects.toThrow();
    expect((await api().get('/v2/whoami')).status).toBe(200);
    expect(org.started.emulator.control.requests().at(-2)).toMatchObject({ path: '/v2/whoami', status: null, fault: 'drop' });
  });

  it('latency: every matching request waits', async () => {
    org.started.emulator.control.setFaults({ rules: [{ kind: 'latency', ms: 150, match: { path: '/v2/teams' } }] });
    const before = performance.now();
    await api().get('/v2/teams');
    expect(performance.now() - before).toBeGreaterThanOrEqual(140);
    const quick = performance.now();
    await api().get('/v2/whoami');
    expect(performance.now() - quick).toBeLessThan(140);
  });

  it('expire-token: the token in use expires mid-run; a new login works', async () => {
    org.started.emulator.control.setFaults({ rules: [{ kind: 'expire-token', after: 2, count: 1 }] });
    expect((await api().get('/v2/whoami')).status).toBe(200);
    expect((await api().get('/v2/whoami')).status).toBe(200);
    const expired = await api().get('/v2/whoami');
    expect(expired.status).toBe(401);
    expect(expired.body.message).toMatch(/expired/);
    expect((await api().get('/v2/whoami')).status).toBe(401);
    const { clientId, clientSecret } = org.started.emulator.credentials[0] as { clientId: string; clientSecret: string };
    await api().login(clientId, clientSecret);
    expect((await api().get('/v2/whoami')).status).toBe(200);
  });

  it('match a method and a path template or prefix', async () => {
    org.started.emulator.control.setFaults({ rules: [{ kind: 'error', match: { method: 'GET', path: '/v2/teams/{teamId}' } }, { kind: 'throttle', match: { path: '/v2/connections*' } }] });
    expect((await api().get('/v2/teams')).status).toBe(200);
    expect((await api().get('/v2/teams/some-id')).status).toBe(500);
    expect((await api().get('/v2/connections')).status).toBe(429);
    expect((await api().get('/v2/connections/paths')).status).toBe(429);
  });

  it('are deterministic for a seed: the same requests meet the same faults', async () => {
    const pattern = async (config: FaultConfig) => {
      org.started.emulator.control.setFaults(config);
      const statuses: number[] = [];
      for (let i = 0; i < 40; i += 1) statuses.push((await api().get('/v2/whoami')).status);
      return statuses.join(',');
    };
    const config: FaultConfig = { seed: 42, rules: [{ kind: 'throttle', rate: 0.3 }, { kind: 'error', status: 503, rate: 0.2 }] };
    const first = await pattern(config);
    expect(first).toMatch(/429/);
    expect(first).toMatch(/503/);
    expect(first).toMatch(/200/);
    expect(await pattern(config)).toBe(first);
    expect(await pattern({ ...config, seed: 7 })).not.toBe(first);
  });

  it('come from the seed too, and leave the control endpoints alone', async () => {
    const own = await start({
      credentials: [{ clientId: 'c', clientSecret: 's', member: 'a@x.example' }],
      users: [{ email: 'a@x.example', accountType: 'Admin' }],
      faults: { rules: [{ kind: 'throttle', match: { path: '/v2/teams' } }] },
    });
    try {
      expect((await own.api.get('/v2/teams')).status).toBe(429);
      expect((await fetch(`${own.emulator.url}/__emulator/state`)).status).toBe(200);
    } finally {
      await own.emulator.close();
    }
  });
});

describe('control endpoints', () => {
  it('set, report and clear faults over HTTP, and refuse a malformed configuration', async () => {
    expect((await control('PUT', '/faults', { rules: [{ kind: 'throttle', count: 1 }] })).status).toBe(200);
    await api().get('/v2/teams');
    await api().get('/v2/teams');
    const report = (await (await control('GET', '/faults')).json()) as { rules: Array<{ matched: number; fired: number }> };
    expect(report.rules[0]).toMatchObject({ matched: 2, fired: 1 });
    expect((await control('PUT', '/faults', { rules: [{ kind: 'meteor' }] })).status).toBe(400);
    expect((await control('DELETE', '/faults')).status).toBe(200);
    expect((await api().get('/v2/teams')).status).toBe(200);
  });

  it('expire every token, move the clock, reset to the seed', async () => {
    expect(await (await control('POST', '/expire-tokens')).json()).toEqual({ expired: 1 });
    expect((await api().get('/v2/whoami')).status).toBe(401);
    await org.started.reset();
    await api().post('/v2/teams', { name: 'Temporary' });
    expect((await control('POST', '/clock', { advanceSeconds: 4000 })).status).toBe(200);
    expect((await api().get('/v2/whoami')).status).toBe(401);
    expect((await control('POST', '/reset')).status).toBe(200);
    const state = (await (await control('GET', '/state')).json()) as { teams: Array<{ name: string }> };
    expect(state.teams.map((each) => each.name)).toEqual(['Sales', 'Finance', 'Data Platform']);
  });

  it('answer 404 for an unknown control endpoint', async () => {
    expect((await control('GET', '/nothing')).status).toBe(404);
  });
});

describe('the request log', () => {
  it('records method, path, query, operation and status, and is emptied by reset-log', async () => {
    await control('POST', '/reset-log');
    await api().get('/v2/members?limit=2&email=john%40acme.example');
    await api().get('/v2/nothing');
    const { requests } = (await (await control('GET', '/requests')).json()) as { requests: Array<Record<string, unknown>> };
    expect(requests).toEqual([
      expect.objectContaining({ method: 'GET', path: '/v2/members', query: { limit: '2', email: 'john@acme.example' }, operation: 'GET /v2/members', status: 200 }),
      expect.objectContaining({ method: 'GET', path: '/v2/nothing', status: 404 }),
    ]);
    expect(requests[1]).not.toHaveProperty('operation');
    await control('POST', '/reset-log');
    expect(org.started.emulator.control.requests()).toEqual([]);
  });

  it('never holds a secret: no credentials, no tokens, no headers, no bodies, secret-looking query values masked', async () => {
    const { clientId, clientSecret } = org.started.emulator.credentials[0] as { clientId: string; clientSecret: string };
    const login = await api().request('POST', '/v2/auth/token?client_secret=in-the-query', { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }, token: null });
    await api().get('/v2/whoami', { token: login.body.access_token });
    await api().request('POST', '/v2/auth/token', { form: { grant_type: 'refresh_token', refresh_token: login.body.refresh_token }, token: null });
    const text = JSON.stringify(org.started.emulator.control.requests()) + (await (await control('GET', '/requests')).text());
    for (const secret of [clientSecret, login.body.access_token, login.body.refresh_token, 'in-the-query']) expect(text).not.toContain(secret);
    expect(text).toContain('[redacted]');
  });
});
