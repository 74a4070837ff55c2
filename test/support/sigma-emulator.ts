// An emulator on loopback and Sigma backends pointed at it, for the Sigma
// backend's integration tests: real HTTP, nothing mocked.

import { performance } from 'node:perf_hooks';
import type { SigmaTiming } from '../../src/backends/open-backend.js';
import type { PaceClock } from '../../src/backends/sigma/adaptive-limit.js';
import { SigmaBackend, type SigmaBackendOptions } from '../../src/backends/sigma/sigma-backend.js';
import type { RetryPolicy } from '../../src/backends/sigma/retry.js';
import { startEmulator, type RunningEmulator, type Seed, type TokenAuth } from '../../src/emulator/index.js';
import type { SigmaBackendSettings } from '../../src/model/project.js';
import { undoAfterTest } from './cleanup.js';

export const EXAMPLE_SEED = 'examples/emulator/org.yaml';

/** Retries fast enough for tests; the numbers' shape is the default's. */
export const FAST_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 5, maxDelayMs: 50, giveUpAfterMs: 5_000 };

/**
 * A pace clock on which waiting takes no real time: a timer fires on the next
 * turn of the event loop, and the clock then jumps to the time it was due,
 * so that the limiter sees the wait it asked for as passed. Time never runs
 * backwards; between timers it runs as the real clock does.
 */
export function skippingClock(): PaceClock {
  let skipped = 0;
  const now = () => performance.now() + skipped;
  return {
    now,
    setTimer(ms, callback) {
      const due = now() + ms;
      setImmediate(() => {
        skipped += Math.max(0, due - now());
        callback();
      });
    },
  };
}

/** For the CLI run in-process against the emulator with faults on: retries and the pace as the defaults shape them, without the real waits. */
export function fastSigmaTiming(): SigmaTiming {
  return { retry: FAST_RETRY, paceClock: skippingClock() };
}

export interface SigmaTestbed {
  readonly emulator: RunningEmulator;
  /** The environment a user would have: SIGMA_* pointing at the emulator. */
  readonly env: Record<string, string>;
  readonly settings: SigmaBackendSettings;
  backend(options?: Partial<SigmaBackendOptions> & { concurrency?: number; tryGrantApiForAllLevels?: boolean; baseUrl?: string }): SigmaBackend;
}

export async function startSigma(seed: Seed | string = EXAMPLE_SEED, options: { tokenAuth?: TokenAuth } = {}): Promise<SigmaTestbed> {
  const emulator = await startEmulator({ seed, env: {}, ...options });
  undoAfterTest(() => emulator.close());
  const credentials = emulator.credentials[0];
  if (!credentials) throw new Error('the seed has no credentials');
  const env = {
    SIGMA_BASE_URL: emulator.url,
    SIGMA_CLIENT_ID: credentials.clientId,
    SIGMA_CLIENT_SECRET: credentials.clientSecret,
    SNOWFLAKE_PASSWORD: 'snowflake-password-value-1234',
    POSTGRES_PASSWORD: 'postgres-password-value-5678',
  };
  const settings: SigmaBackendSettings = {
    type: 'sigma',
    baseUrl: { env: 'SIGMA_BASE_URL' },
    clientId: { env: 'SIGMA_CLIENT_ID' },
    clientSecret: { env: 'SIGMA_CLIENT_SECRET' },
    concurrency: 8,
    tryGrantApiForAllLevels: false,
  };
  return {
    emulator,
    env,
    settings,
    backend: (options = {}) => {
      const { concurrency, tryGrantApiForAllLevels, baseUrl, ...rest } = options;
      return new SigmaBackend(
        { ...settings, ...(concurrency !== undefined && { concurrency }), ...(tryGrantApiForAllLevels !== undefined && { tryGrantApiForAllLevels }), ...(baseUrl !== undefined && { baseUrl }) },
        { env, retry: FAST_RETRY, ...rest },
      );
    },
  };
}
