// The embedded default backend: the live state is a JSON file beside the
// project. Nothing is sent anywhere; secrets are resolved from the
// environment as a real backend would (so a missing one is reported) and
// dropped at once. Changes act on memory; the state is written once, at
// close(), atomically: a crash leaves the previous state whole, and the
// next apply converges from it.

import { randomUUID } from 'node:crypto';
import type { Change } from '../../model/changes.js';
import { GrantformError } from '../../model/errors.js';
import { ReadOnlyError, type ReadOnlyMode } from '../../model/read-only.js';
import { EMPTY_SNAPSHOT, type LiveSnapshot } from '../../model/live.js';
import type { ObjectPath } from '../../model/object-path.js';
import { secretRefsOf } from '../../model/secrets.js';
import { BackendUnavailableError, type Backend, type BackendLock, type BackendReport, type LockRequest } from '../backend.js';
import { LocalState } from './local-state.js';
import { acquireLockFile } from './lock-file.js';
import { parseState, serializeState } from './state-file.js';
import { fileStorage, type StateStorage } from './state-storage.js';

export interface LocalBackendOptions {
  /** Absolute path of the state file (its lock is `<path>.lock`). */
  readonly statePath: string;
  /** The path as messages show it (relative to the working directory). */
  readonly shownPath?: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly grantformVersion: string;
  /** Default: the state file itself. */
  readonly storage?: StateStorage;
  /** Read-only mode: the state is read, never written, and the lock is never taken. */
  readonly readOnly?: ReadOnlyMode;
}

export class LocalBackend implements Backend {
  readonly kind = 'local' as const;
  readonly location: string;
  private readonly storage: StateStorage;
  private state: LocalState | undefined;
  private serial = 0;
  private lineage: string | undefined;
  private dirty = false;
  private readonly warnings = new Set<string>();

  constructor(private readonly options: LocalBackendOptions) {
    this.location = options.shownPath ?? options.statePath;
    this.storage = options.storage ?? fileStorage(options.statePath);
  }

  async read(): Promise<LiveSnapshot> {
    let text: string | undefined;
    try {
      text = await this.storage.load();
    } catch (error) {
      throw new BackendUnavailableError(`cannot read the state file ${this.location}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    if (text === undefined) {
      this.state = new LocalState(EMPTY_SNAPSHOT, 1);
      this.serial = 0;
      this.lineage = undefined;
    } else {
      const contents = parseState(text, this.location);
      this.state = new LocalState(contents.snapshot, contents.nextId);
      this.serial = contents.serial;
      this.lineage = contents.lineage;
    }
    this.dirty = false;
    return this.state.snapshot();
  }

  /** The local backend has no warehouse catalogue: every object path exists. */
  async findMissingObjects(_objects: readonly ObjectPath[]): Promise<ReadonlySet<string>> {
    return new Set();
  }

  /** The local backend can make every change. */
  manualStep(_change: Change): undefined {
    return undefined;
  }

  /** Nothing to check: no credentials, no rights. */
  async preflight(_changes: readonly Change[]): Promise<void> {}

  lock(request: LockRequest): Promise<BackendLock> {
    // The lock is a file beside the state: taking it writes too.
    if (this.options.readOnly) return Promise.reject(this.refusal('take the lock of'));
    return acquireLockFile(`${this.options.statePath}.lock`, request, this.location);
  }

  async execute(change: Change): Promise<void> {
    if (this.options.readOnly) throw this.refusal('change');
    if (!this.state) await this.read();
    if (change.type === 'connection' && change.action !== 'delete') this.resolveSecrets(change.after.name, change.after.details);
    (this.state as LocalState).apply(change);
    this.dirty = true;
  }

  async close(): Promise<BackendReport> {
    if (this.dirty && this.state && !this.options.readOnly) {
      this.serial += 1;
      this.lineage ??= randomUUID();
      const text = serializeState({ serial: this.serial, lineage: this.lineage, nextId: this.state.nextId, snapshot: this.state.snapshot() }, this.options.grantformVersion);
      try {
        await this.storage.save(text);
      } catch (error) {
        if (error instanceof GrantformError) throw error;
        throw new BackendUnavailableError(`cannot write the state file ${this.location} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}): nothing of this run was saved, and the previous state is intact`);
      }
      this.dirty = false;
    }
    return { warnings: [...this.warnings] };
  }

  requestCounts(): ReadonlyMap<string, number> {
    return new Map();
  }

  private refusal(what: string): ReadOnlyError {
    return new ReadOnlyError(`read-only mode (${this.options.readOnly?.source}) refused to ${what} the state file ${this.location}: only reads are allowed`);
  }

  /** Reads each secret as a real backend would, to report a missing one; the value goes no further. */
  private resolveSecrets(connection: string, details: Parameters<typeof secretRefsOf>[0]): void {
    for (const [field, ref] of secretRefsOf(details)) {
      const value = this.options.env[ref.env];
      if (value === undefined || value === '') {
        this.warnings.add(`connection ${connection}: ${field} comes from $${ref.env}, which is not set; the local backend does not need it, the sigma backend will`);
      }
    }
  }
}
