// The one place that talks HTTP to Sigma: bearer token (auth.ts), bounded
// concurrency, retries of transient failures, request counts per endpoint,
// and errors as one redacted sentence with Sigma's message, code and
// requestId. Everything above it calls `request` with an endpoint template.

import { setTimeout as sleep } from 'node:timers/promises';
import type { TokenSource } from './auth.js';
import { describeFailure, SigmaApiError, type SigmaFailure } from './errors.js';
import { Limiter } from './limiter.js';
import type { Redactor } from './redaction.js';
import { backoffDelay, DEFAULT_RETRY_POLICY, isTransientStatus, parseRetryAfter, type RetryPolicy, type TransientCause } from './retry.js';
import type { ApiErrorBody } from './wire.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type QueryValue = string | number | boolean | undefined;

export interface RequestSpec {
  readonly method: HttpMethod;
  /** The endpoint as the OpenAPI files write it, e.g. `/v2/teams/{teamId}/members`: also the request-count key. */
  readonly path: string;
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, QueryValue>>;
  readonly body?: unknown;
  /**
   * False for creates that must not run twice (a team, a user, a connection):
   * they are retried only when Sigma certainly did not process them (429, an
   * HTML throttle page); otherwise the failure is left to the caller, which
   * checks whether the object exists before trying again.
   */
  readonly idempotent?: boolean;
}

export interface SigmaHttpOptions {
  readonly baseUrl: string;
  readonly tokens: TokenSource;
  readonly redactor: Redactor;
  readonly concurrency: number;
  readonly retry?: RetryPolicy;
  /** Per attempt. */
  readonly timeoutMs?: number;
  /** `--debug`: one line per attempt, redacted, never a header or a body. */
  readonly log?: (line: string) => void;
  /** Names where the base URL came from, for the "cannot reach" sentence. */
  readonly baseUrlSource: string;
}

interface AttemptFailure {
  readonly cause: TransientCause;
  readonly failure: SigmaFailure;
  readonly retryAfterMs?: number;
  /** Sigma may have carried the request out (a 5xx, a reset after sending). */
  readonly ambiguous: boolean;
}

export class SigmaHttp {
  private readonly limiter: Limiter;
  private readonly counts = new Map<string, number>();
  private readonly policy: RetryPolicy;
  readonly baseUrl: string;

  constructor(private readonly options: SigmaHttpOptions) {
    this.limiter = new Limiter(options.concurrency);
    this.policy = options.retry ?? DEFAULT_RETRY_POLICY;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  requestCounts(): ReadonlyMap<string, number> {
    return new Map([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Counts one request to `endpoint` (the token source counts its own through this). */
  count(endpoint: string): void {
    this.counts.set(endpoint, (this.counts.get(endpoint) ?? 0) + 1);
  }

  async request<T>(spec: RequestSpec): Promise<T> {
    const endpoint = `${spec.method} ${spec.path}`;
    const started = Date.now();
    let reauthenticated = false;
    for (let attempt = 1; ; attempt += 1) {
      const outcome = await this.limiter.run(() => this.attempt(spec, endpoint));
      if (outcome.kind === 'ok') return outcome.value as T;
      if (outcome.kind === 'unauthorized') {
        // Tokens expire after an hour: fetch a new one once, never loop.
        if (reauthenticated) throw this.refused(outcome.failure);
        reauthenticated = true;
        this.options.tokens.invalidate(outcome.token);
        attempt -= 1;
        continue;
      }
      if (outcome.kind === 'refused') throw this.refused(outcome.failure);
      const transient = outcome.failure;
      const certainlyNotProcessed = transient.cause === 'throttled' || !transient.ambiguous;
      if (spec.idempotent === false && !certainlyNotProcessed) {
        throw new SigmaApiError(
          `${this.sentenceFor(transient)}; grantform checks whether it took effect before trying again`,
          transient.failure,
          true,
        );
      }
      const delay = backoffDelay(this.policy, attempt, transient.retryAfterMs);
      const elapsed = Date.now() - started;
      if (attempt >= this.policy.maxAttempts || elapsed + delay > this.policy.giveUpAfterMs) {
        const seconds = Math.max(1, Math.round((elapsed + 500) / 1000));
        // Not retryable: this client has retried already, and an executor retrying again would multiply the wait.
        throw new SigmaApiError(`${this.sentenceFor(transient)}, ${attempt} times over ${seconds} s; grantform gave up: try again later`, transient.failure);
      }
      this.options.log?.(`sigma: ${endpoint} ${transient.cause}, retrying in ${delay} ms (attempt ${attempt + 1} of ${this.policy.maxAttempts})`);
      await sleep(delay);
    }
  }

  private async attempt(
    spec: RequestSpec,
    endpoint: string,
  ): Promise<
    | { kind: 'ok'; value: unknown }
    | { kind: 'unauthorized'; failure: SigmaFailure; token: string }
    | { kind: 'refused'; failure: SigmaFailure }
    | { kind: 'transient'; failure: AttemptFailure }
  > {
    const token = await this.options.tokens.token();
    const url = this.url(spec);
    const display = this.options.redactor.redact(url.slice(this.baseUrl.length));
    this.count(endpoint);
    const began = Date.now();
    let response: Response;
    try {
      response = await fetch(url, {
        method: spec.method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          'user-agent': 'grantform',
          ...(spec.body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(spec.body !== undefined && { body: JSON.stringify(spec.body) }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 60_000),
      });
    } catch (error) {
      const failure = this.networkFailure(error, endpoint);
      this.options.log?.(`sigma: ${spec.method} ${display} failed after ${Date.now() - began} ms: ${failure.failure.sigmaMessage ?? failure.cause}`);
      return { kind: 'transient', failure };
    }
    const text = await readText(response);
    if (text === undefined) {
      this.options.log?.(`sigma: ${spec.method} ${display} → ${response.status}, body cut off after ${Date.now() - began} ms`);
      return { kind: 'transient', failure: { cause: 'connection-reset', ambiguous: true, failure: { endpoint, status: response.status, sigmaMessage: 'the connection was dropped mid-answer' } } };
    }
    this.options.log?.(`sigma: ${spec.method} ${display} → ${response.status} in ${Date.now() - began} ms`);
    const json = parseJson(text);
    const requestId = response.headers.get('x-request-id') ?? undefined;
    if (response.ok) {
      if (json.ok && !looksLikeHtml(response, text)) return { kind: 'ok', value: text.trim() === '' ? {} : json.value };
      // Sigma's edge answers throttling with an HTML page, whatever the status.
      return { kind: 'transient', failure: { cause: 'not-json', ambiguous: false, failure: { endpoint, status: response.status, sigmaMessage: 'an HTML page instead of JSON (throttling)', ...(requestId && { requestId }) } } };
    }
    const body: ApiErrorBody = json.ok && typeof json.value === 'object' && json.value !== null ? (json.value as ApiErrorBody) : {};
    const failure: SigmaFailure = {
      endpoint,
      status: response.status,
      ...(typeof body.message === 'string' && { sigmaMessage: this.options.redactor.redact(body.message) }),
      ...(typeof body.code === 'string' && { code: body.code }),
      ...((typeof body.requestId === 'string' ? body.requestId : requestId) && { requestId: typeof body.requestId === 'string' ? body.requestId : requestId }),
    };
    if (response.status === 401) return { kind: 'unauthorized', failure, token };
    const html = !json.ok || looksLikeHtml(response, text);
    if (response.status === 429 || (html && response.status >= 400 && response.status < 500)) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      return { kind: 'transient', failure: { cause: 'throttled', ambiguous: false, failure: html ? { ...failure, sigmaMessage: 'an HTML page instead of JSON (throttling)' } : failure, ...(retryAfterMs !== undefined && { retryAfterMs }) } };
    }
    if (isTransientStatus(response.status)) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
      // 502/503/504 come from gateways in front of Sigma: the request did not reach it.
      const ambiguous = response.status === 500 || response.status > 504;
      return { kind: 'transient', failure: { cause: 'server-error', ambiguous, failure, ...(retryAfterMs !== undefined && { retryAfterMs }) } };
    }
    return { kind: 'refused', failure };
  }

  private url(spec: RequestSpec): string {
    let path = spec.path;
    for (const [name, value] of Object.entries(spec.params ?? {})) path = path.replace(`{${name}}`, encodeURIComponent(value));
    if (path.includes('{')) throw new Error(`missing path parameter in ${path}`);
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(spec.query ?? {})) if (value !== undefined) query.set(name, String(value));
    const search = query.toString();
    return `${this.baseUrl}${path}${search ? `?${search}` : ''}`;
  }

  private networkFailure(error: unknown, endpoint: string): AttemptFailure {
    const code = errorCode(error);
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return { cause: 'timeout', ambiguous: true, failure: { endpoint, sigmaMessage: 'no answer in time' } };
    }
    if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ERR_INVALID_URL' || code?.startsWith('ERR_TLS') || code?.includes('CERT')) {
      throw new SigmaApiError(
        `Cannot reach Sigma at ${this.baseUrl} (${code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host not found' : code === 'ECONNREFUSED' ? 'connection refused' : code === 'ERR_INVALID_URL' ? 'not a URL fetch accepts' : this.options.redactor.messageOf(error)}): check ${this.options.baseUrlSource}`,
        { endpoint },
      );
    }
    return { cause: 'connection-reset', ambiguous: true, failure: { endpoint, sigmaMessage: `the connection was dropped (${code ?? this.options.redactor.messageOf(error)})` } };
  }

  private refused(failure: SigmaFailure): SigmaApiError {
    if (failure.status === 401) {
      return new SigmaApiError(`${describeFailure(failure)}: the access token was refused twice in a row, even freshly issued`, failure);
    }
    return new SigmaApiError(describeFailure(failure), failure);
  }

  private sentenceFor(transient: AttemptFailure): string {
    const { failure } = transient;
    const what = failure.status !== undefined ? `HTTP ${failure.status}` : failure.sigmaMessage ?? transient.cause;
    const detail = failure.status !== undefined && failure.sigmaMessage ? `: ${failure.sigmaMessage}` : '';
    const id = failure.requestId ? `, request ${failure.requestId}` : '';
    return `Sigma did not answer ${failure.endpoint} (${what}${id})${detail}`;
  }
}

/** The body, or undefined when the connection dropped while it was read. */
async function readText(response: Response): Promise<string | undefined> {
  try {
    return await response.text();
  } catch {
    return undefined;
  }
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function looksLikeHtml(response: Response, text: string): boolean {
  return (response.headers.get('content-type') ?? '').includes('text/html') || /^\s*</.test(text);
}

/** The system error code of a fetch failure: undici wraps it in `cause`, sometimes twice. */
export function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current !== null && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'UND_ERR') return code;
    // fetch refuses ports that browsers block (1, 25, 6000…) before connecting.
    if ((current as { message?: unknown }).message === 'bad port') return 'ERR_INVALID_URL';
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
