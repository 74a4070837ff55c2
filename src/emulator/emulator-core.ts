// Everything one running emulator holds: the seed it started from, the live
// organization, tokens, faults, the request log. `reset()` goes back to the
// seed, for tests that share one emulator.

import { Clock } from './clock.js';
import type { Contract } from './contract.js';
import { Faults } from './faults.js';
import type { TokenAuth } from './http/context.js';
import { Cursors } from './http/pagination.js';
import { TokenStore } from './http/tokens.js';
import type { Org } from './org/org.js';
import { RequestLog, type RequestLogEntry } from './request-log.js';
import { buildOrg } from './seed/build.js';
import { ThrottleGate } from './throttle.js';
import type { Seed } from './seed/types.js';

export class EmulatorCore {
  readonly clock = new Clock();
  readonly cursors = new Cursors();
  /** Throttle mode: off unless set (startEmulator's `throttle`, PUT /__emulator/throttle); kept across reset(). */
  readonly throttle = new ThrottleGate(undefined);
  org!: Org;
  tokens!: TokenStore;
  faults!: Faults;
  log!: RequestLog;

  constructor(
    private readonly seed: Seed,
    readonly contract: Contract,
    private readonly env: Readonly<Record<string, string | undefined>>,
    private readonly onRequest?: (entry: RequestLogEntry) => void,
    readonly tokenAuth: TokenAuth = 'both',
  ) {
    this.reset();
  }

  reset(): void {
    this.org = buildOrg(this.seed, this.clock, this.env);
    const { options } = this.org;
    this.tokens = new TokenStore(this.clock, options.tokenLifetimeSeconds, options.rotateRefreshTokens);
    this.faults = new Faults(this.seed.faults);
    this.log = new RequestLog(options.requestLogLimit, this.onRequest);
  }
}
