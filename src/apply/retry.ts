// Retrying a change that failed for a reason that may pass (429, 5xx,
// throttling pages): exponential backoff with full jitter, or the wait the
// server asked for (Retry-After), a bounded number of times. Failures that
// retrying cannot fix are never retried.

import { setTimeout as sleep } from 'node:timers/promises';
import { BackendError } from '../backends/backend.js';

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 30_000 };

export function retryDelay(policy: RetryPolicy, attempt: number, error: unknown, random: () => number = Math.random): number | undefined {
  if (!(error instanceof BackendError) || !error.retryable || attempt >= policy.attempts) return undefined;
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

export async function wait(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return;
  await sleep(ms, undefined, signal ? { signal } : {}).catch(() => undefined);
}
