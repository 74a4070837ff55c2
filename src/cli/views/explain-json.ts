// `explain --format json`, as schemas/explain.schema.json describes; the
// types are the ones generated from that schema (src/model/generated/).

import type { AccessOnObject, AccessSource, EffectiveAccess, ReachedObject } from '../../access/effective-access.js';
import type { ExplainOnPATH, ExplainUserEMAIL, ExplainUserEMAILOnPATH, GrantSource, UserAccess } from '../../model/generated/explain-document.js';
import { jsonPieces, jsonText } from '../../model/json-pieces.js';
import { formatObjectPath, type ObjectPath } from '../../model/object-path.js';

// Object literals rather than spreads of optional keys: the largest answers
// (explain --on a table of a large org) hold tens of thousands of users.
function sourceJson(source: AccessSource, winner: AccessSource | undefined): GrantSource {
  const { grant } = source.grant;
  const gives = source.gives ?? null;
  const wins = source === winner;
  return source.team === undefined
    ? { principal: source.grant.principal, object: source.grant.node.key, level: grant.access, file: grant.span.file, line: grant.span.start.line, gives, wins }
    : { principal: source.grant.principal, object: source.grant.node.key, level: grant.access, file: grant.span.file, line: grant.span.start.line, team: source.team, gives, wins };
}

function userAccessJson(access: EffectiveAccess): UserAccess {
  const from = access.sources.map((source) => sourceJson(source, access.winner));
  const { email, accountType } = access.user;
  const level = access.level ?? null;
  return access.adminAccountType ? { email, accountType, level, adminAccountType: true, from } : { email, accountType, level, from };
}

export function renderAccessOnJson(result: AccessOnObject): Iterable<string> {
  const document: ExplainOnPATH = { object: formatObjectPath(result.object), users: result.users.map(userAccessJson) };
  return jsonPieces(document, [['users']]);
}

export function renderUserOnJson(object: ObjectPath, access: EffectiveAccess): string {
  const document: ExplainUserEMAILOnPATH = { object: formatObjectPath(object), ...userAccessJson(access) };
  return jsonText(document);
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
  return jsonText(document);
}
