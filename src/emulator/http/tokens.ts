// Access and refresh tokens. Access tokens live `tokenLifetimeSeconds`
// (Sigma: one hour) on the emulator's clock; an expired one is a 401.
// Undocumented: the emulator assumes refresh tokens do not expire, and (unless
// the seed turns `rotateRefreshTokens` off) that each works once, refreshing
// returning a new one. Tokens are opaque random strings, kept only in memory.

import type { Clock } from '../clock.js';
import { opaqueToken } from '../ids.js';

export interface TokenOwner {
  readonly clientId: string;
  readonly memberId: string;
}

interface AccessToken extends TokenOwner {
  expiresAt: number;
}

export interface IssuedToken {
  readonly access_token: string;
  readonly refresh_token: string;
  readonly token_type: 'bearer';
  readonly expires_in: number;
}

export type TokenCheck = { ok: true; owner: TokenOwner } | { ok: false; reason: 'unknown' | 'expired' };

export class TokenStore {
  private readonly access = new Map<string, AccessToken>();
  private readonly refresh = new Map<string, TokenOwner>();

  constructor(
    private readonly clock: Clock,
    private readonly lifetimeSeconds: number,
    private readonly rotateRefreshTokens: boolean,
  ) {}

  issue(owner: TokenOwner, keepRefreshToken?: string): IssuedToken {
    this.sweep();
    const accessToken = opaqueToken();
    this.access.set(accessToken, { ...owner, expiresAt: this.clock.now() + this.lifetimeSeconds * 1000 });
    let refreshToken = keepRefreshToken;
    if (refreshToken === undefined) {
      refreshToken = opaqueToken();
      this.refresh.set(refreshToken, owner);
    }
    return { access_token: accessToken, refresh_token: refreshToken, token_type: 'bearer', expires_in: this.lifetimeSeconds };
  }

  check(accessToken: string): TokenCheck {
    const token = this.access.get(accessToken);
    if (!token) return { ok: false, reason: 'unknown' };
    if (token.expiresAt <= this.clock.now()) return { ok: false, reason: 'expired' };
    return { ok: true, owner: { clientId: token.clientId, memberId: token.memberId } };
  }

  /** Exchanges a refresh token for a new access token (and a new refresh token when rotating). */
  refreshWith(refreshToken: string): IssuedToken | undefined {
    const owner = this.refresh.get(refreshToken);
    if (!owner) return undefined;
    if (this.rotateRefreshTokens) {
      this.refresh.delete(refreshToken);
      return this.issue(owner);
    }
    return this.issue(owner, refreshToken);
  }

  refreshOwner(refreshToken: string): TokenOwner | undefined {
    return this.refresh.get(refreshToken);
  }

  /** Expires one access token now. */
  expire(accessToken: string): void {
    const token = this.access.get(accessToken);
    if (token) token.expiresAt = this.clock.now();
  }

  /** Expires every access token now; refresh tokens keep working. Returns how many were live. */
  expireAll(): number {
    let count = 0;
    const now = this.clock.now();
    for (const token of this.access.values()) {
      if (token.expiresAt > now) count += 1;
      token.expiresAt = now;
    }
    return count;
  }

  /** Forgets the tokens of a member whose credentials stop working (deactivation). */
  revokeMember(memberId: string): void {
    for (const [key, token] of this.access) if (token.memberId === memberId) this.access.delete(key);
    for (const [key, token] of this.refresh) if (token.memberId === memberId) this.refresh.delete(key);
  }

  private sweep(): void {
    // Expired tokens are kept a while so that they answer "expired", not "unknown"; bounded all the same.
    if (this.access.size < 10_000) return;
    const cutoff = this.clock.now() - this.lifetimeSeconds * 1000;
    for (const [key, token] of this.access) if (token.expiresAt < cutoff) this.access.delete(key);
  }
}
