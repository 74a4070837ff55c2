// `explain --format json`, as schemas/explain.schema.json describes; the
// types are the ones generated from that schema (src/model/generated/).

import { rankOf, type AccessOnObject, type AccessSource, type EffectiveAccess, type ReachedObject } from '../../access/effective-access.js';
import type { IndexedGrant } from '../../access/access-index.js';
import type { ExplainOnPATH, ExplainUserEMAIL, ExplainUserEMAILOnPATH, GrantSource, UserAccess } from '../../model/generated/explain-document.js';
import { jsonText } from '../../model/json-pieces.js';
import { ACCESS_LEVELS, type AccessLevel } from '../../model/levels.js';
import { formatObjectPath, type ObjectPath } from '../../model/object-path.js';
import { PIECE_CHARACTERS } from '../../model/pieces.js';

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

/** The document of `explain --on PATH`, as its schema types it (`renderAccessOnJson` writes exactly its text). */
export function accessOnDocument(result: AccessOnObject): ExplainOnPATH {
  return { object: formatObjectPath(result.object), users: result.users.map(userAccessJson) };
}

/**
 * The text of `jsonText(accessOnDocument(result))`, written directly and in
 * pieces. The largest answer (a table of the largest orgs) lists tens of
 * thousands of users, most of them reached through the same few thousand
 * grants: the text of a grant as a source is written once and reused, where
 * building the document and pretty-printing it made every source again.
 */
export function* renderAccessOnJson(result: AccessOnObject): Generator<string> {
  const head = `{\n  "object": ${JSON.stringify(formatObjectPath(result.object))},\n  "users": `;
  if (result.users.length === 0) {
    yield `${head}[]\n}\n`;
    return;
  }
  const sources = new SourceTexts();
  // Parts joined once per piece: a piece built by `+=` is a rope that every write of it flattens again. Gathered here
  // rather than by model/pieces.ts's gatherPieces: handing out the hundreds of thousands of small texts of the
  // largest answer one by one through a generator made the rendering a third slower (measured at ten times).
  let parts: string[] = [`${head}[\n`];
  let size = 0;
  const last = result.users.length - 1;
  for (let index = 0; index <= last; index += 1) {
    const access = result.users[index] as EffectiveAccess;
    const user = `    {\n      "email": ${JSON.stringify(access.user.email)},\n      "accountType": ${JSON.stringify(access.user.accountType)},\n      "level": ${levelJson(access.level)},\n${
      access.adminAccountType ? '      "adminAccountType": true,\n' : ''
    }${access.sources.length === 0 ? '      "from": []\n' : '      "from": [\n'}`;
    parts.push(user);
    size += user.length;
    if (access.sources.length > 0) {
      size += sources.write(access, parts);
      parts.push('      ]\n');
    }
    parts.push(index < last ? '    },\n' : '    }\n');
    if (size >= PIECE_CHARACTERS) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  parts.push('  ]\n}\n');
  yield parts.join('');
}

/** A level as JSON: a level's name, or null. */
function levelJson(level: AccessLevel | undefined): string {
  return LEVELS_JSON[rankOf(level) + 1] as string;
}

/** Each level as JSON, by rank + 1 (null first). */
const LEVELS_JSON = [null, ...ACCESS_LEVELS].map((level) => JSON.stringify(level));

/**
 * The end of a source in `from`: what it gives, whether it wins, and the
 * comma when another follows; by `sourceEndIndex`. Texts written again and
 * again are built by `join`, which makes one flat string: one built by `+`
 * or a template is a rope, walked again by every join that copies it (a
 * third of the time of the largest answers).
 */
const SOURCE_ENDS = LEVELS_JSON.flatMap((gives) =>
  [false, true].flatMap((wins) => [false, true].map((more) => ['          "gives": ', gives, ',\n          "wins": ', String(wins), '\n        }', more ? ',' : '', '\n'].join(''))),
);

function sourceEndIndex(gives: AccessLevel | undefined, wins: boolean, more: boolean): number {
  return (rankOf(gives) + 1) * 4 + (wins ? 2 : 0) + (more ? 1 : 0);
}

/** The text of each source in `from`, its grant's part written once per grant and team. */
class SourceTexts {
  private readonly starts = new Map<IndexedGrant, { readonly team: string | undefined; readonly text: string }>();

  /** Pushes the sources of `access` to `parts`; returns the characters pushed. */
  write(access: EffectiveAccess, parts: string[]): number {
    let size = 0;
    const last = access.sources.length - 1;
    for (let position = 0; position <= last; position += 1) {
      const source = access.sources[position] as AccessSource;
      const start = this.startOf(source);
      const end = SOURCE_ENDS[sourceEndIndex(source.gives, source === access.winner, position < last)] as string;
      parts.push(start, end);
      size += start.length + end.length;
    }
    return size;
  }

  private startOf(source: AccessSource): string {
    const known = this.starts.get(source.grant);
    if (known && known.team === source.team) return known.text;
    const { grant } = source.grant;
    // Joined, not concatenated: one flat string, copied into every piece that lists this grant (see SOURCE_ENDS).
    const text = [
      '        {\n          "principal": ',
      JSON.stringify(source.grant.principal),
      ',\n          "object": ',
      JSON.stringify(source.grant.node.key),
      ',\n          "level": ',
      JSON.stringify(grant.access),
      ',\n          "file": ',
      JSON.stringify(grant.span.file),
      ',\n          "line": ',
      String(grant.span.start.line),
      ',\n',
      source.team === undefined ? '' : `          "team": ${JSON.stringify(source.team)},\n`,
    ].join('');
    // A grant reaches its users through one team (its principal, or none): the same start for every source of it.
    this.starts.set(source.grant, { team: source.team, text });
    return text;
  }
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
