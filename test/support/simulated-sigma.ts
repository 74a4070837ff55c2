// The Sigma client's pacing in simulated time: the real SigmaHttp and
// AdaptiveLimit, on a fake clock, against the emulator's own token bucket
// (ThrottleGate) behind a simulated network. No sockets and no sleeps: a run
// of thousands of requests at 50 a second takes a fraction of a second of
// CPU, and the same inputs give the same run, so that tests can compare the
// simulated duration with requests ÷ R without timing anything real.

import type { PaceClock } from '../../src/backends/sigma/adaptive-limit.js';
import { SigmaHttp } from '../../src/backends/sigma/http.js';
import { Redactor } from '../../src/backends/sigma/redaction.js';
import type { TransportRequest, TransportResponse } from '../../src/backends/sigma/transport.js';
import { mulberry32 } from '../../src/emulator/faults.js';
import { ThrottleGate, type ThrottleAnswer } from '../../src/emulator/throttle.js';

/** A clock whose time moves only when every promise has settled and the next timer is due. */
export class SimulatedClock implements PaceClock {
  private ms = 0;
  private sequence = 0;
  private timers: Array<{ at: number; seq: number; callback: () => void }> = [];

  now = (): number => this.ms;

  setTimer = (ms: number, callback: () => void): void => {
    this.timers.push({ at: this.ms + Math.max(0, ms), seq: (this.sequence += 1), callback });
  };

  /** Runs until `work` settles: lets promises settle, then fires the next due timer, and again. */
  async run<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const result = work.finally(() => {
      settled = true;
    });
    result.catch(() => undefined);
    for (;;) {
      // setImmediate runs after every pending promise callback.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (settled) return result;
      if (this.timers.length === 0) throw new Error('the simulation is stuck: no timer is due and the work has not settled');
      let next = 0;
      for (let i = 1; i < this.timers.length; i += 1) {
        const timer = this.timers[i] as { at: number; seq: number };
        const best = this.timers[next] as { at: number; seq: number };
        if (timer.at < best.at || (timer.at === best.at && timer.seq < best.seq)) next = i;
      }
      const timer = this.timers.splice(next, 1)[0] as { at: number; callback: () => void };
      this.ms = Math.max(this.ms, timer.at);
      timer.callback();
    }
  }
}

export interface SimulatedServer {
  readonly rate: number;
  readonly burst?: number;
  readonly answer: ThrottleAnswer;
  /** One-way network time is half of it; each request's is drawn between 0.75× and 1.5× (seeded). */
  readonly latencyMs: number;
  readonly seed?: number;
}

export interface SimulatedRun {
  readonly http: SigmaHttp;
  readonly clock: SimulatedClock;
  readonly gate: ThrottleGate;
}

/** A SigmaHttp whose requests reach a token bucket of `rate` a second over a simulated network; every admitted request answers `{}`. */
export function simulatedSigma(server: SimulatedServer, concurrency = 8): SimulatedRun {
  const clock = new SimulatedClock();
  const gate = new ThrottleGate({ rate: server.rate, ...(server.burst !== undefined && { burst: server.burst }), answer: server.answer }, clock.now);
  const random = mulberry32(server.seed ?? 1);
  const transport = {
    send: (_request: TransportRequest): Promise<TransportResponse> =>
      new Promise((resolve) => {
        const latency = server.latencyMs * (0.75 + 0.75 * random());
        clock.setTimer(latency / 2, () => {
          const verdict = gate.admit();
          clock.setTimer(latency / 2, () => resolve(verdict.admitted ? { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' } : throttleAnswer(verdict.answer, verdict.retryAfterSeconds)));
        });
      }),
  };
  const http = new SigmaHttp({
    baseUrl: 'https://sigma.invalid',
    transport,
    tokens: { token: async () => 'simulated-token', invalidate: () => false },
    redactor: new Redactor(),
    concurrency,
    clock,
    baseUrlSource: 'the simulation',
  });
  return { http, clock, gate };
}

function throttleAnswer(answer: ThrottleAnswer, retryAfterSeconds: number): TransportResponse {
  const page = '<!DOCTYPE html><html><head><title>Too many requests</title></head><body>Slow down.</body></html>';
  if (answer === 'json-429') return { status: 429, headers: { 'content-type': 'application/json', 'retry-after': String(retryAfterSeconds) }, body: '{"message":"Too many requests","code":"too_many_requests"}' };
  return { status: answer === 'html-200' ? 200 : 429, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page };
}

/** `total` GETs queued at once, as a plan's reads are. */
export async function burstOfReads(run: SimulatedRun, total: number): Promise<void> {
  await Promise.all(Array.from({ length: total }, (_, i) => run.http.request({ method: 'GET', path: '/v2/teams/{teamId}/members', params: { teamId: `t${i}` } })));
}

/** `workers` changes at a time, each two requests in a row (a POST, then the list that learns its id), as an apply sends them. */
export async function changesInParallel(run: SimulatedRun, changes: number, workers = 8): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < changes) {
      const i = (next += 1);
      await run.http.request({ method: 'POST', path: '/v2/connections/paths/{connectionPathId}/grants', params: { connectionPathId: `p${i}` }, body: { grants: [] } });
      await run.http.request({ method: 'GET', path: '/v2/connections/paths/{connectionPathId}/grants', params: { connectionPathId: `p${i}` } });
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
}
