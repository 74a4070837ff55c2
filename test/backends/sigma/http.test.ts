// The client under the faults Sigma's API shows in production, injected by
// the emulator: throttling (429 with Retry-After, an HTML page), 5xx,
// dropped connections, expired tokens; and the failures that must not be
// retried, each as one sentence with Sigma's message, code and requestId.

import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SigmaApiError } from '../../../src/backends/sigma/errors.js';
import type { RetryPolicy } from '../../../src/backends/sigma/retry.js';
import type { Change } from '../../../src/model/changes.js';
import { EnvironmentError } from '../../../src/model/errors.js';
import { startRecordingProxy } from '../../support/recording-proxy.js';
import { skippingClock, startSigma } from '../../support/sigma-emulator.js';
import { CLIENT_SECRET, smallOrg } from './fixtures.js';

const statuses = (entries: readonly { operation?: string | undefined; status: number | null }[], operation: string) =>
  entries.filter((entry) => entry.operation === operation).map((entry) => entry.status);

describe('the Sigma HTTP client', () => {
  it('waits as long as Retry-After says on a 429, then carries on', async () => {
    const sigma = await startSigma(smallOrg());
    sigma.emulator.control.setFaults({ rules: [{ kind: 'throttle', count: 1, retryAfterSeconds: 1, match: { path: '/v2/whoami' } }] });
    const patient: RetryPolicy = { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 5_000, giveUpAfterMs: 10_000 };
    // Measured on the client's own clock, on which the wait passes without taking real time.
    const clock = skippingClock();
    const started = clock.now();
    await sigma.backend({ retry: patient, paceClock: clock }).read();
    expect(clock.now() - started).toBeGreaterThanOrEqual(950);
    expect(statuses(sigma.emulator.control.requests(), 'GET /v2/whoami')).toEqual([429, 200]);
  });

  it('retries an HTML throttle page, server errors and dropped connections', async () => {
    const sigma = await startSigma(smallOrg());
    sigma.emulator.control.setFaults({
      rules: [
        { kind: 'html-throttle', status: 200, count: 1, match: { path: '/v2.1/members' } },
        { kind: 'html-throttle', status: 503, count: 1, match: { path: '/v2.1/teams' } },
        { kind: 'error', status: 503, count: 2, match: { path: '/v2/connections' } },
        { kind: 'drop', count: 1, match: { path: '/v2/grants' } },
      ],
    });
    const snapshot = await sigma.backend().read();
    expect(snapshot.users.length).toBe(6);
    const log = sigma.emulator.control.requests();
    expect(statuses(log, 'GET /v2.1/members')).toEqual([200, 200]);
    expect(statuses(log, 'GET /v2.1/teams')).toEqual([503, 200]);
    expect(statuses(log, 'GET /v2/connections')).toEqual([503, 503, 200]);
    expect(statuses(log, 'GET /v2/grants')).toContain(null);
  });

  it('creates a team once although the POST failed after Sigma may have made it', async () => {
    const sigma = await startSigma(smallOrg());
    const backend = sigma.backend();
    await backend.read();
    sigma.emulator.control.setFaults({ rules: [{ kind: 'drop', count: 1, match: { method: 'POST', path: '/v2/teams' } }, { kind: 'error', status: 500, count: 1, match: { method: 'POST', path: '/v2/members' } }] });
    await backend.execute({ type: 'team', action: 'create', address: 'team.Ops', after: { name: 'Ops', managedBy: 'grantform' } });
    await backend.execute({ type: 'user', action: 'create', address: 'user.new@example.com', after: { email: 'new@example.com', accountType: 'Viewer', managedBy: 'grantform' } });
    const live = await sigma.backend().read();
    expect(live.teams.filter((team) => team.name === 'Ops')).toHaveLength(1);
    expect(live.users.filter((user) => user.email === 'new@example.com')).toHaveLength(1);
  });

  it('fetches a new token once when Sigma says the token expired', async () => {
    const sigma = await startSigma(smallOrg());
    sigma.emulator.control.setFaults({ rules: [{ kind: 'expire-token', count: 1, match: { path: '/v2/connections' } }] });
    const backend = sigma.backend();
    await backend.read();
    expect(backend.requestCounts().get('POST /v2/auth/token')).toBe(2);
    expect(statuses(sigma.emulator.control.requests(), 'GET /v2/connections')).toEqual([401, 200]);
  });

  it('never retries another 4xx, and carries Sigma\'s message, code and requestId', async () => {
    const sigma = await startSigma(smallOrg());
    const backend = sigma.backend();
    await backend.read();
    // Sigma reserves the name of its built-in team, which no list shows: the create is refused with a 409.
    const change: Change = { type: 'team', action: 'create', address: 'team.All Members', after: { name: 'All Members', managedBy: 'grantform' } };
    const error = await backend.execute(change).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SigmaApiError);
    const failure = (error as SigmaApiError).failure;
    expect(failure).toMatchObject({ endpoint: 'POST /v2/teams', status: 409, code: expect.any(String), requestId: expect.any(String), sigmaMessage: expect.any(String) });
    expect((error as Error).message).toBe(`Sigma refused POST /v2/teams (HTTP 409, code ${failure.code}, request ${failure.requestId}): ${failure.sigmaMessage}`);
    expect(statuses(sigma.emulator.control.requests(), 'POST /v2/teams')).toEqual([409]);
  });

  it('gives up after a bounded time with a clear sentence', async () => {
    const sigma = await startSigma(smallOrg());
    sigma.emulator.control.setFaults({ rules: [{ kind: 'error', status: 502, match: { path: '/v2/whoami' } }] });
    const policy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 10, maxDelayMs: 40, giveUpAfterMs: 2_000 };
    await expect(sigma.backend({ retry: policy }).read()).rejects.toThrow(/^Sigma did not answer GET \/v2\/whoami \(HTTP 502, request [0-9a-f-]+\): Service unavailable, 5 times over \d+ s; grantform gave up: try again later$/);
    expect(statuses(sigma.emulator.control.requests(), 'GET /v2/whoami')).toEqual([502, 502, 502, 502, 502]);
  });

  it('says in one sentence when the credentials are wrong, never quoting the secret', async () => {
    const sigma = await startSigma(smallOrg());
    const backend = sigma.backend({ env: { ...sigma.env, SIGMA_CLIENT_SECRET: 'wrong-secret-value-123' } });
    const error = await backend.read().then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toMatch(/^Sigma refused the client credentials \(HTTP 401[^)]*\): .*: check \$SIGMA_CLIENT_ID and \$SIGMA_CLIENT_SECRET$/);
    expect(error?.message).not.toContain('wrong-secret-value-123');
    expect(error?.message).not.toContain(CLIENT_SECRET);
  });

  it('says in one sentence when the base URL cannot be reached, or a variable is missing', async () => {
    const sigma = await startSigma(smallOrg());
    const closed = await closedPort();
    await expect(sigma.backend({ env: { ...sigma.env, SIGMA_BASE_URL: `http://127.0.0.1:${closed}` } }).read()).rejects.toThrow(
      `Cannot reach Sigma at http://127.0.0.1:${closed} (connection refused): check $SIGMA_BASE_URL`,
    );
    expect(() => sigma.backend({ env: { ...sigma.env, SIGMA_CLIENT_SECRET: undefined } })).toThrow(EnvironmentError);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    const sigma = await startSigma(smallOrg());
    const proxy = await startRecordingProxy(sigma.emulator.url);
    try {
      sigma.emulator.control.setFaults({ rules: [{ kind: 'latency', ms: 15 }] });
      await sigma.backend({ concurrency: 2, env: { ...sigma.env, SIGMA_BASE_URL: proxy.url } }).read();
      expect(proxy.peakInFlight()).toBe(2);
    } finally {
      await proxy.close();
    }
  });
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
