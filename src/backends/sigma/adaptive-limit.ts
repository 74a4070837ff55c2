// How fast to send to Sigma, learned from its throttling. Sigma publishes no
// rate limit; its edge answers a client that goes too fast with an HTML page
// (as 429, or as 200) or a 429, with or without Retry-After. Two controls,
// both adjusted here:
//
// - concurrency: at most `limit` requests in flight, starting at the
//   configured maximum (backend.concurrency); halved on throttling (min 1),
//   one more per `limit` accepted requests (additive increase), never above
//   the maximum;
// - pace: after the first throttle, requests leave at most `rate` a second
//   (a client-side token bucket, 20 ms deep).
//
// What a throttle tells: the server's bucket was empty when that request
// arrived. Since an earlier such moment the server cannot have accepted more
// than its rate allows, whatever the client did in between (it may have sent
// less, or waited out a Retry-After): the requests accepted between two
// throttles, over the time between, are a rate the server surely sustains.
// The best of those bounds over the recent throttles (spans of at least 24
// accepted requests and 20 round trips, so that counting and the network's
// jitter err by a few percent at most) sets the pace, 3% under, but never
// more than halving it in one reaction and never above 97% of the pace that
// was throttled; with no such span yet (the first throttles), the pace
// halves. Afterwards the pace recovers quickly towards the one that was
// throttled, less 3%, and then probes beyond it slowly, a little more with
// each quiet step (a second's worth of accepted requests, at least 25), so
// that throttles stay rare at any rate. Steps and spans count requests, not
// seconds: the same holds at 5 and at 1,000 requests a second.
//
// On throttling every sender pauses for two intervals at the new pace: one
// short pause for all, instead of each request in flight returning in a
// burst. Retry-After belongs to the request that received it: that request
// waits it out before it is sent again (`holdOff`), while the others go on
// at the slower pace. A token bucket's Retry-After is the time to its next
// token rounded up to whole seconds, and holding every sender for it cost a
// second's worth of requests per throttle (docs/performance.md). If instead
// the server refuses what the others send during that Retry-After, it is
// blocking the client, not pacing it: then every sender waits until the
// Retry-After ends. A throttled request that was sent before the last
// reaction says nothing new (it left at the old pace) and changes nothing.
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

/** Accepted requests a measurement of the server's rate needs: ±1 request is then a few percent at most. */
const MIN_SAMPLE = 24;
/** A measurement spans at least this many round trips, so that the network's jitter is small beside it. */
const MIN_SPAN_RTTS = 20;
/** Throttles kept as the starts of measurements, and for how long. */
const ANCHORS = 64;
const ANCHOR_HORIZON_MS = 60_000;
/** Accepted send times kept for measurements. */
const MAX_ACCEPTED_KEPT = 4096;
/** Under a measured rate, and under a pace that was throttled. */
const MARGIN = 0.97;
/** One reaction at most halves the pace; with nothing measured yet, it does. */
const CUT = 0.5;
/** Probing: growth per quiet step, times the quiet steps so far, above the last throttled pace. */
const GROWTH = 0.01;
/** A quiet step: a second's worth of accepted requests, and at least this many. */
const MIN_STEP = 25;
/** Recovering: below the last pace that was throttled, each step closes this share of the gap, in steps a quarter as long. */
const RECOVERY = 0.5;
const MIN_RATE = 0.5;
const MAX_PAUSE_MS = 1_000;
const PACE_DEPTH_MS = 20;
/** Refusals, with no acceptance, among requests sent during another's Retry-After that show a block. */
const BLOCK_REFUSALS = 3;
/** Weight of the newest round trip in the smoothed one. */
const RTT_WEIGHT = 0.1;

export class AdaptiveLimit {
  private active = 0;
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private limitNow: number;
  private rateNow = Number.POSITIVE_INFINITY;
  private tokens = 1;
  private refilledAt = 0;
  private pausedUntil = Number.NEGATIVE_INFINITY;
  private reactedAt = Number.NEGATIVE_INFINITY;
  /** Send times of accepted requests, kept back to the oldest anchor (release order, nearly send order). */
  private accepted: number[] = [];
  /** Send times of the last throttled requests: moments when the server's bucket was empty. */
  private anchors: number[] = [];
  /** The pace the last reaction found too fast, less the margin: recovery aims there, probing goes beyond. */
  private ceiling = Number.POSITIVE_INFINITY;
  private quietSteps = 0;
  private concurrencyCredit = 0;
  private rateCredit = 0;
  private timerAt: number | undefined;
  private throttledCount = 0;
  /** Smoothed round trip of accepted requests, milliseconds. */
  private rtt: number | undefined;
  /** The latest Retry-After: when it ends, and what the server did with requests sent since it began. */
  private retryWindow: { start: number; end: number; accepted: number; refused: number } | undefined;

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

  /** Resolves after `ms` on the limiter's clock: a throttled request waits out its own Retry-After, holding no slot. */
  holdOff(ms: number): Promise<void> {
    return new Promise((resolve) => (ms > 0 ? this.clock.setTimer(ms, resolve) : resolve()));
  }

  private onAccepted(sentAt: number): void {
    const now = this.clock.now();
    this.rtt = this.rtt === undefined ? now - sentAt : this.rtt + RTT_WEIGHT * (now - sentAt - this.rtt);
    this.accepted.push(sentAt);
    // Keep what a measurement can still count: back to the oldest anchor, and a bounded number.
    if (this.accepted.length > 2 * MAX_ACCEPTED_KEPT) this.accepted = forgetBefore(this.accepted, this.anchors[0] ?? sentAt).slice(-MAX_ACCEPTED_KEPT);
    if (this.retryWindow && sentAt >= this.retryWindow.start) this.retryWindow.accepted += 1;
    this.concurrencyCredit += 1;
    if (this.concurrencyCredit >= this.limitNow) {
      this.concurrencyCredit = 0;
      this.limitNow = Math.min(this.maxConcurrency, this.limitNow + 1);
    }
    if (!Number.isFinite(this.rateNow) || sentAt < this.reactedAt) return;
    this.rateCredit += 1;
    const recovering = this.rateNow < this.ceiling;
    const step = Math.max(MIN_STEP, this.rateNow) / (recovering ? 4 : 1);
    if (this.rateCredit < step) return;
    this.rateCredit = 0;
    if (recovering) {
      // Back towards the pace that was too fast, less the margin: quickly, since below it the server surely keeps up.
      this.setRate(Math.min(this.ceiling, this.rateNow + Math.max(MIN_RATE, RECOVERY * (this.ceiling - this.rateNow))));
    } else {
      // A quiet step beyond: probe for more, a little more with each one.
      this.quietSteps += 1;
      this.setRate(this.rateNow * (1 + GROWTH * this.quietSteps));
    }
  }

  private onThrottled(sentAt: number, retryAfterMs: number | undefined): void {
    this.throttledCount += 1;
    const now = this.clock.now();
    this.watchForBlock(sentAt, now, retryAfterMs);
    const floor = this.lowerBound(sentAt);
    this.anchors.push(sentAt);
    this.anchors.sort((a, b) => a - b);
    if (this.anchors.length > ANCHORS) this.anchors.shift();
    // Sent before the last reaction: it left at the old pace, and says nothing new.
    if (sentAt < this.reactedAt) return;
    // The pace that was too fast: the set one, or, before there was one, what the concurrency allows.
    const pace = Number.isFinite(this.rateNow) ? this.rateNow : this.concurrencyPace();
    // Just under what the server surely takes, but at least half and at most 97% of the pace that met the throttle.
    const next = floor === undefined ? pace * CUT : Math.min(pace * MARGIN, Math.max(pace * CUT, floor * MARGIN));
    this.setRate(Math.max(MIN_RATE, next));
    this.ceiling = Math.max(this.rateNow, pace * MARGIN);
    this.limitNow = Math.max(1, Math.floor(this.limitNow / 2));
    this.concurrencyCredit = 0;
    this.rateCredit = 0;
    this.quietSteps = 0;
    this.reactedAt = now;
    // Two intervals at the new pace: the server's bucket gets two requests' worth back before anyone sends again.
    this.pauseUntil(now + Math.min(MAX_PAUSE_MS, 2000 / this.rateNow));
  }

  /**
   * A rate the server surely sustains, measured at the moment `at`, when its bucket was empty: since an earlier such
   * moment it cannot have accepted more than its rate times the time between (plus the one request's worth it may
   * have held), whatever the client did meanwhile. The best of those bounds over the recent throttles; undefined
   * while no span holds enough requests to count.
   */
  private lowerBound(at: number): number | undefined {
    // Release order is not quite send order: sorted once here (throttles are rare), newest first.
    const accepted = this.accepted.filter((sent) => sent <= at).sort((a, b) => b - a);
    const minSpan = MIN_SPAN_RTTS * (this.rtt ?? 0);
    let counted = 0;
    let best: number | undefined;
    for (let i = this.anchors.length - 1; i >= 0; i -= 1) {
      const anchor = this.anchors[i] as number;
      if (anchor >= at) continue;
      if (at - anchor > ANCHOR_HORIZON_MS) break;
      while (counted < accepted.length && (accepted[counted] as number) > anchor) counted += 1;
      if (counted < MIN_SAMPLE || at - anchor < minSpan) continue;
      const bound = ((counted - 1) * 1000) / (at - anchor);
      if (best === undefined || bound > best) best = bound;
    }
    return best;
  }

  /** What the client sends without a pace: its slots, each once per round trip. */
  private concurrencyPace(): number {
    return (this.limitNow * 1000) / Math.max(1, this.rtt ?? 1);
  }

  /** Retry-After is the request's own; but when the server refuses what others send during it, everyone waits it out. */
  private watchForBlock(sentAt: number, now: number, retryAfterMs: number | undefined): void {
    const window = this.retryWindow;
    if (window && now < window.end && sentAt >= window.start) {
      window.refused += 1;
      if (window.refused >= BLOCK_REFUSALS && window.accepted === 0 && this.pausedUntil < window.end) {
        this.pauseUntil(window.end);
        // What is in flight now left before everyone stopped: its refusals cut nothing more.
        this.reactedAt = now;
      }
    }
    if (retryAfterMs !== undefined && retryAfterMs > 0 && (!window || now >= window.end)) this.retryWindow = { start: now, end: now + retryAfterMs, accepted: 0, refused: 0 };
    else if (retryAfterMs !== undefined && window) window.end = Math.max(window.end, now + retryAfterMs);
  }

  private pauseUntil(time: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, time);
    this.tokens = 0;
    this.refilledAt = this.pausedUntil;
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
        // A hair under one token is one: float rounding must not schedule a timer that is due now, again and again.
        if (this.tokens < 1 - 1e-9) return this.wakeAt(now + Math.max(1, ((1 - this.tokens) * 1000) / this.rateNow));
        this.tokens = Math.max(0, this.tokens - 1);
      }
      this.active += 1;
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

function forgetBefore(times: number[], time: number): number[] {
  return times.length > 0 && (times[0] as number) < time ? times.filter((at) => at >= time) : times;
}
