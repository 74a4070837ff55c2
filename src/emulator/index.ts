// The emulator's programmatic API, for tests in other modules and for the
// `grantform emulator` command:
//
//   const emulator = await startEmulator({ seed: 'examples/emulator/org.yaml' });
//   // emulator.url, emulator.credentials[0].clientId / .clientSecret
//   emulator.control.setFaults({ seed: 1, rules: [{ kind: 'throttle', rate: 0.2 }] });
//   await emulator.close();

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Contract } from './contract.js';
import { EmulatorCore } from './emulator-core.js';
import { checkFaultConfig, type FaultConfig, type FaultRule } from './faults.js';
import type { TokenAuth } from './http/context.js';
import { requestListener } from './http/server.js';
import { dumpState, type StateDump } from './org/state-dump.js';
import type { RequestLogEntry } from './request-log.js';
import { loadSeed } from './seed/load.js';
import type { Seed } from './seed/types.js';
import { checkThrottleConfig, type ThrottleConfig, type ThrottleStatus } from './throttle.js';

export { loadSeed, parseSeed, checkSeed, SeedError } from './seed/load.js';
export type { Seed } from './seed/types.js';
export type { FaultConfig, FaultRule, FaultKind } from './faults.js';
export type { RequestLogEntry } from './request-log.js';
export { TOKEN_AUTH_MODES, type TokenAuth } from './http/context.js';
export type { StateDump } from './org/state-dump.js';
export type { ThrottleConfig, ThrottleStatus, ThrottleAnswer } from './throttle.js';
export { THROTTLE_ANSWERS } from './throttle.js';

export interface EmulatorOptions {
  /** A seed object, or the path of a seed file (YAML, or JSON for speed). */
  readonly seed: Seed | string;
  /** Default 0: any free port. */
  readonly port?: number;
  /** Default 127.0.0.1. The control endpoints answer loopback clients only, whatever the host. */
  readonly host?: string;
  /** The trimmed contract; default test/contract/sigma-openapi.trimmed.json of this checkout. */
  readonly contractPath?: string;
  /** Where `{ env: NAME }` client secrets are read; default process.env. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Called with each request log entry as it is written (the CLI's --log). */
  readonly onRequest?: (entry: RequestLogEntry) => void;
  /** How the token endpoint takes client credentials: form fields, HTTP Basic, or either (default). */
  readonly tokenAuth?: TokenAuth;
  /** Throttle mode from the start: a token bucket over every client (src/emulator/throttle.ts). */
  readonly throttle?: ThrottleConfig;
}

export interface OrgCounts {
  readonly members: number;
  readonly teams: number;
  readonly connections: number;
  readonly grants: number;
}

export interface EmulatorControl {
  requests(): readonly RequestLogEntry[];
  resetLog(): void;
  state(): StateDump;
  setFaults(config: FaultConfig): void;
  clearFaults(): void;
  faults(): ReadonlyArray<FaultRule & { matched: number; fired: number }>;
  /** Expires every access token now; returns how many were live. */
  expireTokens(): number;
  /** Throttle mode on (a full bucket, counts from zero), or off with undefined. */
  setThrottle(config: ThrottleConfig | undefined): void;
  throttle(): ThrottleStatus | undefined;
  advanceClock(seconds: number): void;
  /** Back to the seed: state, tokens, faults and log. */
  reset(): void;
  counts(): OrgCounts;
}

export interface EmulatorCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly memberId: string;
}

export interface RunningEmulator {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly port: number;
  readonly organizationId: string;
  readonly organizationName: string;
  /** The seed's API credentials, first one first (the secrets are the seed's own). */
  readonly credentials: readonly EmulatorCredentials[];
  readonly control: EmulatorControl;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const seed = typeof options.seed === 'string' ? await loadSeed(options.seed) : options.seed;
  const contract = Contract.load(options.contractPath);
  const core = new EmulatorCore(seed, contract, options.env ?? process.env, options.onRequest, options.tokenAuth);
  if (options.throttle) core.throttle.set(checkedThrottle(options.throttle));
  const server = createServer({ keepAlive: true }, requestListener(core));
  const host = options.host ?? '127.0.0.1';
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    organizationId: core.org.info.organizationId,
    organizationName: core.org.info.name,
    credentials: [...core.org.credentials.values()].map(({ clientId, clientSecret, memberId }) => ({ clientId, clientSecret, memberId })),
    control: {
      requests: () => core.log.list(),
      resetLog: () => core.log.clear(),
      state: () => dumpState(core.org),
      setFaults: (config) => {
        const checked = checkFaultConfig(config);
        if (!checked.ok) throw new TypeError(checked.message);
        core.faults.set(checked.config);
      },
      clearFaults: () => core.faults.set({ rules: [] }),
      faults: () => core.faults.status(),
      expireTokens: () => core.tokens.expireAll(),
      setThrottle: (config) => core.throttle.set(config && checkedThrottle(config)),
      throttle: () => core.throttle.status(),
      advanceClock: (seconds) => core.clock.advance(seconds * 1000),
      reset: () => core.reset(),
      counts: () => ({ members: core.org.members.size, teams: core.org.teams.size, connections: core.org.connections.size, grants: core.org.grants.size }),
    },
    close: () => close(server),
  };
}

function checkedThrottle(config: ThrottleConfig): ThrottleConfig {
  const checked = checkThrottleConfig(config);
  if (!checked.ok) throw new TypeError(checked.message);
  return checked.config;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive sockets would hold close() open until they time out.
    server.closeAllConnections();
  });
}
