// The Sigma client's reads (what a plan sends) against the emulator in
// throttle mode: a token bucket of 100 requests a second with a burst of 10,
// answered with the HTML throttle page as 429 and as 200. The read converges
// to the same org as an unthrottled one, no request fails, and the adaptive
// limit keeps the throttled share bounded. Counts, not times.

import { describe, expect, it } from 'vitest';
import type { ThrottleAnswer } from '../../../src/emulator/index.js';
import { startSigma } from '../../support/sigma-emulator.js';
import { e2eOrg } from '../../support/sigma-e2e-org.js';

describe.each<ThrottleAnswer>(['html-429', 'html-200'])('a plan against a throttled Sigma (%s)', (answer) => {
  it('reads the whole org with no failed request and a bounded share throttled', async () => {
    const sigma = await startSigma(e2eOrg());
    const expected = await sigma.backend().read();
    const unthrottled = sigma.emulator.control.requests().length;
    sigma.emulator.control.setThrottle({ rate: 100, burst: 10, answer });
    const snapshot = await sigma.backend({ concurrency: 8 }).read();
    expect(snapshot).toEqual(expected);
    const status = sigma.emulator.control.throttle();
    expect(status).toBeDefined();
    // Every request the plan needs got through exactly once more than it was throttled.
    expect(status!.admitted).toBe(unthrottled);
    expect(status!.throttled).toBeLessThanOrEqual(Math.ceil(0.25 * unthrottled) + 10);
    const failed = sigma.emulator.control.requests().slice(unthrottled).filter((entry) => entry.status === null || entry.status >= 500);
    expect(failed).toEqual([]);
  });
});
