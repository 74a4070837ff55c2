// How fast to send to Sigma, learned from its throttling. Sigma publishes no
// rate limit; its edge answers a client that goes too fast with an HTML page
// (as 429, or as 200) or a 429. Two controls, both adjusted here:
//
// - concurrency: at most `limit` requests in flight, starting at the
//   configured maximum (backend.concurrency); halved on throttling (min 1),
//   one more per `limit` accepted requests (additive increase), never above
//   the maximum;
// - pace: after the first throttle, requests leave at most `rate` a second
//   (a client-side token bucket, one token deep). The rate is set from what
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
const RUN_GAP_MS = 2_000;
/** The longest window the accepted rate is measured over. */
const WINDOW_MS = 1_000;
const MARGIN = 0.95;
const GROWTH = 0.015;
const MIN_RATE = 0.5;
const MAX_PAUSE_MS = 1_000;

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
      this.rateCredit = 0;
      this.setRate(this.rateNow + Math.max(MIN_RATE, GROWTH * this.estimate));
    }
    // Keep only what a future window can count.
    if (this.accepted.length > 4096) this.forgetBefore(Math.min(this.runAnchor ?? sentAt, sentAt - WINDOW_MS));
  }

  private onThrottled(sentAt: number, retryAfterMs: number | undefined): void {
    this.throttledCount += 1;
    // Sent before the last reaction: it left at the old pace, and says nothing new.
    if (sentAt < this.reactedAt) return;
    const now = this.clock.now();
    const inRun = this.runAnchor !== undefined && sentAt - this.lastThrottleSentAt <= RUN_GAP_MS;
    if (!inRun) this.runAnchor = sentAt;
    this.lastThrottleSentAt = sentAt;
    // Since the run's first throttle the server's bucket has been near empty, so what it accepted is its rate;
    // a window that starts earlier may include a burst, so it is at most a second long.
    const anchor = this.runAnchor ?? sentAt;
    const start = anchor < sentAt ? Math.max(anchor, sentAt - WINDOW_MS) : Math.max(this.firstSentAt ?? sentAt, sentAt - WINDOW_MS);
    const span = sentAt - start;
    const count = this.countAccepted(start, sentAt);
    const measured = span > 0 && count > 0 ? (count * 1000) / span : undefined;
    // A short window measures coarsely: never fall below half the pace in one step.
    const fromHalf = Number.isFinite(this.rateNow) ? this.rateNow / 2 : (measured ?? MIN_RATE * 2) / 2;
    const next = Math.max(MIN_RATE, measured === undefined ? fromHalf : Math.max(fromHalf, measured * MARGIN));
    this.estimate = measured ?? this.estimate ?? next;
    this.setRate(Math.min(next, Number.isFinite(this.rateNow) ? this.rateNow : next));
    this.limitNow = Math.max(1, Math.floor(this.limitNow / 2));
    this.concurrencyCredit = 0;
    this.rateCredit = 0;
    this.reactedAt = now;
    const pause = retryAfterMs ?? Math.min(MAX_PAUSE_MS, 2000 / this.rateNow);
    this.pausedUntil = Math.max(this.pausedUntil, now + pause);
    this.tokens = 0;
    this.refilledAt = this.pausedUntil;
    this.forgetBefore(Math.min(anchor, sentAt - WINDOW_MS));
  }

  private setRate(rate: number): void {
    this.refill(this.clock.now());
    this.rateNow = rate;
  }

  private refill(now: number): void {
    if (now > this.refilledAt && Number.isFinite(this.rateNow)) this.tokens = Math.min(1, this.tokens + ((now - this.refilledAt) * this.rateNow) / 1000);
    this.refilledAt = Math.max(this.refilledAt, now);
  }

  private countAccepted(from: number, to: number): number {
    let count = 0;
    for (const at of this.accepted) if (at > from && at <= to) count += 1;
    return count;
  }

  private forgetBefore(time: number): void {
    if (this.accepted.length > 0 && (this.accepted[0] as number) < time) this.accepted = this.accepted.filter((at) => at >= time);
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
