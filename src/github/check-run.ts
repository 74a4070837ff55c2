// The `grantform` check run on the pull request's head commit: created
// in_progress, then filled with annotations 50 per request (GitHub appends
// each update's annotations to the ones already there), the last update
// completing it with a conclusion from the findings.

import type { AnnotationLevel, CheckAnnotation, CheckRunOutput, CreatedCheckRun, GitHubClient, RepositoryRef } from './client.js';
import { escapeTerminal } from '../model/escape/terminal.js';
import type { CheckConclusion, Finding } from './findings.js';
import { ANNOTATIONS_PER_REQUEST, ANNOTATION_MESSAGE_BYTES_MAX, ANNOTATION_TITLE_MAX, CHECK_OUTPUT_TEXT_MAX, cutBytes, cutLine, fitMarkdown } from './limits.js';

export const CHECK_RUN_NAME = 'grantform';

const LEVELS: Readonly<Record<Finding['severity'], AnnotationLevel>> = { error: 'failure', warning: 'warning', info: 'notice' };

/** One annotation per finding inside the repository, at its exact lines (and columns, where it spans one line). */
export function annotationsFor(findings: readonly Finding[]): CheckAnnotation[] {
  const annotations: CheckAnnotation[] = [];
  for (const finding of findings) {
    if (finding.path === undefined) continue;
    const oneLine = finding.line === finding.endLine;
    // Our end column is just after the span; GitHub's is the last column in it.
    const endColumn = Math.max(finding.column, finding.endColumn - 1);
    const hint = finding.fixable ? ' (fixable: grantform lint --fix)' : '';
    // Annotations are plain text: names are shown with their control and bidi characters escaped.
    const related = finding.related.map((place) => escapeTerminal(`${place.path}:${place.line}:${place.column}: ${place.message}`)).join('\n');
    annotations.push({
      path: finding.path,
      start_line: finding.line,
      end_line: finding.endLine,
      ...(oneLine && { start_column: finding.column, end_column: endColumn }),
      annotation_level: LEVELS[finding.severity],
      message: cutBytes(`${escapeTerminal(finding.message)}${hint}`, ANNOTATION_MESSAGE_BYTES_MAX),
      title: cutLine(escapeTerminal(finding.rule), ANNOTATION_TITLE_MAX),
      ...(related !== '' && { raw_details: cutBytes(related, ANNOTATION_MESSAGE_BYTES_MAX) }),
    });
  }
  return annotations;
}

export function batches<T>(items: readonly T[], size: number = ANNOTATIONS_PER_REQUEST): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

export interface CheckRunReport {
  readonly name: string;
  readonly headSha: string;
  readonly detailsUrl?: string;
  readonly title: string;
  readonly summary: string;
  readonly text?: string;
  readonly annotations: readonly CheckAnnotation[];
  readonly conclusion: CheckConclusion;
  /** Where the full text is when `text` must be cut (the job summary). */
  readonly fullTextAt: string;
}

export interface PublishedCheckRun extends CreatedCheckRun {
  readonly requests: number;
}

export async function publishCheckRun(client: GitHubClient, repository: RepositoryRef, report: CheckRunReport, now: () => Date = () => new Date()): Promise<PublishedCheckRun> {
  const summary = fitMarkdown(report.summary, {
    max: CHECK_OUTPUT_TEXT_MAX,
    note: (omitted) => `_${omitted.toLocaleString('en-US')} more lines cut to fit GitHub's 65,535-character check summary: the rest is in ${report.fullTextAt}._`,
  }).text;
  const text =
    report.text === undefined
      ? undefined
      : fitMarkdown(report.text, {
          max: CHECK_OUTPUT_TEXT_MAX,
          note: (omitted) => `_The plan is cut here (${omitted.toLocaleString('en-US')} more lines) to fit GitHub's 65,535-character check text: the whole plan is in ${report.fullTextAt}._`,
        }).text;
  const base: CheckRunOutput = { title: cutLine(report.title, ANNOTATION_TITLE_MAX), summary, ...(text !== undefined && { text }) };

  const created = await client.createCheckRun(repository, {
    name: report.name,
    headSha: report.headSha,
    startedAt: now().toISOString(),
    ...(report.detailsUrl !== undefined && { detailsUrl: report.detailsUrl }),
    output: { title: 'grantform is reporting', summary: `Sending ${report.annotations.length.toLocaleString('en-US')} annotations.` },
  });
  let requests = 1;
  const chunks = batches(report.annotations);
  if (chunks.length === 0) chunks.push([]);
  for (const [index, chunk] of chunks.entries()) {
    const last = index === chunks.length - 1;
    await client.updateCheckRun(repository, created.id, {
      output: { ...base, annotations: chunk },
      ...(last && { conclusion: report.conclusion, completedAt: now().toISOString() }),
    });
    requests += 1;
  }
  return { ...created, requests };
}
