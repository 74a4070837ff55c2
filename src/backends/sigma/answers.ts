// What one attempt's answer means (DESIGN.md §6, "Throttling arrives as 429
// or as an HTML page"): a value; a 401 (token expired); a refusal, never
// retried (every other 4xx with a JSON body); or a transient failure, retried
// (429, 5xx, an HTML page or a body that is not JSON, a dropped connection,
// no answer in time). Shared by the API client and the token source.

import type { SigmaFailure } from './errors.js';
import type { Redactor } from './redaction.js';
import { isTransientStatus, parseRetryAfter, type TransientCause } from './retry.js';
import type { TransportResponse } from './transport.js';
import type { ApiErrorBody } from './wire.js';

export interface Transient {
  readonly cause: TransientCause;
  readonly failure: SigmaFailure;
  readonly retryAfterMs?: number;
  /** Sigma may have carried the request out (a 500, a reset after sending): creates look before posting again. */
  readonly ambiguous: boolean;
}

export type Answer =
  | { readonly kind: 'ok'; readonly value: unknown }
  | { readonly kind: 'unauthorized'; readonly failure: SigmaFailure }
  | { readonly kind: 'refused'; readonly failure: SigmaFailure }
  | { readonly kind: 'transient'; readonly transient: Transient };

const THROTTLE_PAGE = 'an HTML page instead of JSON (throttling)';

export function classifyResponse(endpoint: string, response: TransportResponse, redactor: Redactor): Answer {
  const { status, body } = response;
  const requestId = header(response, 'x-request-id');
  if (body === undefined) {
    return { kind: 'transient', transient: { cause: 'connection-reset', ambiguous: true, failure: { endpoint, status, sigmaMessage: 'the connection was dropped mid-answer' } } };
  }
  const json = parseJson(body);
  const html = !json.ok || (header(response, 'content-type') ?? '').includes('text/html');
  const retryAfter = parseRetryAfter(header(response, 'retry-after'));
  const withRetryAfter = retryAfter === undefined ? {} : { retryAfterMs: retryAfter };
  if (status >= 200 && status < 300) {
    if (!html) return { kind: 'ok', value: json.ok ? json.value : {} };
    // Sigma's edge answers throttling with an HTML page, whatever the status (a CDN's challenge may come as 200):
    // a page is throttling, and paces the client (adaptive-limit.ts); another body that is not JSON is only retried.
    const page = (header(response, 'content-type') ?? '').includes('text/html') || /^\s*</.test(body);
    const sigmaMessage = page ? THROTTLE_PAGE : 'a body that is not JSON';
    return { kind: 'transient', transient: { cause: page ? 'throttled' : 'not-json', ambiguous: false, failure: { endpoint, status, sigmaMessage, ...(requestId && { requestId }) }, ...withRetryAfter } };
  }
  const error: ApiErrorBody = json.ok && typeof json.value === 'object' && json.value !== null ? (json.value as ApiErrorBody) : {};
  const id = typeof error.requestId === 'string' ? error.requestId : requestId;
  const failure: SigmaFailure = {
    endpoint,
    status,
    ...(html ? { sigmaMessage: THROTTLE_PAGE } : typeof error.message === 'string' && { sigmaMessage: redactor.redact(error.message) }),
    ...(typeof error.code === 'string' && { code: error.code }),
    ...(id && { requestId: id }),
  };
  if (status === 401 && !html) return { kind: 'unauthorized', failure };
  if (status === 429 || (html && status >= 400 && status < 500)) return { kind: 'transient', transient: { cause: 'throttled', ambiguous: false, failure, ...withRetryAfter } };
  if (isTransientStatus(status)) {
    // 502, 503 and 504 come from gateways in front of Sigma: the request did not reach it. A 500 may come after Sigma
    // acted, as a page too: a create is checked before it is sent again (create-once.ts), throttling page or not.
    const ambiguous = status === 500 || status > 504;
    return { kind: 'transient', transient: { cause: html ? 'throttled' : 'server-error', ambiguous, failure, ...withRetryAfter } };
  }
  return { kind: 'refused', failure };
}

/** System error codes that mean the base URL itself is wrong: no retry helps. */
const UNREACHABLE: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'its TLS certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate cannot be verified',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate names another host',
  // transport.ts: the proxy of HTTPS_PROXY / HTTP_PROXY could not be reached, refused the tunnel or wants credentials.
  EPROXY: 'the proxy failed: see HTTPS_PROXY, HTTP_PROXY and NO_PROXY',
};

/** Why the base URL cannot be reached, for a network error that no retry fixes; undefined for one worth retrying. */
export function unreachableReason(code: string | undefined): string | undefined {
  return code === undefined ? undefined : UNREACHABLE[code];
}

export function networkTransient(endpoint: string, code: string | undefined, message: string): Transient {
  if (code === 'ETIMEDOUT') return { cause: 'timeout', ambiguous: true, failure: { endpoint, sigmaMessage: 'no answer in time' } };
  return { cause: 'connection-reset', ambiguous: true, failure: { endpoint, sigmaMessage: `the connection was dropped (${code ?? message})` } };
}

function header(response: TransportResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
