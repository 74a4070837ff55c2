// Access tokens (auth → POST /v2/auth/token), form-encoded. The client id and
// secret go as `client_id` / `client_secret` form fields, as Sigma's token
// reference and its "API authentication with cURL" page send them; a service
// that refuses them (401, or 400 `invalid_client` / `invalid_request`) is
// asked once more with HTTP Basic, the operation's `basicAuth` scheme, and
// whichever worked is kept for the rest of the run. One method per request,
// never both (RFC 6749 §2.3.1). docs/sigma-backend.md, "Tokens".
//
// One token is shared by every request. It is renewed before it expires, with
// the `refresh_token` grant when Sigma gave a refresh token, else with the
// client credentials; one renewal at a time, joined by every request that
// needs a token meanwhile (single flight).

import { setTimeout as sleep } from 'node:timers/promises';
import { classifyResponse, networkTransient, unreachableReason, type Answer } from './answers.js';
import { describeFailure, SigmaApiError, SigmaCredentialsRefusedError, SigmaUnreachableError, type SigmaFailure } from './errors.js';
import type { Redactor } from './redaction.js';
import { backoffDelay, type RetryPolicy } from './retry.js';
import { TransportError, type Transport } from './transport.js';
import type { TokenResponse } from './wire.js';

export const TOKEN_ENDPOINT = 'POST /v2/auth/token';

export interface TokenSource {
  token(): Promise<string>;
  /**
   * A 401 said `token` is dead. True when it was the current token (the next
   * `token()` renews); false when a renewal since then already replaced it.
   */
  invalidate(token: string): boolean;
}

export interface ClientCredentials {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** "SIGMA_CLIENT_ID and SIGMA_CLIENT_SECRET": where to look when Sigma refuses them. */
  readonly source: string;
  readonly baseUrlSource: string;
}

/** Where the client id and secret go in a token request. */
export type ClientAuthentication = 'form' | 'basic';

export interface TokenSourceOptions {
  readonly transport: Transport;
  readonly redactor: Redactor;
  readonly policy: RetryPolicy;
  readonly count: (endpoint: string) => void;
  readonly log?: (line: string) => void;
  /** Milliseconds since the epoch; tests inject one to reach a token's expiry without waiting. */
  readonly now?: () => number;
}

/** Renew this long before `expires_in` runs out, so that no request carries a token about to expire. */
const EARLY_RENEWAL_MS = 60_000;
/** Sigma's tokens live an hour; used when an answer gives no `expires_in`. */
const DEFAULT_LIFETIME_S = 3600;

/** An answer, with the OAuth `error` of a refusal. */
type TokenAnswer = Extract<Answer, { kind: 'ok' | 'transient' }> | { readonly kind: 'unauthorized' | 'refused'; readonly failure: SigmaFailure; readonly error: string | undefined };

type Grant = { readonly grant_type: 'client_credentials' } | { readonly grant_type: 'refresh_token'; readonly refresh_token: string };

export class ClientCredentialsTokens implements TokenSource {
  private current: { readonly value: string; readonly renewAt: number } | undefined;
  /** Outlives the access token it came with: an expired access token is renewed with it. */
  private refreshToken: string | undefined;
  /** Settled by the first token Sigma issues; until then form fields, then Basic once. */
  private method: ClientAuthentication | undefined;
  private pending: Promise<string> | undefined;
  private readonly now: () => number;

  constructor(
    private readonly credentials: ClientCredentials,
    private readonly options: TokenSourceOptions,
  ) {
    this.now = options.now ?? Date.now;
    const { clientId, clientSecret } = credentials;
    options.redactor.add(clientSecret);
    options.redactor.add(new URLSearchParams({ s: clientSecret }).toString().slice(2));
    options.redactor.add(Buffer.from(`${clientId}:${clientSecret}`).toString('base64'));
  }

  /** How the client credentials are sent, once a token request has succeeded. */
  authentication(): ClientAuthentication | undefined {
    return this.method;
  }

  token(): Promise<string> {
    if (this.current && this.now() < this.current.renewAt) return Promise.resolve(this.current.value);
    this.pending ??= this.renew().finally(() => (this.pending = undefined));
    return this.pending;
  }

  invalidate(token: string): boolean {
    if (this.current?.value !== token) return false;
    this.current = undefined;
    return true;
  }

  private async renew(): Promise<string> {
    if (this.refreshToken !== undefined) {
      const refreshed = await this.request({ grant_type: 'refresh_token', refresh_token: this.refreshToken });
      if (refreshed !== undefined) return refreshed;
      // Sigma no longer takes the refresh token (revoked, or used already): start over with the credentials.
      this.refreshToken = undefined;
    }
    const issued = await this.request({ grant_type: 'client_credentials' });
    if (issued === undefined) throw new Error('a client_credentials grant is never undefined');
    return issued;
  }

  /** The new access token; undefined when Sigma refused a refresh token (the caller falls back to the credentials). */
  private async request(grant: Grant): Promise<string | undefined> {
    const started = this.now();
    let method: ClientAuthentication = this.method ?? 'form';
    for (let attempt = 1; ; attempt += 1) {
      const answer = await this.send(grant, method);
      if (answer.kind === 'ok') {
        this.method = method;
        return this.accept(answer.value);
      }
      if (answer.kind === 'transient') {
        const { transient } = answer;
        await this.backoff(attempt, started, transient.retryAfterMs, transient.failure.status !== undefined ? `HTTP ${transient.failure.status}` : (transient.failure.sigmaMessage ?? transient.cause));
        continue;
      }
      if (this.method === undefined && method === 'form' && refusesClientAuthentication(answer.failure, answer.error)) {
        this.options.log?.(`sigma: ${TOKEN_ENDPOINT} refused the credentials as form fields (HTTP ${answer.failure.status}); trying HTTP Basic`);
        method = 'basic';
        attempt -= 1;
        continue;
      }
      if (grant.grant_type === 'refresh_token') {
        this.options.log?.(`sigma: ${TOKEN_ENDPOINT} refused the refresh token (HTTP ${answer.failure.status}); asking with the client credentials`);
        return undefined;
      }
      throw new SigmaCredentialsRefusedError(`${describeFailure(answer.failure, 'the client credentials')}: check ${this.credentials.source}`, answer.failure);
    }
  }

  private async send(grant: Grant, method: ClientAuthentication): Promise<TokenAnswer> {
    const { baseUrl, clientId, clientSecret } = this.credentials;
    this.options.count(TOKEN_ENDPOINT);
    const began = this.now();
    const form = new URLSearchParams(grant);
    if (method === 'form') {
      form.set('client_id', clientId);
      form.set('client_secret', clientSecret);
    }
    try {
      const response = await this.options.transport.send({
        method: 'POST',
        url: new URL(`${baseUrl.replace(/\/+$/, '')}/v2/auth/token`),
        headers: {
          ...(method === 'basic' && { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` }),
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
          'user-agent': 'grantform',
        },
        body: form.toString(),
        timeoutMs: 60_000,
      });
      this.options.log?.(`sigma: ${TOKEN_ENDPOINT} (${grant.grant_type}, ${method === 'form' ? 'form fields' : 'HTTP Basic'}) → ${response.status} in ${this.now() - began} ms`);
      const answer = classifyResponse(TOKEN_ENDPOINT, response, this.options.redactor);
      return answer.kind === 'unauthorized' || answer.kind === 'refused' ? { ...answer, error: oauthError(response.body) } : answer;
    } catch (error) {
      const code = error instanceof TransportError ? error.code : undefined;
      const unreachable = unreachableReason(code);
      if (unreachable) throw new SigmaUnreachableError(`Cannot reach Sigma at ${baseUrl} (${unreachable}): check ${this.credentials.baseUrlSource}`, { endpoint: TOKEN_ENDPOINT });
      return { kind: 'transient', transient: networkTransient(TOKEN_ENDPOINT, code, this.options.redactor.messageOf(error)) };
    }
  }

  private accept(value: unknown): string {
    const token = value as Partial<TokenResponse> | null;
    if (!token || typeof token.access_token !== 'string') {
      throw new SigmaApiError(`Sigma answered ${TOKEN_ENDPOINT} without an access token: check ${this.credentials.baseUrlSource}`, { endpoint: TOKEN_ENDPOINT });
    }
    const { redactor } = this.options;
    redactor.add(token.access_token);
    if (typeof token.refresh_token === 'string' && token.refresh_token !== '') {
      redactor.add(token.refresh_token);
      this.refreshToken = token.refresh_token;
    }
    const lifetimeMs = (typeof token.expires_in === 'number' && token.expires_in > 0 ? token.expires_in : DEFAULT_LIFETIME_S) * 1000;
    this.current = { value: token.access_token, renewAt: this.now() + Math.max(lifetimeMs / 2, lifetimeMs - EARLY_RENEWAL_MS) };
    return token.access_token;
  }

  private async backoff(attempt: number, started: number, retryAfterMs: number | undefined, what: string): Promise<void> {
    const { policy } = this.options;
    const delay = backoffDelay(policy, attempt, retryAfterMs);
    const elapsed = this.now() - started;
    if (attempt >= policy.maxAttempts || elapsed + delay > policy.giveUpAfterMs) {
      // No status means no answer at all (timeouts, dropped connections): Sigma is unreachable.
      const GaveUp = what.startsWith('HTTP ') ? SigmaApiError : SigmaUnreachableError;
      throw new GaveUp(
        `Sigma did not issue an access token (${what}), ${attempt} times over ${Math.max(1, Math.round(elapsed / 1000))} s; grantform gave up: try again later`,
        { endpoint: TOKEN_ENDPOINT },
      );
    }
    this.options.log?.(`sigma: ${TOKEN_ENDPOINT} ${what}, retrying in ${delay} ms`);
    await sleep(delay);
  }
}

/**
 * Whether Sigma refused how the credentials were sent rather than the grant:
 * on the token endpoint a 401 is always client authentication (RFC 6749
 * §5.2), a 400 only when it says `invalid_client` or `invalid_request`.
 */
function refusesClientAuthentication(failure: SigmaFailure, error: string | undefined): boolean {
  if (failure.status === 401) return true;
  const code = error ?? failure.code;
  return failure.status === 400 && (code === 'invalid_client' || code === 'invalid_request');
}

/** The OAuth `error` field of a refusal (RFC 6749 §5.2), if the body is JSON with one. */
function oauthError(body: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(body ?? '') as { error?: unknown };
    return typeof parsed.error === 'string' ? parsed.error : undefined;
  } catch {
    return undefined;
  }
}
