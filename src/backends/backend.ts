// The interface between the planner/executor and where the live state is:
// the local state file, or Sigma's API. Backends implement it and never
// import plan/, apply/, lint/ or cli/ (DESIGN.md §5).

import type { Change, ManualStep } from '../model/changes.js';
import type { LiveSnapshot } from '../model/live.js';
import type { ObjectPath } from '../model/object-path.js';
import { EXIT, GrantformError } from '../model/errors.js';

export interface ReadOptions {
  /** Called as the read progresses, for a progress line on long reads. */
  readonly onProgress?: (done: number, total: number | undefined, what: string) => void;
  readonly signal?: AbortSignal;
}

export interface Backend {
  readonly kind: 'local' | 'sigma';

  /** Where the live state is, for messages: a state file's path, an API's base URL. */
  readonly location?: string;

  /**
   * Optional capability: a lock that keeps two applies from interleaving.
   * Backends without one (Sigma's API has none) leave it out; the executor
   * then runs unlocked. Rejects with `LockError` when another run holds it.
   */
  lock?(request: LockRequest): Promise<BackendLock>;

  /** Reads the whole live state. Also refreshes the backend's own name → id index. */
  read(options?: ReadOptions): Promise<LiveSnapshot>;

  /**
   * Which of these objects do not exist in the warehouse (by formatted path).
   * A missing object is a plan-time error on the YAML line, never an apply failure.
   */
  findMissingObjects(objects: readonly ObjectPath[]): Promise<ReadonlySet<string>>;

  /** Set when this backend cannot make the change itself (e.g. Sigma's write-only and admin grants). */
  manualStep(change: Change): ManualStep | undefined;

  /**
   * Checks before anything is changed, to refuse up front rather than fail
   * half-way (credentials, Admin rights for write-access changes).
   */
  preflight(changes: readonly Change[]): Promise<void>;

  /**
   * Makes one change. Safe to call concurrently for independent changes.
   * A rejection with a retryable BackendError is retried by the executor
   * (with backoff, honouring `retryAfterMs`); any other rejection fails the
   * change and skips what depends on it.
   */
  execute(change: Change): Promise<void>;

  /**
   * Ends a run: the local backend writes its state once here (not once per
   * change); the Sigma backend reports what it learned (connection tests).
   */
  close(): Promise<BackendReport>;

  /** Requests made so far, per endpoint, for `--verbose`. Empty for backends without requests. */
  requestCounts(): ReadonlyMap<string, number>;

  /**
   * `grantform check`: the warehouse's own read/write test of every live
   * connection. Absent on backends without a warehouse behind them.
   */
  checkConnections?(): Promise<readonly ConnectionCheck[]>;
}

/** One connection's read/write test, as Sigma reports it. */
export interface ConnectionCheck {
  readonly connection: string;
  readonly read: 'SUCCESS' | 'FAILED';
  readonly write: 'DISABLED' | 'SUCCESS' | 'FAILED';
  /** Why the test itself could not run, when it could not. */
  readonly message?: string;
}

export interface LockRequest {
  /** What the run does, for the holder's description (`apply`). */
  readonly operation: string;
  /** How long to wait for a lock that another live run holds; 0 fails at once. */
  readonly timeoutMs: number;
  /** Breaks the lock held with this id first (after a crash, once an admin has checked). */
  readonly forceUnlockId?: string;
  readonly signal?: AbortSignal;
}

/** Who holds a lock, as recorded in it. */
export interface LockHolder {
  readonly id: string;
  readonly operation: string;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly pid?: number;
  readonly hostname?: string;
  readonly who?: string;
}

export interface BackendLock {
  readonly holder: LockHolder;
  /** Idempotent. */
  release(): Promise<void>;
}

export interface BackendReport {
  /** Warnings to show after apply, e.g. a connection whose write test failed. */
  readonly warnings: readonly string[];
}

/** A failure of the backend itself (network, permissions, a refused request): one sentence. */
export class BackendError extends GrantformError {
  override readonly name = 'BackendError';
  constructor(
    message: string,
    /** False for failures that retrying cannot fix (4xx other than 429). */
    readonly retryable = false,
    /** How long the server asked to wait before a retry (Retry-After), when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/**
 * The backend cannot be reached or read at all (no network answer, refused
 * credentials, a state file the machine will not let grantform read or
 * write): grantform could not run, exit 3 (docs/cli.md).
 */
export class BackendUnavailableError extends BackendError {
  override readonly exitCode = EXIT.couldNotRun;
}

/**
 * The live state is locked by another run. `stale` is set when the holder is
 * known to be gone (a crashed run on this machine): still never broken
 * silently, only with the holder's id (`--force-unlock ID`).
 */
export class LockError extends GrantformError {
  override readonly name = 'LockError';
  constructor(
    message: string,
    readonly holder: LockHolder | undefined,
    readonly stale: boolean,
  ) {
    super(message);
  }
}
