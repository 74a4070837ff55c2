// `explain --format json`, as schemas/explain.schema.json describes; the
// types are the ones generated from that schema (src/model/generated/).

import type { AccessOnObject, AccessSource, EffectiveAccess, ReachedObject } from '../../access/effective-access.js';
import type { ExplainOnPATH, ExplainUserEMAIL, ExplainUserEMAILOnPATH, GrantSource, UserAccess } from '../../model/generated/explain-document.js';
import { formatObjectPath, type ObjectPath } from '../../model/object-path.js';

function sourceJson(source: AccessSource, winner: AccessSource | undefined): GrantSource {
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

function userAccessJson(access: EffectiveAccess): UserAccess {
  return {
    email: access.user.email,
    accountType: access.user.accountType,
    level: access.level ?? null,
    ...(access.adminAccountType && { adminAccountType: true as const }),
    from: access.sources.map((source) => sourceJson(source, access.winner)),
  };
}

export function renderAccessOnJson(result: AccessOnObject): string {
  const document: ExplainOnPATH = { object: formatObjectPath(result.object), users: result.users.map(userAccessJson) };
  return json(document);
}

export function renderUserOnJson(object: ObjectPath, access: EffectiveAccess): string {
  const document: ExplainUserEMAILOnPATH = { object: formatObjectPath(object), ...userAccessJson(access) };
  return json(document);
}

export function renderUserReachJson(access: { email: string; accountType: string }, reached: readonly ReachedObject[]): string {
  const document: ExplainUserEMAIL = {
    email: access.email,
    accountType: access.accountType,
    objects: reached.map((each) => ({
      object: each.node.key,
      level: each.access.level ?? null,
      from: each.here.map((source) => sourceJson(source, each.access.winner)),
    })),
  };
  return json(document);
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
