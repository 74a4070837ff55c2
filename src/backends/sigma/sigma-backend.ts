// The Sigma backend: grantform's Backend interface over Sigma's REST API
// (DESIGN.md §6, docs/sigma-backend.md). It wires the HTTP client, the id
// index and the object paths to the readers and writers; each of those is a
// module of its own.

import type { Change, ManualStep } from '../../model/changes.js';
import { assertNever } from '../../model/errors.js';
import type { LiveSnapshot } from '../../model/live.js';
import { formatObjectPath, type ObjectPath } from '../../model/object-path.js';
import type { SigmaBackendSettings } from '../../model/project.js';
import type { ReadOnlyMode } from '../../model/read-only.js';
import type { Backend, BackendReport, ConnectionCheck, ReadOptions } from '../backend.js';
import type { PaceClock } from './adaptive-limit.js';
import { ClientCredentialsTokens } from './auth.js';
import { testConnection, writeTestWarning } from './connection-tests.js';
import { SigmaHttp } from './http.js';
import { IdIndex } from './id-index.js';
import { ObjectPaths } from './object-paths.js';
import { checkBeforeApply, whoami } from './preflight.js';
import { readConnections, type DeclaredConnection } from './read-connections.js';
import { readGrants } from './read-grants.js';
import { readPeople } from './read-people.js';
import { Redactor } from './redaction.js';
import { Transport } from './transport.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { resolveSigmaSettings, type Environment, type ResolvedSigmaSettings } from './settings.js';
import type { WhoamiResponse } from './wire.js';
import { executeConnectionChange } from './write-connections.js';
import { executeGrantChange, grantManualStep } from './write-grants.js';
import { executeMembershipChange, executeTeamChange, executeUserChange } from './write-people.js';

export interface SigmaBackendOptions {
  /** Where `{ env: NAME }` settings and connection secrets are read. */
  readonly env: Environment;
  /** `--debug`: a line per request, redacted. */
  readonly log?: (line: string) => void;
  readonly retry?: RetryPolicy;
  /** Per request attempt. */
  readonly timeoutMs?: number;
  /**
   * The objects the files' grants name: looked up while reading when live
   * grants need placing, since the plan needs their ids anyway.
   */
  readonly objects?: readonly ObjectPath[];
  /** The connections the files declare: what Sigma cannot return of them is read from here (read-connections.ts). */
  readonly connections?: readonly DeclaredConnection[];
  /** Read-only mode: no request that writes is ever sent (read-only.ts). */
  readonly readOnly?: ReadOnlyMode;
  /** The clock that token expiry is measured on (milliseconds since the epoch); default Date.now. */
  readonly now?: () => number;
  /** The clock the pace is kept on (adaptive-limit.ts); default the real one. Tests pass one that skips the waits. */
  readonly paceClock?: PaceClock;
}

export class SigmaBackend implements Backend {
  readonly kind = 'sigma';
  /** The API's base URL, for messages. */
  readonly location: string;
  private readonly http: SigmaHttp;
  private readonly index = new IdIndex();
  private readonly paths: ObjectPaths;
  private readonly redactor = new Redactor();
  private readonly settings: ResolvedSigmaSettings;
  private readonly writeChanged = new Set<string>();
  private readonly notes: string[] = [];
  private identity: Promise<WhoamiResponse> | undefined;
  private readonly transport: Transport;

  constructor(
    settings: SigmaBackendSettings,
    private readonly options: SigmaBackendOptions,
  ) {
    this.settings = resolveSigmaSettings(settings, options.env);
    this.location = this.settings.baseUrl;
    const retry = options.retry ?? DEFAULT_RETRY_POLICY;
    let http: SigmaHttp | undefined;
    this.transport = new Transport(this.settings.baseUrl, this.settings.concurrency, options.env);
    const tokens = new ClientCredentialsTokens(
      { baseUrl: this.settings.baseUrl, clientId: this.settings.clientId, clientSecret: this.settings.clientSecret, source: this.settings.credentialsSource, baseUrlSource: this.settings.baseUrlSource },
      {
        transport: this.transport,
        redactor: this.redactor,
        policy: retry,
        count: (endpoint) => http?.count(endpoint),
        ...(options.log && { log: (line: string) => options.log?.(this.redactor.redact(line)) }),
        ...(options.now && { now: options.now }),
      },
    );
    http = new SigmaHttp({
      baseUrl: this.settings.baseUrl,
      transport: this.transport,
      tokens,
      redactor: this.redactor,
      concurrency: this.settings.concurrency,
      retry,
      ...(options.paceClock && { clock: options.paceClock }),
      ...(options.timeoutMs !== undefined && { timeoutMs: options.timeoutMs }),
      ...(options.log && { log: (line: string) => options.log?.(this.redactor.redact(line)) }),
      baseUrlSource: this.settings.baseUrlSource,
      ...(options.readOnly && { readOnly: options.readOnly }),
    });
    this.http = http;
    this.paths = new ObjectPaths(http);
  }

  /** Who the credentials belong to; the first request of a run (after the token). */
  whoami(): Promise<WhoamiResponse> {
    this.identity ??= whoami(this.http);
    return this.identity;
  }

  async read(options: ReadOptions = {}): Promise<LiveSnapshot> {
    await this.whoami();
    const progress = options.onProgress;
    const [people, connections] = await Promise.all([readPeople(this.http, this.index, this.notes, progress), readConnections(this.http, this.index, this.options.connections)]);
    const grants = await readGrants(
      this.http,
      this.index,
      this.paths,
      { userIds: people.activeUserIds, teamIds: people.teams.map((team) => team.id), ...(people.probeUserId !== undefined && { probeUserId: people.probeUserId }) },
      this.options.objects ?? [],
      this.notes,
      progress,
    );
    return { connections, users: people.users, teams: people.teams, grants, accountTypes: people.accountTypes };
  }

  async findMissingObjects(objects: readonly ObjectPath[]): Promise<ReadonlySet<string>> {
    const below: { connectionId: string; object: ObjectPath }[] = [];
    const seen = new Set<string>();
    for (const object of objects) {
      const key = formatObjectPath(object);
      // A connection this plan creates has nothing to look up yet.
      const connection = this.index.connection(object.connection);
      if (object.path.length === 0 || !connection || seen.has(key)) continue;
      seen.add(key);
      below.push({ connectionId: connection.id, object });
    }
    return this.paths.findMissing(below);
  }

  manualStep(change: Change): ManualStep | undefined {
    return change.type === 'grant' ? grantManualStep(change, this.settings.tryGrantApiForAllLevels) : undefined;
  }

  async preflight(changes: readonly Change[]): Promise<void> {
    await checkBeforeApply(this.http, await this.whoami(), changes, this.options.env);
  }

  async execute(change: Change): Promise<void> {
    const writer = { http: this.http, index: this.index };
    switch (change.type) {
      case 'user':
        return executeUserChange(writer, change);
      case 'team':
        return executeTeamChange(writer, change);
      case 'membership':
        return executeMembershipChange(writer, change);
      case 'connection':
        return executeConnectionChange({ ...writer, env: this.options.env, redactor: this.redactor, writeChanged: this.writeChanged }, change);
      case 'grant':
        return executeGrantChange({ ...writer, paths: this.paths, tryGrantApiForAllLevels: this.settings.tryGrantApiForAllLevels }, change);
      default:
        assertNever(change, 'change');
    }
  }

  async close(): Promise<BackendReport> {
    const warnings = [...new Set(this.notes)];
    const tested = [...this.writeChanged].map((name) => this.index.connection(name)).filter((known) => known !== undefined);
    const checks = await Promise.all(tested.map((known) => testConnection(this.http, known)));
    for (const check of checks) {
      const warning = writeTestWarning(check);
      if (warning) warnings.push(warning);
    }
    this.writeChanged.clear();
    this.transport.close();
    return { warnings };
  }

  requestCounts(): ReadonlyMap<string, number> {
    return this.http.requestCounts();
  }

  async checkConnections(): Promise<readonly ConnectionCheck[]> {
    await this.whoami();
    if (this.index.connections().length === 0) await readConnections(this.http, this.index);
    const connections = this.index.connections().sort((a, b) => a.name.localeCompare(b.name));
    return Promise.all(connections.map((known) => testConnection(this.http, known)));
  }

  /** Masks every secret this run has seen: for callers that print errors from other layers. */
  redact(text: string): string {
    return this.redactor.redact(text);
  }
}

export function createSigmaBackend(settings: SigmaBackendSettings, options: SigmaBackendOptions): SigmaBackend {
  return new SigmaBackend(settings, options);
}
