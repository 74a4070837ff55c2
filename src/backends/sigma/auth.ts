// Client-credentials tokens (auth → POST /v2/auth/token): form-encoded
// `grant_type=client_credentials`, the client id and secret as HTTP Basic
// (the operation's `basicAuth` scheme, as Sigma's own token script does).
// One token is shared by every request; a 401 elsewhere invalidates it once.

import { setTimeout as sleep } from 'node:timers/promises';
import { describeFailure, SigmaApiError } from './errors.js';
import { errorCode } from './http.js';
import type { Redactor } from './redaction.js';
import { backoffDelay, isTransientStatus, parseRetryAfter, type RetryPolicy } from './retry.js';
import type { ApiErrorBody, TokenResponse } from './wire.js';

export const TOKEN_ENDPOINT = 'POST /v2/auth/token';

export interface TokenSource {
  token(): Promise<string>;
  /** Drops `token` if it is still the current one (a 401 said it expired). */
  invalidate(token: string): void;
}

export interface ClientCredentials {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** "SIGMA_CLIENT_ID and SIGMA_CLIENT_SECRET": where to look when Sigma refuses them. */
  readonly source: string;
  readonly baseUrlSource: string;
}

/** Renew this long before `expires_in` runs out, so that no request carries a token about to expire. */
const EARLY_RENEWAL_MS = 60_000;

export class ClientCredentialsTokens implements TokenSource {
  private current: { value: string; expiresAt: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    private readonly credentials: ClientCredentials,
    private readonly redactor: Redactor,
    private readonly policy: RetryPolicy,
    private readonly count: (endpoint: string) => void,
    private readonly log?: (line: string) => void,
  ) {
    redactor.add(credentials.clientSecret);
    redactor.add(Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64'));
  }

  token(): Promise<string> {
    if (this.current && Date.now() < this.current.expiresAt) return Promise.resolve(this.current.value);
    this.pending ??= this.fetchToken().finally(() => (this.pending = undefined));
    return this.pending;
  }

  invalidate(token: string): void {
    if (this.current?.value === token) this.current = undefined;
  }

  private async fetchToken(): Promise<string> {
    const { baseUrl, clientId, clientSecret } = this.credentials;
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      this.count(TOKEN_ENDPOINT);
      let response: Response;
      let text: string;
      try {
        response = await fetch(`${baseUrl.replace(/\/+$/, '')}/v2/auth/token`, {
          method: 'POST',
          headers: {
            authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
            'user-agent': 'grantform',
          },
          body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
          signal: AbortSignal.timeout(60_000),
        });
        text = await response.text();
      } catch (error) {
        const code = errorCode(error);
        if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'ERR_INVALID_URL') {
          const why = code === 'ECONNREFUSED' ? 'connection refused' : code === 'ERR_INVALID_URL' ? 'not a URL fetch accepts' : 'host not found';
          throw new SigmaApiError(`Cannot reach Sigma at ${baseUrl} (${why}): check ${this.credentials.baseUrlSource}`, { endpoint: TOKEN_ENDPOINT });
        }
        await this.backoff(attempt, started, undefined, `the connection failed (${code ?? this.redactor.messageOf(error)})`);
        continue;
      }
      this.log?.(`sigma: POST /v2/auth/token → ${response.status} in ${Date.now() - started} ms`);
      const body = safeJson(text);
      if (response.ok && body && typeof (body as TokenResponse).access_token === 'string') {
        const token = body as TokenResponse;
        this.redactor.add(token.access_token);
        this.redactor.add(token.refresh_token);
        const lifetimeMs = (typeof token.expires_in === 'number' && token.expires_in > 0 ? token.expires_in : 3600) * 1000;
        this.current = { value: token.access_token, expiresAt: Date.now() + Math.max(lifetimeMs / 2, lifetimeMs - EARLY_RENEWAL_MS) };
        return token.access_token;
      }
      const html = body === undefined;
      if (response.status === 429 || isTransientStatus(response.status) || html) {
        await this.backoff(attempt, started, parseRetryAfter(response.headers.get('retry-after')), html ? 'an HTML page instead of JSON' : `HTTP ${response.status}`);
        continue;
      }
      const error = (body ?? {}) as ApiErrorBody;
      const failure = {
        endpoint: TOKEN_ENDPOINT,
        status: response.status,
        ...(typeof error.message === 'string' && { sigmaMessage: this.redactor.redact(error.message) }),
        ...(typeof error.code === 'string' && { code: error.code }),
        ...(typeof error.requestId === 'string' && { requestId: error.requestId }),
      };
      throw new SigmaApiError(`${describeFailure(failure, 'the client credentials')}: check ${this.credentials.source}`, failure);
    }
  }

  private async backoff(attempt: number, started: number, retryAfterMs: number | undefined, what: string): Promise<void> {
    const delay = backoffDelay(this.policy, attempt, retryAfterMs);
    const elapsed = Date.now() - started;
    if (attempt >= this.policy.maxAttempts || elapsed + delay > this.policy.giveUpAfterMs) {
      throw new SigmaApiError(
        `Sigma did not issue an access token (${what}), ${attempt} times over ${Math.max(1, Math.round(elapsed / 1000))} s; grantform gave up: try again later`,
        { endpoint: TOKEN_ENDPOINT },
      );
    }
    this.log?.(`sigma: ${TOKEN_ENDPOINT} ${what}, retrying in ${delay} ms`);
    await sleep(delay);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
