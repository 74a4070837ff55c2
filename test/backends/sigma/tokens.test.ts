// Access tokens as Sigma documents them: the client id and secret as form
// fields first, HTTP Basic once when a service refuses those, never both in
// one request; the method that worked kept for the run; renewal with the
// refresh_token grant before expiry (on an injected clock); one renewal
// shared by every request that met the same dead token. Real HTTP through a
// recording proxy to emulators that take form fields, Basic, or both.

import { describe, expect, it } from 'vitest';
import { ClientCredentialsTokens } from '../../../src/backends/sigma/auth.js';
import { SigmaHttp } from '../../../src/backends/sigma/http.js';
import { Redactor } from '../../../src/backends/sigma/redaction.js';
import { Transport } from '../../../src/backends/sigma/transport.js';
import type { TokenAuth } from '../../../src/emulator/index.js';
import { startRecordingProxy, type RecordedRequest, type RecordingProxy } from '../../support/recording-proxy.js';
import { FAST_RETRY, startSigma, type SigmaTestbed } from '../../support/sigma-emulator.js';
import { smallOrg } from './fixtures.js';

interface TokenRequest {
  readonly grant: string | undefined;
  readonly how: 'form' | 'basic' | 'both' | 'neither';
}

function tokenRequests(proxy: RecordingProxy): TokenRequest[] {
  return proxy.requests
    .filter((request) => request.path === '/v2/auth/token')
    .map((request: RecordedRequest) => {
      const body = (request.body ?? {}) as Record<string, string | undefined>;
      const basic = request.authorization?.startsWith('Basic ') ?? false;
      const form = body.client_id !== undefined || body.client_secret !== undefined;
      return { grant: body.grant_type, how: basic && form ? 'both' : basic ? 'basic' : form ? 'form' : 'neither' };
    });
}

async function testbed(tokenAuth: TokenAuth): Promise<{ sigma: SigmaTestbed; proxy: RecordingProxy; env: Record<string, string> }> {
  const sigma = await startSigma(smallOrg(), { tokenAuth });
  const proxy = await startRecordingProxy(sigma.emulator.url);
  return { sigma, proxy, env: { ...sigma.env, SIGMA_BASE_URL: proxy.url } };
}

const apiStatuses = (sigma: SigmaTestbed) =>
  sigma.emulator.control
    .requests()
    .filter((entry) => entry.operation !== 'POST /v2/auth/token')
    .map((entry) => entry.status);

describe('the token request', () => {
  it('sends the client credentials as form fields, which a form-only service takes', async () => {
    const { sigma, proxy, env } = await testbed('form');
    try {
      await sigma.backend({ env }).read();
      expect(tokenRequests(proxy)).toEqual([{ grant: 'client_credentials', how: 'form' }]);
    } finally {
      await proxy.close();
    }
  });

  it('sends form fields to a service that takes either, and nothing else', async () => {
    const { sigma, proxy, env } = await testbed('both');
    try {
      await sigma.backend({ env }).read();
      expect(tokenRequests(proxy)).toEqual([{ grant: 'client_credentials', how: 'form' }]);
    } finally {
      await proxy.close();
    }
  });

  it('tries HTTP Basic once when a Basic-only service refuses the form fields, and keeps Basic for the run', async () => {
    const { sigma, proxy, env } = await testbed('basic');
    try {
      const backend = sigma.backend({ env });
      await backend.read();
      sigma.emulator.control.expireTokens();
      await backend.read();
      expect(tokenRequests(proxy)).toEqual([
        { grant: 'client_credentials', how: 'form' },
        { grant: 'client_credentials', how: 'basic' },
        { grant: 'refresh_token', how: 'basic' },
      ]);
    } finally {
      await proxy.close();
    }
  });

  it('says the credentials were refused after form fields and Basic, once each', async () => {
    const { sigma, proxy, env } = await testbed('form');
    try {
      const error = await sigma
        .backend({ env: { ...env, SIGMA_CLIENT_SECRET: 'a-wrong-secret-value-987' } })
        .read()
        .then(
          () => undefined,
          (caught: unknown) => caught as Error,
        );
      expect(error?.message).toMatch(/^Sigma refused the client credentials \(HTTP 401[^)]*\): .*: check \$SIGMA_CLIENT_ID and \$SIGMA_CLIENT_SECRET$/);
      expect(tokenRequests(proxy)).toEqual([
        { grant: 'client_credentials', how: 'form' },
        { grant: 'client_credentials', how: 'basic' },
      ]);
    } finally {
      await proxy.close();
    }
  });
});

describe('token renewal', () => {
  it('renews with the refresh_token grant before the token expires, on the injected clock', async () => {
    const { sigma, proxy, env } = await testbed('form');
    try {
      let now = Date.parse('2026-01-01T00:00:00Z');
      const backend = sigma.backend({ env, now: () => now });
      await backend.read();
      now += 30 * 60_000;
      await backend.read();
      expect(tokenRequests(proxy)).toHaveLength(1);
      // 50 s before the hour is up on both clocks: the token still works, and is renewed all the same.
      now += 29 * 60_000 + 10_000;
      sigma.emulator.control.advanceClock(59 * 60 + 10);
      await backend.read();
      expect(tokenRequests(proxy)).toEqual([
        { grant: 'client_credentials', how: 'form' },
        { grant: 'refresh_token', how: 'form' },
      ]);
      const refresh = proxy.requests.filter((request) => request.path === '/v2/auth/token')[1];
      expect((refresh?.body as Record<string, string>).refresh_token).toMatch(/.{16,}/);
      expect(apiStatuses(sigma)).not.toContain(401);
    } finally {
      await proxy.close();
    }
  });

  it('falls back to the client credentials when Sigma no longer takes the refresh token', async () => {
    const { sigma, proxy, env } = await testbed('both');
    try {
      let now = Date.parse('2026-01-01T00:00:00Z');
      const backend = sigma.backend({ env, now: () => now });
      await backend.read();
      sigma.emulator.control.reset(); // forgets every token, refresh tokens too
      now += 3600_000;
      await backend.read();
      expect(tokenRequests(proxy).map((request) => request.grant)).toEqual(['client_credentials', 'refresh_token', 'client_credentials']);
    } finally {
      await proxy.close();
    }
  });

  it('asks for one token when many requests in flight meet the same expired one', async () => {
    const sigma = await startSigma(smallOrg());
    const { http, close } = client(sigma);
    try {
      await http.request({ method: 'GET', path: '/v2/whoami' });
      sigma.emulator.control.expireTokens();
      sigma.emulator.control.resetLog();
      await Promise.all(Array.from({ length: 8 }, () => http.request({ method: 'GET', path: '/v2/whoami' })));
      const log = sigma.emulator.control.requests();
      expect(log.filter((entry) => entry.operation === 'GET /v2/whoami' && entry.status === 401)).toHaveLength(8);
      expect(log.filter((entry) => entry.operation === 'POST /v2/auth/token')).toHaveLength(1);
      expect(http.requestCounts().get('POST /v2/auth/token')).toBe(2);
    } finally {
      close();
    }
  });

  it('renews again when the renewed token dies too, and gives up in a sentence when every token is refused', async () => {
    const sigma = await startSigma(smallOrg());
    const { http, close } = client(sigma);
    try {
      // One request meets three expired tokens in a row: renewed three times, then through.
      sigma.emulator.control.setFaults({ rules: [{ kind: 'expire-token', count: 3, match: { path: '/v2/whoami' } }] });
      await http.request({ method: 'GET', path: '/v2/whoami' });
      expect(http.requestCounts().get('POST /v2/auth/token')).toBe(4);
      sigma.emulator.control.setFaults({ rules: [{ kind: 'expire-token', match: { path: '/v2/whoami' } }] });
      await expect(http.request({ method: 'GET', path: '/v2/whoami' })).rejects.toThrow(
        /^Sigma refused GET \/v2\/whoami \(HTTP 401[^)]*\): .*: the access token was refused 4 times in a row, even freshly issued$/,
      );
      expect(http.requestCounts().get('POST /v2/auth/token')).toBe(7);
    } finally {
      close();
    }
  });
});

/** The HTTP client and token source alone, straight to the emulator. */
function client(sigma: SigmaTestbed): { http: SigmaHttp; close: () => void } {
  const redactor = new Redactor();
  const transport = new Transport(sigma.emulator.url, 8);
  const counts: { http?: SigmaHttp } = {};
  const tokens = new ClientCredentialsTokens(
    { baseUrl: sigma.emulator.url, clientId: sigma.env.SIGMA_CLIENT_ID as string, clientSecret: sigma.env.SIGMA_CLIENT_SECRET as string, source: 'the test', baseUrlSource: 'the test' },
    { transport, redactor, policy: FAST_RETRY, count: (endpoint) => counts.http?.count(endpoint) },
  );
  const http = new SigmaHttp({ baseUrl: sigma.emulator.url, transport, tokens, redactor, concurrency: 8, retry: FAST_RETRY, baseUrlSource: 'the test' });
  counts.http = http;
  return { http, close: () => transport.close() };
}
