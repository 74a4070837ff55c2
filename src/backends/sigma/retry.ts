// When to try a request again, and how long to wait: exponential backoff
// with full jitter, `Retry-After` honoured, and a bounded total time after
// which the request fails with a clear sentence (docs/sigma-backend.md).

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** The first backoff, before jitter. */
  readonly baseDelayMs: number;
  /** No single wait is longer, `Retry-After` included. */
  readonly maxDelayMs: number;
  /** A request that has been retried for this long gives up rather than wait again. */
  readonly giveUpAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 8,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  giveUpAfterMs: 120_000,
};

/** Why a failed attempt may be retried; undefined when it may not. */
export type TransientCause = 'throttled' | 'server-error' | 'not-json' | 'connection-reset' | 'timeout';

/**
 * The wait before attempt `attempt + 1` (attempt counts from 1): the server's
 * `Retry-After` when it gave one, else full jitter over base·2^(attempt-1),
 * never more than the cap.
 */
export function backoffDelay(policy: RetryPolicy, attempt: number, retryAfterMs: number | undefined, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(policy.maxDelayMs, Math.max(0, retryAfterMs));
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  // Full jitter (AWS architecture blog, "Exponential Backoff and Jitter"), with
  // a floor of a tenth so that 8 concurrent requests never retry in one burst.
  return Math.round(ceiling * (0.1 + 0.9 * random()));
}

/**
 * `Retry-After` as milliseconds from `now`: delta-seconds (`120`) or an
 * HTTP-date (`Wed, 21 Oct 2015 07:28:00 GMT`), RFC 9110 §10.2.3.
 * Undefined when absent or unreadable, so that the backoff applies instead.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (/^\d+\.\d+$/.test(text)) return Math.round(Number(text) * 1000); // lenient: some proxies send fractions
  // HTTP-dates name the day or month in letters; bare numbers of other shapes are not dates.
  if (!/[A-Za-z]{3}/.test(text)) return undefined;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** Whether a response status is worth trying again: throttling and server errors, never another 4xx. */
export function isTransientStatus(status: number): boolean {
  return status === 429 || status >= 500;
}
