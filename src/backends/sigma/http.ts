// The one place that talks HTTP to Sigma's API: bearer token (auth.ts), at
// most `concurrency` requests in flight, retries of transient failures
// (answers.ts, retry.ts), request counts per endpoint, and errors as one
// redacted sentence with Sigma's message, code and requestId. Everything
// above it calls `request` with an endpoint template.

import { setTimeout as sleep } from 'node:timers/promises';
import { classifyResponse, networkTransient, unreachableReason, type Answer, type Transient } from './answers.js';
import type { TokenSource } from './auth.js';
import { describeFailure, SigmaApiError, SigmaCredentialsRefusedError, SigmaUnreachableError, type SigmaFailure } from './errors.js';
import { AdaptiveLimit, type PaceClock, type SendOutcome } from './adaptive-limit.js';
import type { ReadOnlyMode } from '../../model/read-only.js';
import { checkReadOnly } from './read-only.js';
import type { Redactor } from './redaction.js';
import { backoffDelay, DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry.js';
import { PROXY_FAILURE } from './proxy.js';
import { TransportError, type Transport } from './transport.js';

/** A request gives up after this many throttled answers per attempt of the retry policy. */
const THROTTLES_PER_ATTEMPT = 4;

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
   * HTML throttle page, a gateway's 502-504); otherwise the failure is left
   * to the caller, which checks whether the object exists before trying again.
   */
  readonly idempotent?: boolean;
}

export interface SigmaHttpOptions {
  readonly baseUrl: string;
  /** Only `send` is used: tests of the pace give a simulated network (test/support/simulated-sigma.ts). */
  readonly transport: Pick<Transport, 'send'>;
  readonly tokens: TokenSource;
  readonly redactor: Redactor;
  /** The most requests in flight; fewer while Sigma throttles (adaptive-limit.ts). */
  readonly concurrency: number;
  readonly retry?: RetryPolicy;
  /** For tests of the pace; default the real clock. */
  readonly clock?: PaceClock;
  /** Per attempt. */
  readonly timeoutMs?: number;
  /** `--debug`: one line per attempt, redacted, never a header or a body. */
  readonly log?: (line: string) => void;
  /** Names where the base URL came from, for the "cannot reach" sentence. */
  readonly baseUrlSource: string;
  /** Set: every request that is not a read is refused before it is sent (read-only.ts). */
  readonly readOnly?: ReadOnlyMode;
}

/** Renewals one request may cause (a 401 on the token in use); a 401 on a token already replaced costs none. */
const MAX_RENEWALS_PER_REQUEST = 3;
/** 401s one request may meet in all, renewed by it or by another request. */
const MAX_UNAUTHORIZED_PER_REQUEST = 8;

type Attempt = Answer | { readonly kind: 'unauthorized'; readonly failure: SigmaFailure; readonly token: string };

export class SigmaHttp {
  private readonly limiter: AdaptiveLimit;
  private readonly counts = new Map<string, number>();
  private readonly policy: RetryPolicy;
  readonly baseUrl: string;

  constructor(private readonly options: SigmaHttpOptions) {
    this.limiter = new AdaptiveLimit(options.concurrency, options.clock);
    this.policy = options.retry ?? DEFAULT_RETRY_POLICY;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  requestCounts(): ReadonlyMap<string, number> {
    return new Map([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Answers that were throttling (429 or the HTML page), and the pace now: for --debug and the bench. */
  pace(): { readonly throttled: number; readonly concurrency: number; readonly rate: number } {
    return { throttled: this.limiter.throttled, concurrency: this.limiter.limit, rate: this.limiter.rate };
  }

  /** Counts one request to `endpoint` (the token source counts its own through this). */
  count(endpoint: string): void {
    this.counts.set(endpoint, (this.counts.get(endpoint) ?? 0) + 1);
  }

  async request<T>(spec: RequestSpec): Promise<T> {
    checkReadOnly(this.options.readOnly, spec.method, spec.path);
    const endpoint = `${spec.method} ${spec.path}`;
    const started = Date.now();
    const unauthorized = { renewed: 0, met: 0 };
    let throttles = 0;
    for (let attempt = 1; ; attempt += 1) {
      // The slot is held for the attempt only, never during a backoff.
      const outcome = await this.limiter.run(() => this.attempt(spec, endpoint), (answer) => paceOutcome(answer, this.policy.maxDelayMs));
      if (outcome.kind === 'ok') return outcome.value as T;
      if (outcome.kind === 'unauthorized') {
        if (!('token' in outcome)) throw this.refused(outcome.failure, unauthorized.met + 1);
        // A dead token: renew (auth.ts shares one renewal among every request that held it) and
        // try again, also when the renewed token dies too. Bounded, so that a service that
        // refuses every token fails in a sentence instead of looping.
        unauthorized.met += 1;
        if (this.options.tokens.invalidate(outcome.token)) unauthorized.renewed += 1;
        if (unauthorized.renewed > MAX_RENEWALS_PER_REQUEST || unauthorized.met > MAX_UNAUTHORIZED_PER_REQUEST) throw this.refused(outcome.failure, unauthorized.met);
        attempt -= 1;
        continue;
      }
      if (outcome.kind === 'refused') throw this.refused(outcome.failure);
      const { transient } = outcome;
      if (spec.idempotent === false && transient.ambiguous) {
        throw new SigmaApiError(`${sentenceFor(transient)}; grantform checks whether it took effect before trying again`, transient.failure, true);
      }
      const elapsed = Date.now() - started;
      if (transient.cause === 'throttled') {
        // The limiter has slowed the pace and paused every sender briefly: back in the queue, after this request's
        // Retry-After if the server gave one, with no backoff of its own (one per request is what multiplied the
        // throttled requests). Bounded by a count of throttles, not by time: a request queued behind thousands at the
        // server's pace may wait long before it is first sent.
        throttles += 1;
        if (throttles < THROTTLES_PER_ATTEMPT * this.policy.maxAttempts) {
          attempt -= 1;
          const wait = transient.retryAfterMs === undefined ? 0 : Math.min(transient.retryAfterMs, this.policy.maxDelayMs);
          this.options.log?.(
            `sigma: ${endpoint} throttled${wait > 0 ? `, again in ${wait} ms (Retry-After)` : ''}, ${this.limiter.limit} in flight at most, ${Number.isFinite(this.limiter.rate) ? `${this.limiter.rate.toFixed(1)} requests/s` : 'no pace'}`,
          );
          // Retry-After is this request's own: it waits that long before it queues again; the others go on at the pace.
          await this.limiter.holdOff(wait);
          continue;
        }
      }
      const delay = backoffDelay(this.policy, attempt, transient.retryAfterMs);
      if (attempt >= this.policy.maxAttempts || elapsed + delay > this.policy.giveUpAfterMs || transient.cause === 'throttled') {
        const seconds = Math.max(1, Math.round((elapsed + 500) / 1000));
        // Not retryable: this client has retried already, and an executor retrying again would multiply the wait.
        const GaveUp = transient.cause === 'timeout' || transient.cause === 'connection-reset' ? SigmaUnreachableError : SigmaApiError;
        throw new GaveUp(`${sentenceFor(transient)}, ${attempt + throttles - (transient.cause === 'throttled' ? 1 : 0)} times over ${seconds} s; grantform gave up: try again later`, transient.failure);
      }
      this.options.log?.(`sigma: ${endpoint} ${transient.cause}, retrying in ${delay} ms (attempt ${attempt + 1} of ${this.policy.maxAttempts})`);
      await sleep(delay);
    }
  }

  private async attempt(spec: RequestSpec, endpoint: string): Promise<Attempt> {
    const token = await this.options.tokens.token();
    const url = this.url(spec);
    const display = this.options.redactor.redact(`${url.pathname}${url.search}`);
    this.count(endpoint);
    const began = Date.now();
    try {
      const response = await this.options.transport.send({
        method: spec.method,
        url,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          'user-agent': 'grantform',
          ...(spec.body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(spec.body !== undefined && { body: JSON.stringify(spec.body) }),
        timeoutMs: this.options.timeoutMs ?? 60_000,
      });
      this.options.log?.(`sigma: ${spec.method} ${display} → ${response.status}${response.body === undefined ? ' (cut off)' : ''} in ${Date.now() - began} ms`);
      const answer = classifyResponse(endpoint, response, this.options.redactor);
      return answer.kind === 'unauthorized' ? { ...answer, token } : answer;
    } catch (error) {
      const code = error instanceof TransportError ? error.code : undefined;
      const message = this.options.redactor.messageOf(error);
      // The proxy, not Sigma: no retry helps, and the sentence names it (never its credentials).
      if (code === PROXY_FAILURE) throw new SigmaUnreachableError(`Cannot reach Sigma at ${this.baseUrl}: ${message}; check HTTPS_PROXY, HTTP_PROXY and NO_PROXY`, { endpoint });
      const unreachable = unreachableReason(code);
      if (unreachable) throw new SigmaUnreachableError(`Cannot reach Sigma at ${this.baseUrl} (${unreachable}): check ${this.options.baseUrlSource}`, { endpoint });
      this.options.log?.(`sigma: ${spec.method} ${display} failed after ${Date.now() - began} ms: ${code ?? message}`);
      return { kind: 'transient', transient: networkTransient(endpoint, code, message) };
    }
  }

  private url(spec: RequestSpec): URL {
    let path = spec.path;
    for (const [name, value] of Object.entries(spec.params ?? {})) path = path.replace(`{${name}}`, encodeURIComponent(value));
    if (path.includes('{')) throw new Error(`missing path parameter in ${path}`);
    const url = new URL(`${this.baseUrl}${path}`);
    for (const [name, value] of Object.entries(spec.query ?? {})) if (value !== undefined) url.searchParams.set(name, String(value));
    return url;
  }

  private refused(failure: SigmaFailure, times = 1): SigmaApiError {
    if (failure.status === 401) {
      return new SigmaCredentialsRefusedError(`${describeFailure(failure)}: the access token was refused ${times} times in a row, even freshly issued`, failure);
    }
    return new SigmaApiError(describeFailure(failure), failure);
  }
}

/** What one attempt's answer says about the pace: throttling, or a request the server took. */
function paceOutcome(answer: Attempt, maxPauseMs: number): SendOutcome {
  if (answer.kind === 'ok' || answer.kind === 'refused') return { kind: 'accepted' };
  if (answer.kind === 'transient' && answer.transient.cause === 'throttled') {
    const { retryAfterMs } = answer.transient;
    return { kind: 'throttled', retryAfterMs: retryAfterMs === undefined ? undefined : Math.min(retryAfterMs, maxPauseMs) };
  }
  return { kind: 'other' };
}

/** "Sigma did not answer GET /v2/grants (HTTP 503, request r-1): Service unavailable" */
export function sentenceFor(transient: Transient): string {
  const { failure } = transient;
  const what = failure.status !== undefined ? `HTTP ${failure.status}` : (failure.sigmaMessage ?? transient.cause);
  const detail = failure.status !== undefined && failure.sigmaMessage ? `: ${failure.sigmaMessage}` : '';
  const id = failure.requestId ? `, request ${failure.requestId}` : '';
  return `Sigma did not answer ${failure.endpoint} (${what}${id})${detail}`;
}
