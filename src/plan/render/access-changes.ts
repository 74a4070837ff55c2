// The plan's access diff as people read it: "Access changes: 12 users gain
// access, 3 lose access", then one line per (user, object), losses first.
// Text shows them all; Markdown (PR comment, job summary) shows the first
// 50 in a table and folds the rest. Names go in code spans.

import { isLoss, summarizeAccessChanges, type AccessChange } from '../../model/access-changes.js';
import { markdownCode } from '../../model/escape/markdown.js';
import { escapeTerminal } from '../../model/escape/terminal.js';
import type { TextStyle } from './text.js';
import { maxOf } from '../../model/bulk.js';

/** Rows of the Markdown table shown before the fold. */
export const ACCESS_CHANGES_SHOWN = 50;

export function accessChangesLine(changes: readonly AccessChange[]): string {
  const { gain, lose } = summarizeAccessChanges(changes);
  if (changes.length === 0) return 'Access changes: none (nobody gains or loses access).';
  return `Access changes: ${users(gain)} gain access, ${users(lose)} lose access.`;
}

function users(count: number): string {
  return `${count} user${count === 1 ? '' : 's'}`;
}

const levelText = (level: AccessChange['before']): string => level ?? 'no access';

/** Lines per piece of the text. */
const LINES_PER_PIECE = 1000;

/** The same text in pieces, a thousand lines at a time. */
export function* renderAccessChangesTextPieces(changes: readonly AccessChange[], style: TextStyle): Generator<string> {
  if (changes.length === 0) return;
  // Names come from the files and the live state: shown with control and bidi characters escaped. A plan against an
  // empty state lists every user on every object they reach (millions of lines for the largest orgs), so each name
  // is escaped and padded once, not once per line.
  const emails = new Map<string, string>();
  const objects = new Map<string, string>();
  for (const change of changes) {
    if (!emails.has(change.email)) emails.set(change.email, escapeTerminal(change.email));
    if (!objects.has(change.object)) objects.set(change.object, escapeTerminal(change.object));
  }
  const emailWidth = maxOf([...emails.values()].map((each) => each.length));
  const objectWidth = maxOf([...objects.values()].map((each) => each.length));
  for (const [email, shown] of emails) emails.set(email, shown.padEnd(emailWidth));
  for (const [object, shown] of objects) objects.set(object, shown.padEnd(objectWidth));
  const marks = { loses: style.red('loses'), gains: style.green('gains') };
  const line = (change: AccessChange) =>
    `  ${isLoss(change) ? marks.loses : marks.gains}  ${emails.get(change.email) as string}  ${objects.get(change.object) as string}  ${levelText(change.before)} → ${levelText(change.after)}\n`;
  yield `${style.bold(accessChangesLine(changes))}\n\n`;
  for (let from = 0; from < changes.length; from += LINES_PER_PIECE) yield changes.slice(from, from + LINES_PER_PIECE).map(line).join('');
}

export function renderAccessChangesMarkdown(changes: readonly AccessChange[], shown: number = ACCESS_CHANGES_SHOWN): string {
  if (changes.length === 0) return '';
  const header = '| | user | object | before | after |\n|---|---|---|---|---|\n';
  const row = (change: AccessChange) => `| ${isLoss(change) ? '🔻 loses' : '🔺 gains'} | ${code(change.email)} | ${code(change.object)} | ${levelText(change.before)} | ${levelText(change.after)} |\n`;
  const first = changes.slice(0, shown);
  const rest = changes.slice(shown);
  let text = `\n#### ${accessChangesLine(changes)}\n\n${header}${first.map(row).join('')}`;
  if (rest.length > 0) text += `\n<details><summary>${rest.length} more access change${rest.length === 1 ? '' : 's'}</summary>\n\n${header}${rest.map(row).join('')}\n</details>\n`;
  return text;
}

/** A code span in a table cell: GFM splits cells on a pipe even inside code, unless it is escaped. */
function code(text: string): string {
  return markdownCode(text.replace(/\|/g, '\\|'));
}
