// What a reviewer must see of a plan before anything else: the summary line
// and the changes that remove access or resources (deletions, replacements),
// then the steps an admin makes by hand. Built from the plan's JSON shape
// only; the full plan's markdown comes from the plan renderer.

import { isLoss, summarizeAccessChanges } from '../model/access-changes.js';
import type { Change, PlanDocument } from '../model/generated/plan-document.js';
import { markdownCode, markdownText } from '../model/escape/markdown.js';
import { plural } from './findings.js';

/** `Plan: 3 to create, 1 to update, 2 to delete, 1 to replace; 1 manual step.` */
export function planSummaryLine(plan: PlanDocument): string {
  const { create, update, delete: deletes, replace, manual = 0 } = plan.summary;
  if (create + update + deletes + replace === 0 && manual === 0) return 'No changes: the live state matches the files.';
  const counts = `Plan: ${create} to create, ${update} to update, ${deletes} to delete, ${replace} to replace`;
  return manual > 0 ? `${counts}; ${plural(manual, 'manual step')}.` : `${counts}.`;
}

export function destructiveChanges(plan: PlanDocument): Change[] {
  return plan.changes.filter((change) => change.action === 'delete' || change.action === 'replace');
}

export function manualChanges(plan: PlanDocument): Change[] {
  return plan.changes.filter((change) => change.manual !== undefined);
}

/**
 * Markdown list of the deletions and replacements (at most `limit`, then a
 * count of the rest), or an empty string when there are none.
 */
export function destructiveList(plan: PlanDocument, limit: number): string {
  const changes = destructiveChanges(plan);
  if (changes.length === 0) return '';
  const lines = [`**${plural(changes.length, 'change')} remove${changes.length === 1 ? 's' : ''} access or resources:**`, ''];
  for (const change of changes.slice(0, limit)) lines.push(`- ${changeLine(change)}`);
  if (changes.length > limit) lines.push(`- … and ${(changes.length - limit).toLocaleString('en-US')} more in the full plan`);
  return `${lines.join('\n')}\n`;
}

export function manualList(plan: PlanDocument, limit: number): string {
  const changes = manualChanges(plan);
  if (changes.length === 0) return '';
  const lines = [`**${plural(changes.length, 'manual step')} for an admin in Sigma:**`, ''];
  for (const change of changes.slice(0, limit)) lines.push(`- ${code(change.address)}: ${escapeText(change.manual?.instructions ?? '')}`);
  if (changes.length > limit) lines.push(`- … and ${(changes.length - limit).toLocaleString('en-US')} more in the full plan`);
  return `${lines.join('\n')}\n`;
}

function changeLine(change: Change): string {
  const verb = change.action === 'replace' ? '**replace**' : change.type === 'user' ? '**deactivate**' : '**delete**';
  const reason = change.reason === undefined ? '' : ` (${escapeText(change.reason)})`;
  return `${verb} ${code(change.address)}${reason}`;
}

/** Inline code that shows a name exactly, whatever backticks it holds (model/escape/markdown.ts). */
export const code = markdownCode;

/** Text from files, the live state or the planner, made inert in Markdown (model/escape/markdown.ts). */
export const escapeText = markdownText;

/**
 * The plan's access diff: "Access changes: N users gain access, M lose
 * access", the first `shown` as a table (losses first, as the plan orders
 * them), the next up to `folded` in a fold, then a count of the rest.
 * Empty when the plan has no access diff.
 */
export function accessList(plan: PlanDocument, shown: number, folded: number): string {
  const changes = plan.accessChanges ?? [];
  if (changes.length === 0) return '';
  const { gain, lose } = summarizeAccessChanges(changes);
  const header = '| | user | object | before | after |\n|---|---|---|---|---|\n';
  const level = (value: string | null) => value ?? 'no access';
  const row = (change: (typeof changes)[number]) =>
    `| ${isLoss(change) ? '🔻 loses' : '🔺 gains'} | ${code(change.email.replace(/\|/g, '\\|'))} | ${code(change.object.replace(/\|/g, '\\|'))} | ${level(change.before)} | ${level(change.after)} |\n`;
  let text = `**Access changes: ${plural(gain, 'user')} gain access, ${plural(lose, 'user')} lose access.**\n\n${header}${changes.slice(0, shown).map(row).join('')}`;
  const rest = changes.slice(shown, shown + folded);
  if (rest.length > 0) text += `\n<details><summary>${rest.length.toLocaleString('en-US')} more access changes</summary>\n\n${header}${rest.map(row).join('')}\n</details>\n`;
  const left = changes.length - shown - rest.length;
  if (left > 0) text += `\n… and ${left.toLocaleString('en-US')} more access changes in the saved plan (\`grantform show\` or \`plan --format json\`).\n`;
  return text;
}
