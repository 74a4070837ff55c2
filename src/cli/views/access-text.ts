// `access` for people (text) and for spreadsheets (CSV), both from the JSON
// document, so the three say the same thing.

import type { AccessDocument, Source, User } from '../../model/generated/access-document.js';
import type { Colors } from '../context.js';
import { maxOf } from '../../model/bulk.js';
import { gatherPieces } from '../../model/pieces.js';

/** How an entry's source reads in a table cell: `team Sales: use on wh/DB (access/sales.yaml:4)`. */
export function describeSource(source: Source): string {
  if (source.kind === 'admin-account-type') return 'Admin account type';
  const who = source.team !== undefined ? `team ${source.team}` : 'own grant';
  const cap = source.cappedBy !== undefined ? `, capped to ${source.gives} by ${source.cappedBy}` : '';
  const where = source.file !== undefined ? ` (${source.file}:${source.line})` : source.grantId !== undefined ? ` (grant ${source.grantId}${source.createdAt !== undefined ? `, created ${source.createdAt.slice(0, 10)}` : ''})` : '';
  return `${who}: ${source.level} on ${source.object}${cap}${where}`;
}

/** The oldest creation date among an entry's grants, ISO 8601; undefined when none carries one. */
export function oldestGrantDate(from: readonly Source[]): string | undefined {
  let oldest: string | undefined;
  for (const source of from) if (source.kind === 'grant' && source.createdAt !== undefined && (oldest === undefined || source.createdAt < oldest)) oldest = source.createdAt;
  return oldest;
}

/** The text of the review, in pieces, made as the users come (the review of the largest orgs is never held whole). */
export function* renderAccessTextPieces(users: Iterable<User>, source: AccessDocument['source'], colors: Colors): Generator<string> {
  let count = 0;
  let withAccess = 0;
  yield* gatherPieces(
    (function* () {
      for (const user of users) {
        count += 1;
        if (user.access.length > 0) withAccess += 1;
        yield userText(user, colors);
      }
    })(),
  );
  yield `\n${count} user(s), ${withAccess} with access (${source === 'live' ? 'live state' : 'files'})\n`;
}

function userText(user: User, colors: Colors): string {
  const lines: string[] = [];
  const teams = user.teams.length > 0 ? `, teams: ${user.teams.join(', ')}` : '';
  lines.push(`${colors.bold(user.email)} (${user.accountType}${teams})`);
  if (user.access.length === 0) lines.push('  no access');
  const rows = user.access.map((entry) => [entry.object, entry.level, entry.from.map(describeSource).join('; ')]);
  const widths = [0, 1].map((column) => maxOf(rows.map((row) => (row[column] as string).length)));
  for (const row of rows) lines.push(`  ${(row[0] as string).padEnd(widths[0] as number)}  ${(row[1] as string).padEnd(widths[1] as number)}  ${row[2]}`);
  if (user.ineffectiveGrants !== undefined) lines.push(`  ${user.ineffectiveGrants} grant(s) reach this user but give nothing (account type ${user.accountType})`);
  return `${lines.join('\n')}\n`;
}

const CSV_HEADER = ['email', 'account type', 'object', 'level', 'via', 'oldest grant date'];

/** One row per user × entry, RFC 4180, in pieces, made as the users come. */
export function renderAccessCsvPieces(users: Iterable<User>): Generator<string> {
  return gatherPieces(
    (function* () {
      yield `${CSV_HEADER.map(csvCell).join(',')}\r\n`;
      for (const user of users) {
        const rows = user.access.map((entry) => [user.email, user.accountType, entry.object, entry.level, entry.from.map(describeSource).join('; '), oldestGrantDate(entry.from) ?? '']);
        if (rows.length > 0) yield `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
      }
    })(),
  );
}

/**
 * RFC 4180 quoting, and a leading `'` on a cell that a spreadsheet would read
 * as a formula (`=`, `+`, `-`, `@`, tab, carriage return: OWASP's list): a
 * team name is written by whoever opens a pull request.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
