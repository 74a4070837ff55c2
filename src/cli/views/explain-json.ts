// `explain --format json`, as schemas/explain.schema.json describes.

import type { AccessOnObject, AccessSource, EffectiveAccess, ReachedObject } from '../../access/effective-access.js';
import type { AccessLevel } from '../../model/levels.js';
import { formatObjectPath, type ObjectPath } from '../../model/object-path.js';

export interface GrantSourceJson {
  readonly principal: string;
  readonly object: string;
  readonly level: AccessLevel;
  readonly file: string;
  readonly line: number;
  /** The team through which the user receives it. */
  readonly team?: string;
  /** What it gives this user after the account-type cap; null: nothing. */
  readonly gives: AccessLevel | null;
  readonly wins: boolean;
}

export interface UserAccessJson {
  readonly email: string;
  readonly accountType: string;
  readonly level: AccessLevel | null;
  readonly adminAccountType?: true;
  readonly from: readonly GrantSourceJson[];
}

export function sourceJson(source: AccessSource, winner: AccessSource | undefined): GrantSourceJson {
  const { grant } = source.grant;
  return {
    principal: source.grant.principal,
    object: formatObjectPath(grant.object),
    level: grant.access,
    file: grant.span.file,
    line: grant.span.start.line,
    ...(source.team !== undefined && { team: source.team }),
    gives: source.gives ?? null,
    wins: source === winner,
  };
}

export function userAccessJson(access: EffectiveAccess): UserAccessJson {
  return {
    email: access.user.email,
    accountType: access.user.accountType,
    level: access.level ?? null,
    ...(access.adminAccountType && { adminAccountType: true as const }),
    from: access.sources.map((source) => sourceJson(source, access.winner)),
  };
}

export function renderAccessOnJson(result: AccessOnObject): string {
  return json({ object: formatObjectPath(result.object), users: result.users.map(userAccessJson) });
}

export function renderUserOnJson(object: ObjectPath, access: EffectiveAccess): string {
  return json({ object: formatObjectPath(object), ...userAccessJson(access) });
}

export function renderUserReachJson(access: { email: string; accountType: string }, reached: readonly ReachedObject[]): string {
  return json({
    email: access.email,
    accountType: access.accountType,
    objects: reached.map((each) => ({
      object: each.node.key,
      level: each.access.level ?? null,
      from: each.here.map((source) => sourceJson(source, each.access.winner)),
    })),
  });
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
