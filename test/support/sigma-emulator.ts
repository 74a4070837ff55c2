// An emulator on loopback and Sigma backends pointed at it, for the Sigma
// backend's integration tests: real HTTP, nothing mocked.

import { SigmaBackend, type SigmaBackendOptions } from '../../src/backends/sigma/sigma-backend.js';
import type { RetryPolicy } from '../../src/backends/sigma/retry.js';
import { startEmulator, type RunningEmulator, type Seed, type TokenAuth } from '../../src/emulator/index.js';
import type { SigmaBackendSettings } from '../../src/model/project.js';
import { undoAfterTest } from './cleanup.js';

export const EXAMPLE_SEED = 'examples/emulator/org.yaml';

/** Retries fast enough for tests; the numbers' shape is the default's. */
export const FAST_RETRY: RetryPolicy = { maxAttempts: 8, baseDelayMs: 5, maxDelayMs: 50, giveUpAfterMs: 5_000 };

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
