// The adaptive limit with a fake clock: no sleeps, no timing assertions.

import { describe, expect, it } from 'vitest';
import { AdaptiveLimit, type PaceClock, type SendOutcome } from './adaptive-limit.js';

class FakeClock implements PaceClock {
  ms = 0;
  private timers: Array<{ at: number; callback: () => void }> = [];
  now = (): number => this.ms;
  setTimer = (ms: number, callback: () => void): void => void this.timers.push({ at: this.ms + ms, callback });
  advance(ms: number): void {
    this.ms += ms;
    const due = this.timers.filter((timer) => timer.at <= this.ms);
    this.timers = this.timers.filter((timer) => timer.at > this.ms);
    for (const timer of due) timer.callback();
  }
}

describe('AdaptiveLimit', () => {
  it('starts at the configured concurrency, halves on throttling once per reaction', async () => {
    const clock = new FakeClock();
    const limit = new AdaptiveLimit(8, clock);
    const slots = await Promise.all(Array.from({ length: 8 }, () => limit.acquire()));
    expect(limit.inFlight).toBe(8);
    clock.advance(5);
    limit.release(slots[0]!, { kind: 'throttled' });
    expect(limit.limit).toBe(4);
    // Sent before the reaction: no second halving.
    limit.release(slots[1]!, { kind: 'throttled' });
    expect(limit.limit).toBe(4);
    expect(limit.throttled).toBe(2);
  });

  it('grows by one per window of accepted requests, never above the configured concurrency', async () => {
    const clock = new FakeClock();
    const limit = new AdaptiveLimit(3, clock);
    const first = await limit.acquire();
    limit.release(first, { kind: 'throttled' });
    expect(limit.limit).toBe(1);
    clock.advance(1000);
    for (let i = 0; i < 50; i += 1) {
      const slot = limit.acquire();
      clock.advance(100);
      limit.release(await slot, { kind: 'accepted' });
    }
    expect(limit.limit).toBe(3);
  });
});

/** Advances the fake clock a millisecond at a time until `promise` settles (at most `limitMs`). */
async function until<T>(clock: FakeClock, promise: Promise<T>, limitMs = 60_000): Promise<T> {
  let done = false;
  void promise.then(() => (done = true));
  for (let ms = 0; ms < limitMs && !done; ms += 1) {
    await Promise.resolve();
    if (!done) clock.advance(1);
  }
  return promise;
}

describe('AdaptiveLimit and Retry-After', () => {
  it('holds the throttled request for its Retry-After, and the others only for a short pause', async () => {
    const clock = new FakeClock();
    const limit = new AdaptiveLimit(8, clock);
    const [throttled, other] = await Promise.all([limit.acquire(), limit.acquire()]);
    clock.advance(10);
    limit.release(throttled!, { kind: 'throttled', retryAfterMs: 1_000 });
    limit.release(other!, { kind: 'accepted' });
    let heldOver = false;
    void limit.holdOff(1_000).then(() => (heldOver = true));
    // Not a second: a short pause for everyone else.
    const next = await until(clock, limit.acquire());
    expect(next.sentAt).toBeLessThan(500);
    expect(heldOver).toBe(false);
    clock.advance(1_000);
    await Promise.resolve();
    expect(heldOver).toBe(true);
  });

  it('waits out a Retry-After with every sender when the server refuses everything sent during it (a block)', async () => {
    const clock = new FakeClock();
    const limit = new AdaptiveLimit(1, clock);
    const sent: number[] = [];
    const send = async (outcome: SendOutcome) => {
      const slot = await until(clock, limit.acquire());
      sent.push(slot.sentAt);
      clock.advance(5);
      limit.release(slot, outcome);
    };
    // The server refuses everything for 10 s: the first refusal opens the Retry-After, three more show the block.
    for (let i = 0; i < 4; i += 1) await send({ kind: 'throttled', retryAfterMs: 10_000 });
    await send({ kind: 'accepted' });
    // The next request left only when the first refusal's Retry-After ended.
    expect(sent[4]).toBeGreaterThanOrEqual((sent[0] as number) + 5 + 10_000);
  });
});
