// Throttle mode: the token bucket itself, driven by a fake clock (no sleeps),
// and the three ways the emulator answers beyond it, over real HTTP.

import { afterEach, describe, expect, it } from 'vitest';
import { checkThrottleConfig, ThrottleGate } from '../../src/emulator/throttle.js';
import { exampleOrgPerFile } from './harness.js';

class FakeClock {
  ms = 0;
  readonly now = () => this.ms;
  advance(ms: number): void {
    this.ms += ms;
  }
}

describe('the throttle bucket', () => {
  it('admits a burst, then one request per 1/rate seconds', () => {
    const clock = new FakeClock();
    const gate = new ThrottleGate({ rate: 10, burst: 3 }, clock.now);
    expect([1, 2, 3, 4].map(() => gate.admit().admitted)).toEqual([true, true, true, false]);
    clock.advance(50);
    expect(gate.admit().admitted).toBe(false);
    clock.advance(50);
    expect(gate.admit().admitted).toBe(true);
    expect(gate.admit().admitted).toBe(false);
    expect(gate.status()).toMatchObject({ rate: 10, burst: 3, admitted: 4, throttled: 3 });
  });

  it('never holds more than its burst, however long it was quiet', () => {
    const clock = new FakeClock();
    const gate = new ThrottleGate({ rate: 100, burst: 5 }, clock.now);
    clock.advance(60_000);
    const admitted = Array.from({ length: 20 }, () => gate.admit().admitted).filter(Boolean).length;
    expect(admitted).toBe(5);
  });

  it('lets through exactly rate × seconds over a long run at any pace above the rate', () => {
    const clock = new FakeClock();
    const gate = new ThrottleGate({ rate: 50 }, clock.now);
    let admitted = 0;
    for (let t = 0; t <= 10_002; t += 3) {
      clock.ms = t;
      if (gate.admit().admitted) admitted += 1;
    }
    // 10 s at 50/s, plus the default burst (a tenth of a second's worth).
    expect(admitted).toBe(50 * 10 + 5);
  });

  it('defaults the burst to a tenth of a second, at least 1, and answers with the HTML page as 429', () => {
    const clock = new FakeClock();
    expect(new ThrottleGate({ rate: 200 }, clock.now).status()).toMatchObject({ burst: 20, answer: 'html-429' });
    expect(new ThrottleGate({ rate: 2 }, clock.now).status()).toMatchObject({ burst: 1 });
  });

  it('says how long until the next token, in whole seconds', () => {
    const clock = new FakeClock();
    const gate = new ThrottleGate({ rate: 0.25, burst: 1, answer: 'json-429' }, clock.now);
    gate.admit();
    clock.advance(1000);
    expect(gate.admit()).toEqual({ admitted: false, answer: 'json-429', retryAfterSeconds: 3 });
  });

  it('is off without a configuration, and refuses a bad one in a sentence', () => {
    const gate = new ThrottleGate(undefined);
    expect(Array.from({ length: 100 }, () => gate.admit().admitted).every(Boolean)).toBe(true);
    expect(gate.status()).toBeUndefined();
    const bad = checkThrottleConfig({ rate: 0 });
    expect(bad.ok).toBe(false);
    expect(checkThrottleConfig({ rate: 5, speed: 1 })).toMatchObject({ ok: false, message: expect.stringMatching(/unknown field speed/) });
  });
});

describe('throttle mode over HTTP', () => {
  const org = exampleOrgPerFile();
  const control = (method: string, path: string, body?: unknown) =>
    fetch(`${org.started.emulator.url}/__emulator${path}`, { method, ...(body !== undefined ? { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } } : {}) });
  afterEach(() => org.started.emulator.control.setThrottle(undefined));

  // A rate so low that no token comes back during the test: only the burst is admitted.
  const slow = 0.001;

  it('answers beyond the bucket with the HTML page as 429, without Retry-After', async () => {
    org.started.emulator.control.setThrottle({ rate: slow, burst: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await org.started.api.get('/v2/teams')).status);
    expect(statuses).toEqual([200, 200, 429]);
    const page = await org.started.api.get('/v2/teams');
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('retry-after')).toBeNull();
    expect(org.started.emulator.control.requests().at(-1)).toMatchObject({ status: 429, fault: 'rate-limit' });
  });

  it('answers the HTML page as 200 when told, as a CDN challenge may arrive', async () => {
    org.started.emulator.control.setThrottle({ rate: slow, burst: 1, answer: 'html-200' });
    await org.started.api.get('/v2/teams');
    const page = await org.started.api.get('/v2/teams');
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<html/);
  });

  it('answers JSON 429 with Retry-After when told', async () => {
    org.started.emulator.control.setThrottle({ rate: slow, burst: 1, answer: 'json-429' });
    await org.started.api.get('/v2/teams');
    const refused = await org.started.api.get('/v2/teams');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body).toMatchObject({ code: 'too_many_requests' });
  });

  it('is set, read and removed through the control endpoints', async () => {
    expect(await (await control('GET', '/throttle')).json()).toBeNull();
    const set = await control('PUT', '/throttle', { rate: slow, burst: 1, answer: 'json-429' });
    expect(await set.json()).toMatchObject({ rate: slow, burst: 1, answer: 'json-429', admitted: 0, throttled: 0 });
    await org.started.api.get('/v2/teams');
    await org.started.api.get('/v2/teams');
    expect(await (await control('GET', '/throttle')).json()).toMatchObject({ admitted: 1, throttled: 1 });
    expect((await control('PUT', '/throttle', { rate: -1 })).status).toBe(400);
    expect((await control('DELETE', '/throttle')).status).toBe(200);
    expect((await org.started.api.get('/v2/teams')).status).toBe(200);
  });
});
