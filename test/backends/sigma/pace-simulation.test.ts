// The client's pace against a token bucket of R requests a second, in
// simulated time (test/support/simulated-sigma.ts): the real SigmaHttp and
// AdaptiveLimit on a fake clock, the emulator's ThrottleGate as the server,
// 20 ms of network with jitter. Nothing here is timed: the clock moves only
// when the simulation says so, and the same inputs give the same run, so the
// simulated duration can be compared with requests ÷ R as the bench compares
// the real one (docs/performance.md, "Sigma at the server's pace").
//
// Several rates and every answer style, so that the pacing is not tuned to
// one bench: the HTML page as 429 and as 200 (no Retry-After), and JSON 429
// with a Retry-After of whole seconds, which must not stall every sender.

import { describe, expect, it } from 'vitest';
import type { ThrottleAnswer } from '../../../src/emulator/throttle.js';
import { burstOfReads, changesInParallel, simulatedSigma, type SimulatedRun } from '../../support/simulated-sigma.js';

const LATENCY_MS = 20;
const SECONDS = 30;

interface Case {
  readonly rate: number;
  readonly answer: ThrottleAnswer;
  readonly workload: 'reads' | 'apply';
  /** Simulated time against requests ÷ R, at most. */
  readonly slower: number;
  /** Throttled answers against requests, at most. */
  readonly throttled: number;
}

const CASES: readonly Case[] = [
  { rate: 50, answer: 'html-429', workload: 'reads', slower: 1.1, throttled: 0.02 },
  { rate: 50, answer: 'json-429', workload: 'apply', slower: 1.1, throttled: 0.02 },
  { rate: 200, answer: 'html-200', workload: 'reads', slower: 1.1, throttled: 0.02 },
  { rate: 200, answer: 'json-429', workload: 'apply', slower: 1.1, throttled: 0.02 },
  { rate: 20, answer: 'html-200', workload: 'apply', slower: 1.15, throttled: 0.05 },
  { rate: 20, answer: 'json-429', workload: 'reads', slower: 1.15, throttled: 0.05 },
];

async function simulate(run: SimulatedRun, workload: Case['workload'], requests: number): Promise<void> {
  await run.clock.run(workload === 'reads' ? burstOfReads(run, requests) : changesInParallel(run, requests / 2));
}

describe('the pace against a token bucket, in simulated time', () => {
  it.each(CASES)('$workload at $rate/s ($answer): within $slower× requests ÷ R, at most $throttled of them throttled', async ({ rate, answer, workload, slower, throttled }) => {
    const run = simulatedSigma({ rate, answer, latencyMs: LATENCY_MS });
    const requests = rate * SECONDS;
    await simulate(run, workload, requests);
    const gate = run.gate.status();
    expect(gate?.admitted).toBe(requests);
    expect(run.clock.now() / 1000).toBeLessThanOrEqual((slower * requests) / rate);
    expect(gate?.throttled).toBeLessThanOrEqual(throttled * requests);
  });

  it('sends at full concurrency, unpaced, while the server does not throttle', async () => {
    const run = simulatedSigma({ rate: 1_000_000, answer: 'html-429', latencyMs: LATENCY_MS });
    await simulate(run, 'reads', 800);
    expect(run.gate.status()?.throttled).toBe(0);
    expect(run.http.pace().rate).toBe(Number.POSITIVE_INFINITY);
    // 8 in flight, 15 to 30 ms each: 100 round trips of at most 30 ms.
    expect(run.clock.now()).toBeLessThanOrEqual(100 * 30);
  });
});
