// The adaptive limit with a fake clock: no sleeps, no timing assertions.

import { describe, expect, it } from 'vitest';
import { AdaptiveLimit, type PaceClock } from './adaptive-limit.js';

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
