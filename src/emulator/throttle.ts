// Throttle mode: a server-side rate limit as Sigma's edge applies one. A
// token bucket of `rate` requests a second, `burst` deep, shared by every
// client; a request that finds it empty is answered with the HTML throttle
// page (as 429, or as 200 the way a CDN challenge may arrive) or with a JSON
// 429 and Retry-After. Unlike a fault rule, which fires on a count or a
// probability, this answers to the client's pace, so that a client can be
// measured against the rate it would meet (docs/emulator.md).
//
// The clock is injected: tests drive the bucket with a fake one, no sleeps.

import { performance } from 'node:perf_hooks';

export const THROTTLE_ANSWERS = ['html-429', 'html-200', 'json-429'] as const;
export type ThrottleAnswer = (typeof THROTTLE_ANSWERS)[number];

export interface ThrottleConfig {
  /** Requests a second the bucket refills with. */
  readonly rate: number;
  /** The bucket's depth: how many requests may arrive at once after a quiet spell. Default: a tenth of a second's worth, at least 1. */
  readonly burst?: number;
  /** How a throttled request is answered; default html-429. */
  readonly answer?: ThrottleAnswer;
}

export type ThrottleVerdict = { readonly admitted: true } | { readonly admitted: false; readonly answer: ThrottleAnswer; readonly retryAfterSeconds: number };

export interface ThrottleStatus extends Required<ThrottleConfig> {
  readonly admitted: number;
  readonly throttled: number;
}

export function defaultBurst(rate: number): number {
  return Math.max(1, rate / 10);
}

/** The configuration if it is one, or a sentence saying what is wrong (hand-checked: three fields). */
export function checkThrottleConfig(value: unknown): { ok: true; config: ThrottleConfig } | { ok: false; message: string } {
  const shape = 'a throttle configuration is { rate: requests per second (> 0), burst?: ≥ 1, answer?: html-429 | html-200 | json-429 }';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, message: `${shape}: not an object` };
  const record = value as Record<string, unknown>;
  const unknownKey = Object.keys(record).find((key) => !['rate', 'burst', 'answer'].includes(key));
  if (unknownKey !== undefined) return { ok: false, message: `${shape}: unknown field ${unknownKey}` };
  const { rate, burst, answer } = record;
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate <= 0 || rate > 1_000_000) return { ok: false, message: `${shape}: invalid rate` };
  if (burst !== undefined && (typeof burst !== 'number' || !Number.isFinite(burst) || burst < 1 || burst > 1_000_000)) return { ok: false, message: `${shape}: invalid burst` };
  if (answer !== undefined && !THROTTLE_ANSWERS.includes(answer as ThrottleAnswer)) return { ok: false, message: `${shape}: invalid answer` };
  return { ok: true, config: value as ThrottleConfig };
}

export class ThrottleGate {
  private settings: Required<ThrottleConfig> | undefined;
  private tokens = 0;
  private refilledAt = 0;
  private admittedCount = 0;
  private throttledCount = 0;

  constructor(
    config: ThrottleConfig | undefined,
    /** Milliseconds, monotonic. */
    private readonly now: () => number = () => performance.now(),
  ) {
    this.set(config);
  }

  /** Replaces the limit (undefined: no limit); the bucket starts full and the counts at zero. */
  set(config: ThrottleConfig | undefined): void {
    this.settings = config && { rate: config.rate, burst: config.burst ?? defaultBurst(config.rate), answer: config.answer ?? 'html-429' };
    this.tokens = this.settings?.burst ?? 0;
    this.refilledAt = this.now();
    this.admittedCount = 0;
    this.throttledCount = 0;
  }

  status(): ThrottleStatus | undefined {
    return this.settings && { ...this.settings, admitted: this.admittedCount, throttled: this.throttledCount };
  }

  /** Takes a token for one request, or says how it is refused. */
  admit(): ThrottleVerdict {
    const settings = this.settings;
    if (!settings) return { admitted: true };
    const now = this.now();
    this.tokens = Math.min(settings.burst, this.tokens + ((now - this.refilledAt) / 1000) * settings.rate);
    this.refilledAt = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      this.admittedCount += 1;
      return { admitted: true };
    }
    this.throttledCount += 1;
    // Retry-After is whole seconds (RFC 9110 §10.2.3): the wait for the next token, rounded up.
    const retryAfterSeconds = Math.max(1, Math.ceil((1 - this.tokens) / settings.rate));
    return { admitted: false, answer: settings.answer, retryAfterSeconds };
  }
}
