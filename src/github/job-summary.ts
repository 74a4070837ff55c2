// The job summary (GITHUB_STEP_SUMMARY): the whole plan and every finding,
// linked to its line at the commit. GitHub refuses a step's summary whole
// above 1 MiB, so the findings table takes at most half of what is left and
// the plan the rest, each cut with a note when it must be.

import { appendFile, stat } from 'node:fs/promises';
import type { PlanDocument } from '../model/generated/plan-document.js';
import { describeCounts, type Finding, type FindingCounts } from './findings.js';
import { STEP_SUMMARY_BYTES_MAX, fitMarkdown, measure } from './limits.js';
import { code, destructiveList, escapeText, manualList, planSummaryLine } from './plan-digest.js';

export interface JobSummaryInput {
  readonly projectPath: string;
  readonly plan?: { readonly document: PlanDocument; readonly markdown: string; readonly file: string };
  readonly findings: readonly Finding[];
  readonly counts: FindingCounts;
  /** `https://github.com/OWNER/REPO/blob/SHA`: findings link to their lines under it. */
  readonly blobBaseUrl?: string;
  readonly checkRunUrl?: string;
  /** A sentence shown first, e.g. why the check run and comment could not be written. */
  readonly notice?: string;
  readonly maxBytes?: number;
}

const SEVERITY_CELL: Readonly<Record<Finding['severity'], string>> = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };

export function renderJobSummary(input: JobSummaryInput): string {
  const max = input.maxBytes ?? STEP_SUMMARY_BYTES_MAX;
  const head: string[] = [`## grantform: ${code(input.projectPath === '' ? '.' : input.projectPath)}`, ''];
  if (input.notice !== undefined) head.push(`> [!NOTE]\n> ${escapeText(input.notice)}`, '');
  if (input.plan === undefined) head.push('_No plan in this run._', '');
  else {
    head.push(`**${planSummaryLine(input.plan.document)}**`, '');
    const destructive = destructiveList(input.plan.document, 500);
    if (destructive !== '') head.push(destructive);
    const manual = manualList(input.plan.document, 500);
    if (manual !== '') head.push(manual);
  }
  const checkLink = input.checkRunUrl === undefined ? '' : ` ([check run](${input.checkRunUrl}))`;
  head.push(`### Lint: ${describeCounts(input.counts)}${checkLink}`, '');
  const top = `${head.join('\n')}\n`;

  const table = findingsTable(input.findings, input.blobBaseUrl);
  const planSection = input.plan === undefined ? '' : `\n### Plan (${code(input.plan.file)})\n\n${input.plan.markdown.trimEnd()}\n`;
  const room = max - measure(top, 'utf8') - 8;
  const planBytes = measure(planSection, 'utf8');
  // The findings may use what the plan leaves, and at least half of the room.
  const tableRoom = Math.max(Math.floor(room / 2), room - planBytes);
  const fittedTable =
    table === ''
      ? ''
      : fitMarkdown(table, {
          max: Math.max(0, tableRoom),
          unit: 'utf8',
          note: (omitted) => `_${omitted.toLocaleString('en-US')} more findings cut to fit GitHub's 1 MiB job summary: run \`grantform lint\` to see them all._`,
        }).text;
  const planRoom = room - measure(fittedTable, 'utf8');
  const fittedPlan =
    planSection === '' || input.plan === undefined
      ? ''
      : fitMarkdown(planSection, {
          max: Math.max(0, planRoom),
          unit: 'utf8',
          note: (omitted) =>
            `**The plan is cut here (${omitted.toLocaleString('en-US')} more lines) to fit GitHub's 1 MiB job summary. The whole plan is in the saved plan file ${code(input.plan?.file ?? '')}.**`,
        }).text;
  return `${top}${fittedTable}${fittedPlan}`;
}

function findingsTable(findings: readonly Finding[], blobBaseUrl: string | undefined): string {
  if (findings.length === 0) return '';
  const rows = ['| | Where | Rule | Message |', '|---|---|---|---|'];
  for (const finding of findings) {
    const where = `${finding.path ?? finding.shownPath}:${finding.line}:${finding.column}`;
    const link =
      finding.path !== undefined && blobBaseUrl !== undefined
        ? `[${escapeText(where)}](${blobBaseUrl}/${finding.path.split('/').map(encodeURIComponent).join('/')}#L${finding.line}${finding.endLine > finding.line ? `-L${finding.endLine}` : ''})`
        : escapeText(where);
    rows.push(`| ${SEVERITY_CELL[finding.severity]} | ${link} | ${code(finding.rule)} | ${escapeText(finding.message)} |`);
  }
  return `${rows.join('\n')}\n`;
}

/** Appends to the step's summary file, within what the file has left of the 1 MiB. */
export async function appendJobSummary(file: string, render: (maxBytes: number) => string): Promise<void> {
  let used = 0;
  try {
    used = (await stat(file)).size;
  } catch {
    used = 0;
  }
  const room = STEP_SUMMARY_BYTES_MAX - used - 1;
  if (room < 1024) return;
  await appendFile(file, `${render(room)}\n`, 'utf8');
}
