// The plan for a pull-request comment: the counts in the first line;
// deletions and replacements first, in a caution box and a red diff block;
// manual steps as a checklist; creates and updates folded. Cut to fit a
// comment (60,000 characters by default) with a last line saying what was
// left out; code blocks and folds are always closed.

import type { Change } from '../../model/changes.js';
import { markdownCode as code, markdownText as escapeText } from '../../model/escape/markdown.js';
import { escapeTerminal } from '../../model/escape/terminal.js';
import { plural } from '../diff-context.js';
import type { Plan, PlannedChange } from '../plan.js';
import { summarizePlan } from '../plan.js';
import { attributeChanges, createdAttributes } from './attributes.js';
import { renderAccessChangesMarkdown } from './access-changes.js';
import { SYMBOL, summaryLine } from './summary.js';

export const MARKDOWN_LIMIT = 60_000;
/** Room kept for closing what is open and for the line that says what was left out. */
const RESERVE = 400;

export function renderPlanMarkdown(plan: Plan, options: { readonly limit?: number } = {}): string {
  const limit = options.limit ?? MARKDOWN_LIMIT;
  const summary = summarizePlan(plan.changes);
  const header = `### grantform: ${summaryLine(summary).replace(/\.$/, '')}\n`;
  const targeted = plan.targets.length > 0 ? `\n> [!NOTE]\n> Limited to \`--target\` ${plan.targets.map(code).join(', ')} and what they need; other changes may remain.\n` : '';
  if (plan.changes.length === 0) return `${header}${targeted}`;

  const destructive = plan.changes.filter(({ change }) => change.action === 'delete' || change.action === 'replace');
  const manual = plan.changes.filter((planned) => planned.manual);
  const constructive = plan.changes.filter(({ change }) => change.action === 'create' || change.action === 'update');

  const out = new BoundedText(limit - RESERVE);
  out.add(header + targeted);
  let omitted = 0;
  if (destructive.length > 0) {
    const counts = [summary.delete > 0 ? `deletes **${summary.delete}**` : '', summary.replace > 0 ? `replaces **${summary.replace}**` : ''].filter(Boolean).join(' and ');
    const users = destructive.some(({ change }) => change.type === 'user') ? ' (users are deactivated, never deleted)' : '';
    const noun = summary.delete + summary.replace === 1 ? 'resource' : 'resources';
    out.add(`\n> [!CAUTION]\n> This plan ${counts} ${noun}${users}. Review ${summary.delete + summary.replace === 1 ? 'it' : 'them'} before merging.\n`);
    omitted += section(out, `\n#### Deletions and replacements (${destructive.length})\n\n`, destructive.map(diffBlock), '', omitted > 0);
  }
  if (manual.length > 0) {
    const items = manual.map(({ change, manual: step }) => `- [ ] ${code(change.address)}: ${escapeText(step?.instructions ?? '')}\n`);
    omitted += list(out, `\n#### Manual steps (${manual.length})\n\ngrantform cannot make these; an admin makes them in Sigma (or the identity provider), and later plans show them until they are done.\n\n`, items, omitted > 0);
  }
  const access = renderAccessChangesMarkdown(plan.accessChanges ?? []);
  if (access !== '' && omitted === 0 && out.fits(access.length)) out.add(access);
  if (constructive.length > 0) {
    const title = `Creates and updates (${constructive.length})`;
    omitted += section(out, `\n<details><summary><b>${title}</b></summary>\n\n`, constructive.map(diffBlock), '\n</details>\n', omitted > 0);
  }
  let text = out.text;
  if (omitted > 0) {
    text += `\n_…and ${plural(omitted, 'more change')} not shown: a comment holds at most ${limit.toLocaleString('en-US')} characters. Run \`grantform plan\` to see the whole plan._\n`;
  }
  return text;
}

class BoundedText {
  text = '';
  constructor(private readonly limit: number) {}
  fits(extra: number): boolean {
    return this.text.length + extra <= this.limit;
  }
  add(part: string): void {
    this.text += part;
  }
}

/** A titled diff block of changes; returns how many did not fit. */
function section(out: BoundedText, opening: string, blocks: readonly string[], closing: string, alreadyCut: boolean): number {
  const fence = blocks.some((block) => block.includes('```')) ? '````' : '```';
  const open = `${opening}${fence}diff\n`;
  const close = `${fence}\n${closing}`;
  if (alreadyCut || !out.fits(open.length + close.length + (blocks[0]?.length ?? 0))) return blocks.length;
  out.add(open);
  let shown = 0;
  for (const block of blocks) {
    if (!out.fits(block.length + close.length)) break;
    out.add(block);
    shown += 1;
  }
  out.add(close);
  return blocks.length - shown;
}

function list(out: BoundedText, opening: string, items: readonly string[], alreadyCut: boolean): number {
  if (alreadyCut || !out.fits(opening.length + (items[0]?.length ?? 0))) return items.length;
  out.add(opening);
  let shown = 0;
  for (const item of items) {
    if (!out.fits(item.length)) break;
    out.add(item);
    shown += 1;
  }
  return items.length - shown;
}

/** One change as diff lines: GitHub colours `+` lines green and `-` lines red. */
function diffBlock({ change, manual }: PlannedChange): string {
  // Inside a code block nothing is Markdown; escaping keeps each line one line, so no name can close the block.
  const lines = [`${SYMBOL[change.action]} ${escapeTerminal(change.address)}${manual ? '   (manual step)' : ''}`];
  lines.push(...details(change));
  if (change.reason !== undefined) lines.push(`      # ${escapeTerminal(change.reason)}`);
  return `${lines.join('\n')}\n`;
}

function details(change: Change): string[] {
  switch (change.action) {
    case 'create':
      return createdAttributes(change).map(([name, value]) => `+     ${name}: ${value}`);
    case 'update':
    case 'replace':
      return attributeChanges(change).flatMap((each) => [
        ...(each.secret === true ? [`      ${each.name}: ${each.after ?? ''}   # a secret: sent with the update`] : []),
        ...(each.secret === true ? [] : each.before !== undefined ? [`-     ${each.name}: ${each.before}`] : []),
        ...(each.secret !== true && each.after !== undefined ? [`+     ${each.name}: ${each.after}`] : []),
      ]);
    case 'delete':
      return [];
  }
}
