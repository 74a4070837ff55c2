// The plan for people, Terraform-like: one block per change, `+` create,
// `~` update, `-` delete, `-/+` replace, with the attributes a create sets
// and, for an update, each changed attribute as `old → new` with the
// changed words marked (the `diff` package). Colour comes from the style the
// CLI passes: none when it is not a terminal or NO_COLOR is set.

import { diffWordsWithSpace } from 'diff';
import type { Change, ChangeAction } from '../../model/changes.js';
import { escapeTerminal } from '../../model/escape/terminal.js';
import type { Plan, PlannedChange } from '../plan.js';
import { summarizePlan } from '../plan.js';
import { attributeChanges, createdAttributes, type AttributeChange } from './attributes.js';
import { renderAccessChangesTextPieces } from './access-changes.js';
import { SYMBOL, summaryLine } from './summary.js';

/** The colours the renderer uses; picocolors' `Colors` fits. */
export interface TextStyle {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
  strikethrough(text: string): string;
}

const INDENT = '      ';

export function renderPlanText(plan: Plan, style: TextStyle): string {
  return [...renderPlanTextPieces(plan, style)].join('');
}

/** Changes per piece of the text. */
const CHANGES_PER_PIECE = 1000;

/** The same text in pieces, a thousand changes at a time (the plan of a whole large org is tens of megabytes). */
export function* renderPlanTextPieces(plan: Plan, style: TextStyle): Generator<string> {
  const summary = summaryLine(summarizePlan(plan.changes));
  const targeted = plan.targets.length > 0 ? `${style.yellow('Note:')} this plan is limited to --target ${plan.targets.map(escapeTerminal).join(', ')} and what they need; other changes may remain.\n\n` : '';
  if (plan.changes.length === 0) yield `${targeted}${summary}\n`;
  else {
    yield `${targeted}grantform will make these changes, in this order:\n\n`;
    for (let from = 0; from < plan.changes.length; from += CHANGES_PER_PIECE) {
      yield plan.changes
        .slice(from, from + CHANGES_PER_PIECE)
        .map((planned) => renderChange(planned, style))
        .join('');
    }
    yield `\n${style.bold(summary)}\n`;
  }
  if (plan.accessChanges && plan.accessChanges.length > 0) {
    yield '\n';
    yield* renderAccessChangesTextPieces(plan.accessChanges, style);
  }
}

export function renderChange(planned: PlannedChange, style: TextStyle): string {
  const { change } = planned;
  const colour = actionColour(change.action, style);
  const manual = planned.manual ? ` ${style.yellow('(manual)')}` : '';
  const lines = [`${colour(SYMBOL[change.action].padStart(3))} ${style.bold(escapeTerminal(change.address))}${manual}`];
  lines.push(...attributeLines(change, style));
  if (change.reason !== undefined) lines.push(`${INDENT}${style.dim(`# ${escapeTerminal(change.reason)}`)}`);
  if (planned.manual) lines.push(`${INDENT}${style.yellow(`! manual step: ${escapeTerminal(planned.manual.instructions)}`)}`);
  return `${lines.join('\n')}\n`;
}

function attributeLines(change: Change, style: TextStyle): string[] {
  switch (change.action) {
    case 'create': {
      const attributes = createdAttributes(change);
      const width = Math.max(0, ...attributes.map(([name]) => name.length));
      return attributes.map(([name, value]) => `${INDENT}${`${name}:`.padEnd(width + 1)} ${style.green(value)}`);
    }
    case 'update':
    case 'replace': {
      const changes = attributeChanges(change);
      const width = Math.max(0, ...changes.map((each) => each.name.length));
      return changes.map((each) => `${INDENT}${`${each.name}:`.padEnd(width + 1)} ${renderAttributeChange(each, style)}`);
    }
    case 'delete':
      return [];
  }
}

/** `old → new`, with the words that differ struck out in the old value and marked in the new. */
export function renderAttributeChange(change: AttributeChange, style: TextStyle): string {
  if (change.secret === true) return `${change.after ?? ''} ${style.dim('(a secret: sent with the update)')}`;
  if (change.before === undefined) return `${style.green(change.after ?? '')} ${style.dim('(added)')}`;
  if (change.after === undefined) return `${style.red(change.before)} ${style.dim('(removed)')}`;
  // With spaces as tokens, so that the kept parts rebuild each side exactly.
  const parts = diffWordsWithSpace(change.before, change.after);
  const shared = parts.some((part) => !part.added && !part.removed && part.value.trim().replace(/"/g, '') !== '');
  if (!shared) return `${style.red(change.before)} → ${style.green(change.after)}`;
  const old = parts.filter((part) => !part.added).map((part) => (part.removed ? style.red(style.strikethrough(part.value)) : part.value)).join('');
  const next = parts.filter((part) => !part.removed).map((part) => (part.added ? style.green(style.bold(part.value)) : part.value)).join('');
  return `${old} → ${next}`;
}

function actionColour(action: ChangeAction, style: TextStyle): (text: string) => string {
  switch (action) {
    case 'create':
      return style.green;
    case 'update':
      return style.yellow;
    case 'delete':
      return style.red;
    case 'replace':
      return (text) => style.red(text);
  }
}
