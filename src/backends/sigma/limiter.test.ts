import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Limiter, mapBounded } from './limiter.js';

describe('Limiter', () => {
  it('never runs more than its limit at once', async () => {
    const limiter = new Limiter(3);
    let active = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 20 }, () =>
        limiter.run(async () => {
          active += 1;
          peak = Math.max(peak, active);
          await sleep(2);
          active -= 1;
        }),
      ),
    );
    expect(peak).toBe(3);
  });

  it('refuses a limit below 1', () => {
    expect(() => new Limiter(0)).toThrow(RangeError);
  });
});

describe('mapBounded', () => {
  it('keeps the order of results', async () => {
    expect(await mapBounded([3, 1, 2], 2, async (n) => (await sleep(n), n * 10))).toEqual([30, 10, 20]);
  });
});
