// `report github` without the command line: the check run, the sticky
// comment and the job summary, each tried on its own. A 403 (a fork's
// read-only token, a workflow without `checks: write`) is not a failure of
// the report: the findings go out as workflow commands instead and the exit
// status follows the findings. Any other refusal from GitHub is a failure.

import type { PlanDocument } from '../model/generated/plan-document.js';
import { CHECK_RUN_NAME, annotationsFor, publishCheckRun, type PublishedCheckRun } from './check-run.js';
import { GitHubApiError, type GitHubClient, type RepositoryRef } from './client.js';
import { commentMarker, renderComment } from './comment-body.js';
import type { ActionsEnvironment } from './environment.js';
import { conclusionOf, countFindings, describeCounts, plural, type Finding } from './findings.js';
import { appendJobSummary, renderJobSummary } from './job-summary.js';
import { code, escapeText, planSummaryLine } from './plan-digest.js';
import { redactingClient, type Redact } from './redaction.js';
import { upsertStickyComment, type StickyCommentResult } from './sticky-comment.js';

export interface PlanForReport {
  readonly document: PlanDocument;
  /** The plan renderer's markdown (deletions and replacements first). */
  readonly markdown: string;
  /** The saved plan file, as the workflow named it. */
  readonly file: string;
}

/**
 * Writes workflow commands (`::error file=…::message`). Injected: the
 * project has one escaping implementation, the lint command's `--format
 * github` view, and github/ does not import the CLI.
 */
export interface WorkflowCommandWriter {
  /** One command per finding, at its repository-relative path. */
  findings(findings: readonly Finding[]): string;
  /** A message not tied to a line. */
  message(level: 'error' | 'warning', text: string): string;
}

export interface GitHubReportInput {
  readonly environment: ActionsEnvironment;
  /** The project folder relative to the repository's root ('' at the root). */
  readonly projectPath: string;
  readonly findings: readonly Finding[];
  readonly plan?: PlanForReport;
  /** Absent when the job has no token: everything goes the fallback way. */
  readonly client?: GitHubClient;
  readonly redact: Redact;
  readonly workflowCommands: WorkflowCommandWriter;
  readonly now?: () => Date;
}

export interface GitHubReportOutcome {
  readonly exitCode: 0 | 1;
  readonly checkRun?: PublishedCheckRun;
  readonly comment?: StickyCommentResult;
  readonly summaryWritten: boolean;
  /** True when the findings were printed as workflow commands. */
  readonly fellBack: boolean;
  /** What to print on standard output, redacted: progress lines and, in fallback, workflow commands. */
  readonly output: string;
}

type Attempt<T> = { ok: true; value: T } | { ok: false; forbidden: boolean; error: GitHubApiError };

export async function reportToGitHub(input: GitHubReportInput): Promise<GitHubReportOutcome> {
  const { environment, redact } = input;
  const repository: RepositoryRef = { owner: environment.owner, repo: environment.repo };
  const counts = countFindings(input.findings);
  const lines: string[] = [];
  const notices: string[] = [];
  let failed = false;
  const client = input.client === undefined ? undefined : redactingClient(input.client, redact);
  if (client === undefined) notices.push('No GITHUB_TOKEN in the environment (pass `env: GITHUB_TOKEN: ${{ github.token }}`): no check run and no comment');

  let checkRun: PublishedCheckRun | undefined;
  if (client !== undefined) {
    const attempt = await attemptCall(() =>
      publishCheckRun(
        client,
        repository,
        {
          name: CHECK_RUN_NAME,
          headSha: environment.headSha,
          ...(environment.runUrl !== undefined && { detailsUrl: environment.runUrl }),
          title: checkTitle(input),
          summary: checkSummary(input),
          ...(input.plan !== undefined && { text: input.plan.markdown }),
          annotations: annotationsFor(input.findings),
          conclusion: conclusionOf(counts),
          fullTextAt: whereIsTheWholePlan(input),
        },
        input.now,
      ),
    );
    if (attempt.ok) {
      checkRun = attempt.value;
      lines.push(`Check run ${CHECK_RUN_NAME} (${conclusionOf(counts)}) on ${environment.headSha.slice(0, 7)}: ${plural(input.findings.length, 'finding')} in ${plural(checkRun.requests, 'request')}${checkRun.htmlUrl === undefined ? '' : `, ${checkRun.htmlUrl}`}`);
    } else {
      failed ||= !attempt.forbidden;
      notices.push(`${attempt.forbidden ? 'The token cannot write check runs' : 'The check run could not be written'} (${attempt.error.message})`);
    }
  }

  let comment: StickyCommentResult | undefined;
  const pullRequest = environment.pullRequest;
  if (client !== undefined && pullRequest !== undefined) {
    const body = renderComment({
      projectPath: input.projectPath,
      ...(input.plan !== undefined && { plan: input.plan }),
      counts,
      ...(checkRun?.htmlUrl !== undefined && { checkRunUrl: checkRun.htmlUrl }),
      headSha: environment.headSha,
      ...(environment.runUrl !== undefined && { runUrl: environment.runUrl }),
      fullPlanAt: whereIsTheWholePlan(input),
    });
    const attempt = await attemptCall(() => upsertStickyComment(client, repository, pullRequest.number, commentMarker(input.projectPath), body));
    if (attempt.ok) {
      comment = attempt.value;
      lines.push(`Pull request comment ${comment.action}${comment.comment.htmlUrl === undefined ? '' : `: ${comment.comment.htmlUrl}`}`);
    } else {
      failed ||= !attempt.forbidden;
      notices.push(`${attempt.forbidden ? 'The token cannot write pull request comments' : 'The pull request comment could not be written'} (${attempt.error.message})`);
    }
  } else if (pullRequest === undefined) {
    lines.push(`No pull request in this ${environment.eventName} event: no comment`);
  }

  const fellBack = checkRun === undefined;
  const notice = notices.length === 0 ? undefined : `${notices.join('; ')}.${fellBack ? ' The findings are printed as workflow commands in the log.' : ''}`;
  let summaryWritten = false;
  if (environment.stepSummaryPath !== undefined) {
    await appendJobSummary(environment.stepSummaryPath, (maxBytes) =>
      redact(
        renderJobSummary({
          projectPath: input.projectPath,
          ...(input.plan !== undefined && { plan: input.plan }),
          findings: input.findings,
          counts,
          blobBaseUrl: `${environment.serverUrl}/${environment.owner}/${environment.repo}/blob/${environment.headSha}`,
          ...(checkRun?.htmlUrl !== undefined && { checkRunUrl: checkRun.htmlUrl }),
          ...(notice !== undefined && { notice }),
          maxBytes,
        }),
      ),
    );
    summaryWritten = true;
    lines.push('Job summary written');
  } else {
    lines.push('No GITHUB_STEP_SUMMARY: no job summary');
  }

  let output = '';
  if (notice !== undefined) output += input.workflowCommands.message(failed ? 'error' : 'warning', notice);
  if (fellBack) output += input.workflowCommands.findings(input.findings);
  output += lines.map((line) => `${line}\n`).join('');
  output += `grantform: ${describeCounts(counts)}\n`;
  return {
    exitCode: counts.errors > 0 || failed ? 1 : 0,
    ...(checkRun !== undefined && { checkRun }),
    ...(comment !== undefined && { comment }),
    summaryWritten,
    fellBack,
    output: redact(output),
  };
}

async function attemptCall<T>(call: () => Promise<T>): Promise<Attempt<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (error) {
    if (error instanceof GitHubApiError) return { ok: false, forbidden: error.status === 403, error };
    throw error;
  }
}

function checkTitle(input: GitHubReportInput): string {
  const counts = countFindings(input.findings);
  const lint = counts.errors + counts.warnings + counts.infos === 0 ? 'no findings' : describeCounts(counts);
  return input.plan === undefined ? lint : `${lint} · ${planSummaryLine(input.plan.document)}`;
}

function checkSummary(input: GitHubReportInput): string {
  const counts = countFindings(input.findings);
  const lines = [`**Lint:** ${describeCounts(counts)}, each annotated on its line.`, ''];
  if (input.plan !== undefined) lines.push(`**${planSummaryLine(input.plan.document)}** The plan (${code(input.plan.file)}) is below.`, '');
  const outside = input.findings.filter((finding) => finding.path === undefined);
  if (outside.length > 0) {
    lines.push(`${plural(outside.length, 'finding')} on files outside the repository cannot be annotated:`, '');
    for (const finding of outside) lines.push(`- ${code(`${finding.shownPath}:${finding.line}:${finding.column}`)} ${code(finding.rule)}: ${escapeText(finding.message)}`);
  }
  return lines.join('\n');
}

function whereIsTheWholePlan(input: GitHubReportInput): string {
  const file = input.plan === undefined ? 'the saved plan file' : `the saved plan file ${code(input.plan.file)} (a workflow artifact)`;
  return input.environment.runUrl === undefined ? file : `the [job summary of this workflow run](${input.environment.runUrl}) and ${file}`;
}
