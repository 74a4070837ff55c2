// The sticky pull request comment: a hidden marker that finds it again, the
// plan's summary line, what the plan removes, the full plan folded, the lint
// counts and a link to the check run. It always fits GitHub's 65,535
// characters: the folded plan is cut first, with a line that says where the
// whole plan is.

import type { PlanDocument } from '../model/generated/plan-document.js';
import { describeCounts, type FindingCounts } from './findings.js';
import { COMMENT_BODY_MAX, cutLine, fitMarkdown } from './limits.js';
import { accessList, code, destructiveList, manualList, planSummaryLine } from './plan-digest.js';

/** Deletions and replacements listed above the fold; the rest are counted. */
const DESTRUCTIVE_LISTED = 30;
const MANUAL_LISTED = 10;
/** Access changes in the table, then in a fold (losses first); the rest are counted. */
const ACCESS_LISTED = 50;
const ACCESS_FOLDED = 200;

/** The hidden first line of every comment grantform writes for the project in `projectPath` (repository-relative). */
export function commentMarker(projectPath: string): string {
  return `<!-- grantform:report project=${encodeURIComponent(projectPath === '' ? '.' : projectPath)} -->`;
}

export interface CommentInput {
  readonly projectPath: string;
  readonly plan?: { readonly document: PlanDocument; readonly markdown: string };
  readonly counts: FindingCounts;
  readonly checkRunUrl?: string;
  readonly headSha: string;
  readonly runUrl?: string;
  /** Markdown naming where the whole plan is, for the line that ends a cut plan. */
  readonly fullPlanAt: string;
  readonly max?: number;
}

export function renderComment(input: CommentInput): string {
  const max = input.max ?? COMMENT_BODY_MAX;
  const head: string[] = [commentMarker(input.projectPath), `### grantform: ${code(input.projectPath === '' ? '.' : input.projectPath)}`, ''];
  if (input.plan === undefined) {
    head.push('_No plan in this run: the workflow did not pass `--plan`._', '');
  } else {
    head.push(`**${planSummaryLine(input.plan.document)}**`, '');
    const destructive = destructiveList(input.plan.document, DESTRUCTIVE_LISTED);
    if (destructive !== '') head.push(`> [!WARNING]\n${quote(destructive)}`, '');
    const manual = manualList(input.plan.document, MANUAL_LISTED);
    if (manual !== '') head.push(manual);
    const access = accessList(input.plan.document, ACCESS_LISTED, ACCESS_FOLDED);
    if (access !== '') head.push(access);
  }
  const tail: string[] = ['', lintLine(input.counts, input.checkRunUrl), '', footer(input)];
  const top = `${head.join('\n').trimEnd()}\n\n`;
  const bottom = tail.join('\n');
  if (input.plan === undefined) return cutLine(`${top}${bottom}\n`, max);

  const changes = input.plan.document.changes.length;
  const open = `<details>\n<summary>Full plan: ${changes.toLocaleString('en-US')} change${changes === 1 ? '' : 's'}</summary>\n\n`;
  const close = '\n</details>\n';
  const budget = max - top.length - bottom.length - open.length - close.length - 2;
  if (budget < 200) return cutLine(`${top}${bottom}\n`, max);
  const plan = fitMarkdown(input.plan.markdown.trimEnd(), {
    max: budget,
    note: (omitted) =>
      `**The plan is cut here (${omitted.toLocaleString('en-US')} more lines) to fit GitHub's 65,535-character comment limit. The whole plan is in ${input.fullPlanAt}.**`,
  });
  return `${top}${open}${plan.text.trimEnd()}\n${close}${bottom}\n`;
}

function lintLine(counts: FindingCounts, checkRunUrl: string | undefined): string {
  const icon = counts.errors > 0 ? '❌' : counts.warnings > 0 ? '⚠️' : '✅';
  const where =
    counts.errors + counts.warnings + counts.infos === 0
      ? ''
      : checkRunUrl === undefined
        ? ': each is annotated on its line in the workflow log.'
        : `: each is annotated on its line in the [grantform check run](${checkRunUrl}).`;
  return `**Lint:** ${icon} ${describeCounts(counts)}${where}`;
}

function footer(input: CommentInput): string {
  const commit = input.headSha.slice(0, 7);
  const run = input.runUrl === undefined ? '' : ` · [workflow run](${input.runUrl})`;
  return `<sub>For commit ${commit}${run}. This comment is updated in place on every push.</sub>`;
}

function quote(markdown: string): string {
  return markdown
    .trimEnd()
    .split('\n')
    .map((line) => (line === '' ? '>' : `> ${line}`))
    .join('\n');
}
