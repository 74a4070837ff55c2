// The plan's access diff as people read it: "Access changes: 12 users gain
// access, 3 lose access", then one line per (user, object), losses first.
// Text shows them all; Markdown (PR comment, job summary) shows the first
// 50 in a table and folds the rest. Names go in code spans.

import { isLoss, summarizeAccessChanges, type AccessChange } from '../../model/access-changes.js';
import type { TextStyle } from './text.js';

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

export function renderAccessChangesText(changes: readonly AccessChange[], style: TextStyle): string {
  if (changes.length === 0) return '';
  const email = Math.max(...changes.map((change) => change.email.length));
  const object = Math.max(...changes.map((change) => change.object.length));
  const lines = changes.map((change) => {
    const mark = isLoss(change) ? style.red('loses') : style.green('gains');
    return `  ${mark}  ${change.email.padEnd(email)}  ${change.object.padEnd(object)}  ${levelText(change.before)} → ${levelText(change.after)}`;
  });
  return `${style.bold(accessChangesLine(changes))}\n\n${lines.join('\n')}\n`;
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

/** A code span that a backtick or a pipe in the name cannot break out of. */
function code(text: string): string {
  const safe = text.replace(/\|/g, '\\|').replace(/[\r\n]/g, ' ');
  return safe.includes('`') ? `\`\` ${safe} \`\`` : `\`${safe}\``;
}
