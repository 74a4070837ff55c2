// `access --format json`, as schemas/access.schema.json describes. The same
// document feeds the text, CSV and HTML views, so that every format says
// the same thing.

import type { AccessIndex } from '../../access/access-index.js';
import type { UserReview } from '../../access/access-review.js';
import type { AccessSource } from '../../access/effective-access.js';
import type { AccessDocument, Entry, GrantSource, Source, User } from '../../model/generated/access-document.js';
import type { LiveGrant } from '../../model/live.js';
import type { GrantDecl } from '../../model/project.js';
import { jsonPiecesOf, jsonText } from '../../model/json-pieces.js';

export interface AccessDocumentInput {
  readonly index: AccessIndex;
  readonly reviews: readonly UserReview[];
  /** Present for `--live`: the live grant behind each grant. */
  readonly liveGrants?: ReadonlyMap<GrantDecl, LiveGrant>;
}

export function accessDocument({ index, reviews, liveGrants }: AccessDocumentInput): AccessDocument {
  return { formatVersion: 1, source: liveGrants ? 'live' : 'files', users: reviews.map((review) => userJson(index, review, liveGrants)) };
}

/** One user of the document. */
export function userJson(index: AccessIndex, review: UserReview, liveGrants?: ReadonlyMap<GrantDecl, LiveGrant>): User {
  return {
    email: review.user.email,
    accountType: review.user.accountType,
    teams: [...index.teamsOf(review.user.email)].sort(),
    ...(review.ineffective > 0 && { ineffectiveGrants: review.ineffective }),
    access: review.entries.map(
      (entry): Entry => ({
        object: entry.node.key,
        level: entry.level,
        from: [...(entry.adminAccountType ? [{ kind: 'admin-account-type' as const }] : []), ...entry.from.map((source) => sourceJson(source, review.user.accountType, liveGrants))],
      }),
    ),
  };
}

function sourceJson(source: AccessSource, accountType: string, liveGrants: ReadonlyMap<GrantDecl, LiveGrant> | undefined): Source {
  // Built property by property: this runs once per grant per user (hundreds of thousands on a large org).
  const { grant } = source.grant;
  const json: GrantSource = { kind: 'grant', principal: source.grant.principal, object: source.grant.node.key, level: grant.access, gives: source.gives ?? grant.access };
  if (source.team !== undefined) json.team = source.team;
  if (source.gives !== grant.access) json.cappedBy = accountType;
  const live = liveGrants?.get(grant);
  if (live) {
    json.grantId = live.id;
    if (live.createdAt !== undefined) json.createdAt = live.createdAt;
    if (live.updatedAt !== undefined) json.updatedAt = live.updatedAt;
  } else {
    json.file = grant.span.file;
    json.line = grant.span.start.line;
  }
  return json;
}

export function renderAccessJson(document: AccessDocument): string {
  return jsonText(document);
}

/** The text of the document of these users, written as each user comes (`access --format json` never holds the whole review). */
export function renderAccessJsonStream(source: AccessDocument['source'], users: Iterable<User>): Iterable<string> {
  return jsonPiecesOf({ formatVersion: 1, source }, 'users', users);
}
