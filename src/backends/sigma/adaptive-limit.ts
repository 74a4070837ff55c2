// How fast to send to Sigma, learned from its throttling. Sigma publishes no
// rate limit; its edge answers a client that goes too fast with an HTML page
// (as 429, or as 200) or a 429. Two controls, both adjusted here:
//
// - concurrency: at most `limit` requests in flight, starting at the
//   configured maximum (backend.concurrency); halved on throttling (min 1),
//   one more per `limit` accepted requests (additive increase), never above
//   the maximum;
// - pace: after the first throttle, requests leave at most `rate` a second
//   (a client-side token bucket, 20 ms deep). The rate is set from what
//   the server was seen to accept: the requests it accepted, by the time they
//   were sent, since the first throttle of the current run of throttles
//   (when its bucket was empty, so the count is its rate) or over the last
//   second, whichever is shorter; 5% under that. Between throttles the rate
//   grows additively, by 1.5% of the estimate per second's worth of accepted
//   requests, so that the client probes for more without overshooting far.
//
// On throttling every sender pauses, for Retry-After when the server gave
// one, else two intervals at the new rate: one pause for all, instead of
// each request in flight backing off on its own and returning in a burst.
// A throttled request that was sent before the last reaction says nothing
// new (it left at the old pace) and changes nothing.
//
// Only concurrency applies until Sigma first throttles: an unthrottled
// Sigma is read as fast as before (docs/sigma-backend.md, "Throttling").

import { performance } from 'node:perf_hooks';

export interface PaceClock {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Calls `callback` after `ms` milliseconds. */
  setTimer(ms: number, callback: () => void): void;
}

export const REAL_CLOCK: PaceClock = {
  now: () => performance.now(),
  setTimer: (ms, callback) => void setTimeout(callback, ms),
};

export type SendOutcome =
  | { readonly kind: 'accepted' }
  | { readonly kind: 'throttled'; readonly retryAfterMs?: number | undefined }
  /** Anything else (a server error, a dropped connection, a 401): no news about the pace. */
  | { readonly kind: 'other' };

export interface Slot {
  /** When the request left, on the limiter's clock. */
  readonly sentAt: number;
}

/** A new run of throttles starts when the last one is older than this. */
const RUN_GAP_MS = 1_000;
/** The window the client's own recent pace is measured over. */
const RECENT_MS = 500;
/** A run in which at least this share of requests was throttled measured the server's rate. */
const SATURATED_SHARE = 0.1;
/** Under a measured rate. */
const MARGIN = 0.97;
/** Under the client's recent pace, when the rate was not measured. */
const BURST_MARGIN = 0.9;
/** Growth per quiet second, times the quiet seconds so far. */
const GROWTH = 0.01;
const MIN_RATE = 0.5;
const MAX_PAUSE_MS = 1_000;
const PACE_DEPTH_MS = 20;

export class AdaptiveLimit {
  private active = 0;
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private limitNow: number;
  private rateNow = Number.POSITIVE_INFINITY;
  /** The server's rate as last estimated; undefined before the first throttle. */
  private estimate: number | undefined;
  private tokens = 1;
  private refilledAt = 0;
  private pausedUntil = Number.NEGATIVE_INFINITY;
  private reactedAt = Number.NEGATIVE_INFINITY;
  private runAnchor: number | undefined;
  private lastThrottleSentAt = Number.NEGATIVE_INFINITY;
  private firstSentAt: number | undefined;
  /** Send times of accepted requests, kept back to the window's start. */
  private accepted: number[] = [];
  /** Send times of throttled requests, likewise. */
  private throttledSends: number[] = [];
  /** Seconds' worth of accepted requests since the last throttle. */
  private quietSeconds = 0;
  private concurrencyCredit = 0;
  private rateCredit = 0;
  private timerAt: number | undefined;
  private throttledCount = 0;

  constructor(
    readonly maxConcurrency: number,
    private readonly clock: PaceClock = REAL_CLOCK,
  ) {
    if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) throw new RangeError(`concurrency must be a whole number of at least 1, not ${maxConcurrency}`);
    this.limitNow = maxConcurrency;
  }

  /** Requests allowed in flight now. */
  get limit(): number {
    return this.limitNow;
  }

  /** Requests a second allowed now; Infinity until Sigma first throttles. */
  get rate(): number {
    return this.rateNow;
  }

  get throttled(): number {
    return this.throttledCount;
  }

  get inFlight(): number {
    return this.active;
  }

  /** Waits for a slot and for the pace; the caller must `release` it with what the request met. */
  acquire(): Promise<Slot> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.pump();
    });
  }

  release(slot: Slot, outcome: SendOutcome): void {
    this.active -= 1;
    if (outcome.kind === 'accepted') this.onAccepted(slot.sentAt);
    else if (outcome.kind === 'throttled') this.onThrottled(slot.sentAt, outcome.retryAfterMs);
    this.pump();
  }

  /** Runs `task` in a slot; `outcome` says what its result means for the pace. */
  async run<T>(task: () => Promise<T>, outcome: (result: T) => SendOutcome): Promise<T> {
    const slot = await this.acquire();
    let result: SendOutcome = { kind: 'other' };
    try {
      const value = await task();
      result = outcome(value);
      return value;
    } finally {
      this.release(slot, result);
    }
  }

  private onAccepted(sentAt: number): void {
    this.accepted.push(sentAt);
    this.concurrencyCredit += 1;
    if (this.concurrencyCredit >= this.limitNow) {
      this.concurrencyCredit = 0;
      this.limitNow = Math.min(this.maxConcurrency, this.limitNow + 1);
    }
    if (this.estimate === undefined || sentAt < this.reactedAt) return;
    this.rateCredit += 1;
    if (this.rateCredit >= this.rateNow) {
      // A second's worth accepted: probe for more, a little more with each quiet second.
      this.rateCredit = 0;
      this.quietSeconds += 1;
      this.setRate(this.rateNow + Math.max(MIN_RATE, GROWTH * this.quietSeconds * this.rateNow));
    }
    // Keep only what a future window can count.
    if (this.accepted.length > 4096) this.accepted = forgetBefore(this.accepted, sentAt - RUN_GAP_MS);
    if (this.throttledSends.length > 4096) this.throttledSends = forgetBefore(this.throttledSends, sentAt - RUN_GAP_MS);
  }

  private onThrottled(sentAt: number, retryAfterMs: number | undefined): void {
    this.throttledCount += 1;
    this.throttledSends.push(sentAt);
    // Sent before the last reaction: it left at the old pace, and says nothing new.
    if (sentAt < this.reactedAt) return;
    const now = this.clock.now();
    const inRun = this.runAnchor !== undefined && sentAt - this.lastThrottleSentAt <= RUN_GAP_MS;
    if (!inRun) this.runAnchor = sentAt;
    this.lastThrottleSentAt = sentAt;
    const anchor = this.runAnchor ?? sentAt;
    // Between two throttles the server's bucket was empty at both ends, so what it accepted in between is at most its
    // rate: the rate itself when the client pushed harder all along (a good share of the requests throttled).
    const accepted = count(this.accepted, anchor, sentAt);
    const refused = count(this.throttledSends, anchor, sentAt);
    const span = sentAt - anchor;
    const saturated = inRun && span > 0 && accepted > 0 && refused >= SATURATED_SHARE * (accepted + refused);
    const measured = inRun && span > 0 && accepted > 0 ? (accepted * 1000) / span : undefined;
    // The client's own pace just before: an upper bound of the server's rate when it was throttled.
    const recentStart = Math.max(this.firstSentAt ?? sentAt, sentAt - RECENT_MS);
    const recent = sentAt > recentStart ? ((count(this.accepted, recentStart, sentAt) + count(this.throttledSends, recentStart, sentAt)) * 1000) / (sentAt - recentStart) : undefined;
    let next: number;
    if (saturated && measured !== undefined) next = measured * MARGIN;
    // A run of a few throttles: between what the server was seen to take and a little under the client's pace.
    else if (measured !== undefined) next = Math.max(measured, (recent ?? this.rateNow) * BURST_MARGIN);
    // One throttle after a quiet spell: a burst emptied the bucket, or the pace crept just over. Halving the
    // concurrency answers a burst; a pace, if there is one, comes down a little.
    else next = Number.isFinite(this.rateNow) ? Math.min(this.rateNow, recent ?? this.rateNow) * MARGIN : Number.POSITIVE_INFINITY;
    if (Number.isFinite(next)) this.estimate = measured ?? next;
    this.setRate(Math.max(MIN_RATE, Math.min(next, this.rateNow)));
    this.limitNow = Math.max(1, Math.floor(this.limitNow / 2));
    this.concurrencyCredit = 0;
    this.rateCredit = 0;
    this.quietSeconds = 0;
    this.reactedAt = now;
    const pause = retryAfterMs ?? Math.min(MAX_PAUSE_MS, 2000 / (Number.isFinite(this.rateNow) ? this.rateNow : (recent ?? 100)));
    this.pausedUntil = Math.max(this.pausedUntil, now + pause);
    this.tokens = 0;
    this.refilledAt = this.pausedUntil;
    const keep = Math.min(anchor, sentAt - RECENT_MS);
    this.accepted = forgetBefore(this.accepted, keep);
    this.throttledSends = forgetBefore(this.throttledSends, keep);
  }

  private setRate(rate: number): void {
    this.refill(this.clock.now());
    this.rateNow = rate;
  }

  private refill(now: number): void {
    // A bucket of 20 ms' worth (at least one request): a timer that fires late, as timers do on a busy event loop,
    // does not lose the pace, and the bursts stay far below what a limiter of a rate lets through at once.
    const depth = Math.max(1, (this.rateNow * PACE_DEPTH_MS) / 1000);
    if (now > this.refilledAt && Number.isFinite(this.rateNow)) this.tokens = Math.min(depth, this.tokens + ((now - this.refilledAt) * this.rateNow) / 1000);
    this.refilledAt = Math.max(this.refilledAt, now);
  }

  /** Lets waiting requests go as far as the slots, the pause and the pace allow; else wakes up when they will. */
  private pump(): void {
    while (this.waiting.length > 0 && this.active < this.limitNow) {
      const now = this.clock.now();
      if (now < this.pausedUntil) return this.wakeAt(this.pausedUntil);
      if (Number.isFinite(this.rateNow)) {
        this.refill(now);
        if (this.tokens < 1) return this.wakeAt(now + ((1 - this.tokens) * 1000) / this.rateNow);
        this.tokens -= 1;
      }
      this.active += 1;
      this.firstSentAt ??= now;
      const resolve = this.waiting.shift() as (slot: Slot) => void;
      resolve({ sentAt: now });
    }
  }

  private wakeAt(time: number): void {
    if (this.timerAt !== undefined && this.timerAt <= time) return;
    this.timerAt = time;
    this.clock.setTimer(Math.max(0, time - this.clock.now()), () => {
      if (this.timerAt === time) this.timerAt = undefined;
      this.pump();
    });
  }
}

function count(times: readonly number[], from: number, to: number): number {
  let n = 0;
  for (const at of times) if (at > from && at <= to) n += 1;
  return n;
}

function forgetBefore(times: number[], time: number): number[] {
  return times.length > 0 && (times[0] as number) < time ? times.filter((at) => at >= time) : times;
}
