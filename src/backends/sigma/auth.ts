// Client-credentials tokens (auth → POST /v2/auth/token): form-encoded
// `grant_type=client_credentials`, the client id and secret as HTTP Basic
// (the operation's `basicAuth` scheme, as Sigma's own token script does).
// One token is shared by every request; a 401 elsewhere invalidates it once.

import { setTimeout as sleep } from 'node:timers/promises';
import { classifyResponse, networkTransient, unreachableReason } from './answers.js';
import { describeFailure, SigmaApiError, SigmaCredentialsRefusedError, SigmaUnreachableError } from './errors.js';
import type { Redactor } from './redaction.js';
import { backoffDelay, type RetryPolicy } from './retry.js';
import { TransportError, type Transport } from './transport.js';
import type { TokenResponse } from './wire.js';

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
    private readonly transport: Transport,
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
      let answer;
      try {
        const response = await this.transport.send({
          method: 'POST',
          url: new URL(`${baseUrl.replace(/\/+$/, '')}/v2/auth/token`),
          headers: {
            authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
            'user-agent': 'grantform',
          },
          body: new URLSearchParams({ grant_type: 'client_credentials' }).toString(),
          timeoutMs: 60_000,
        });
        this.log?.(`sigma: POST /v2/auth/token → ${response.status} in ${Date.now() - started} ms`);
        answer = classifyResponse(TOKEN_ENDPOINT, response, this.redactor);
      } catch (error) {
        const code = error instanceof TransportError ? error.code : undefined;
        const unreachable = unreachableReason(code);
        if (unreachable) throw new SigmaUnreachableError(`Cannot reach Sigma at ${baseUrl} (${unreachable}): check ${this.credentials.baseUrlSource}`, { endpoint: TOKEN_ENDPOINT });
        answer = { kind: 'transient' as const, transient: networkTransient(TOKEN_ENDPOINT, code, this.redactor.messageOf(error)) };
      }
      if (answer.kind === 'ok') {
        const token = answer.value as Partial<TokenResponse> | null;
        if (!token || typeof token.access_token !== 'string') {
          throw new SigmaApiError(`Sigma answered POST /v2/auth/token without an access token: check ${this.credentials.baseUrlSource}`, { endpoint: TOKEN_ENDPOINT });
        }
        this.redactor.add(token.access_token);
        this.redactor.add(token.refresh_token);
        const lifetimeMs = (typeof token.expires_in === 'number' && token.expires_in > 0 ? token.expires_in : 3600) * 1000;
        this.current = { value: token.access_token, expiresAt: Date.now() + Math.max(lifetimeMs / 2, lifetimeMs - EARLY_RENEWAL_MS) };
        return token.access_token;
      }
      if (answer.kind === 'transient') {
        await this.backoff(attempt, started, answer.transient.retryAfterMs, answer.transient.failure.status !== undefined ? `HTTP ${answer.transient.failure.status}` : (answer.transient.failure.sigmaMessage ?? answer.transient.cause));
        continue;
      }
      throw new SigmaCredentialsRefusedError(`${describeFailure(answer.failure, 'the client credentials')}: check ${this.credentials.source}`, answer.failure);
    }
  }

  private async backoff(attempt: number, started: number, retryAfterMs: number | undefined, what: string): Promise<void> {
    const delay = backoffDelay(this.policy, attempt, retryAfterMs);
    const elapsed = Date.now() - started;
    if (attempt >= this.policy.maxAttempts || elapsed + delay > this.policy.giveUpAfterMs) {
      // No status means no answer at all (timeouts, dropped connections): Sigma is unreachable.
      const GaveUp = what.startsWith('HTTP ') ? SigmaApiError : SigmaUnreachableError;
      throw new GaveUp(
        `Sigma did not issue an access token (${what}), ${attempt} times over ${Math.max(1, Math.round(elapsed / 1000))} s; grantform gave up: try again later`,
        { endpoint: TOKEN_ENDPOINT },
      );
    }
    this.log?.(`sigma: ${TOKEN_ENDPOINT} ${what}, retrying in ${delay} ms`);
    await sleep(delay);
  }
}
