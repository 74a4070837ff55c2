// `grantform report github [DIR] [--plan FILE]`: inside a GitHub Actions
// job, puts the findings on their lines (check run `grantform`), the plan in
// one sticky pull request comment and everything in the job summary. Exit 1
// when errors were found (or GitHub failed other than by refusing with 403),
// else 0: a read-only token changes where the findings go, not the status.

import path from 'node:path';
import { Command } from 'commander';
import { accessLossDiagnostics } from '../../access/loss-locations.js';
import { loadProject } from '../../config/load-project.js';
import { createOctokitClient, type Logger } from '../../github/client.js';
import { readActionsEnvironment } from '../../github/environment.js';
import { locateFindings } from '../../github/findings.js';
import { redactor, secretValues, type Redact } from '../../github/redaction.js';
import { reportToGitHub, type PlanForReport } from '../../github/report.js';
import { canonical, findRepositoryRoot } from '../../github/repository-paths.js';
import { lintProject } from '../../lint/runner.js';
import { isLoss } from '../../model/access-changes.js';
import { compareDiagnostics, couldNotRun, type Diagnostic } from '../../model/diagnostic.js';
import { EnvironmentError } from '../../model/errors.js';
import type { Project } from '../../model/project.js';
import { colorsFor, type CliContext } from '../context.js';
import { withExit, type CommandRuntime } from '../program.js';
import { findProjectDir, projectArgument } from '../project-dir.js';
import { renderDiagnosticsText } from '../views/diagnostics-text.js';
import { VERSION } from '../version.js';
import { diagnosticsDocument } from '../views/diagnostics-json.js';
import { workflowCommandWriter } from '../views/github-workflow-commands.js';
import { readPlanForReport } from './report-plan.js';

interface ReportGithubOptions {
  readonly plan?: string;
}

export function reportCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  const github = new Command('github')
    .summary('check run with annotations, sticky pull request comment, job summary')
    .description(
      [
        'Run inside a GitHub Actions job (reads GITHUB_REPOSITORY, GITHUB_EVENT_PATH, GITHUB_SHA, GITHUB_API_URL, GITHUB_TOKEN, GITHUB_STEP_SUMMARY).',
        'Validates and lints DIR, then: a check run named grantform on the pull request head with every finding annotated on its line;',
        'one pull request comment, updated in place, with the plan from --plan; the full plan and findings in the job summary.',
        'When the token may not write checks or comments (403: a fork, a read-only token), prints the findings as workflow commands instead.',
        'Exit status: 1 when errors were found or GitHub failed, else 0 (also when writing was refused); 3 outside a GitHub Actions job, or when the project cannot be read.',
      ].join('\n'),
    )
    .addArgument(projectArgument())
    .option('--plan <file>', 'a plan saved by `grantform plan --out FILE`, shown in the comment and the job summary')
    .configureOutput({ writeOut: (text) => context.stdout.write(text), writeErr: (text) => context.stderr.write(text) })
    .showHelpAfterError(true)
    .exitOverride()
    .action(withExit(runtime, async (dir: string | undefined, options: ReportGithubOptions) => reportGithub(context, await findProjectDir(dir, context.cwd), options)));
  return new Command('report')
    .description('Publish the findings and the plan where reviewers look. Targets: github.')
    .addCommand(github);
}

async function reportGithub(context: CliContext, dir: string, options: ReportGithubOptions): Promise<number> {
  const reading = await readActionsEnvironment(context.env);
  if (!reading.ok) throw new EnvironmentError(reading.reason);
  const { environment } = reading;
  const redact = redactor(secretValues(context.env, ['GITHUB_TOKEN']));

  const cwd = await canonical(context.cwd);
  const projectDir = path.resolve(cwd, dir);
  const root = await findRepositoryRoot(projectDir, environment.workspace, cwd);
  const projectPath = path.relative(root.path, await canonical(projectDir)).split(path.sep).join('/');

  const { diagnostics, project } = await findingsOf(dir, cwd);
  if (couldNotRun(diagnostics)) {
    // Nothing to publish about files that could not be read: the job fails as "could not run" (exit 3).
    context.stderr.write(renderDiagnosticsText(diagnostics, colorsFor(context.stderr, context.env)));
    throw new EnvironmentError(`grantform could not read the project ${dir}: see above`);
  }
  const plan = options.plan === undefined ? undefined : await readPlanForReport(options.plan, cwd);
  const losses = plan !== undefined && project !== undefined ? lossesOf(plan, project) : [];
  const findings = locateFindings(diagnosticsDocument([...diagnostics, ...losses].sort(compareDiagnostics)), cwd, root.path);

  const client =
    environment.token === undefined
      ? undefined
      : createOctokitClient({ baseUrl: environment.apiUrl, token: environment.token, userAgent: `grantform/${VERSION}`, log: stderrLogger(context, redact), env: context.env });
  const outcome = await reportToGitHub({
    environment,
    projectPath: projectPath.startsWith('..') ? dir : projectPath,
    findings,
    ...(plan !== undefined && { plan }),
    ...(client !== undefined && { client }),
    redact,
    workflowCommands: workflowCommandWriter,
  });
  context.stdout.write(outcome.output);
  return outcome.exitCode;
}

/** Validation findings, and lint findings when the project loads. */
async function findingsOf(dir: string, cwd: string): Promise<{ diagnostics: Diagnostic[]; project?: Project }> {
  const loaded = await loadProject(dir, { cwd });
  if (loaded.project === undefined) return { diagnostics: [...loaded.diagnostics] };
  const linted = lintProject(loaded.project, { severities: [loaded.project.settings.lintRules] });
  return { diagnostics: [...loaded.diagnostics, ...linted.diagnostics].sort(compareDiagnostics), project: loaded.project };
}

/** Annotated losses of access, at most this many (the comment's table has them all). */
const LOSSES_ANNOTATED = 100;

/** A notice on the line behind each loss of access the plan makes (src/access/loss-locations.ts). */
function lossesOf(plan: PlanForReport, project: Project): Diagnostic[] {
  const losses = (plan.document.accessChanges ?? []).filter(isLoss).slice(0, LOSSES_ANNOTATED);
  const left = plan.document.changes
    .filter((change) => change.type === 'membership' && change.action === 'delete')
    .map((change) => change.before as { team?: unknown; user?: unknown } | null)
    .filter((before): before is { team: string; user: string } => typeof before?.team === 'string' && typeof before.user === 'string')
    .map((before) => ({ team: before.team, email: before.user }));
  return accessLossDiagnostics(project, losses, left);
}

/** Octokit's warnings (rate limits, retries) go to standard error, redacted; its chatter is dropped. */
function stderrLogger(context: CliContext, redact: Redact): Logger {
  const write = (message: string) => context.stderr.write(`${redact(message)}\n`);
  return { debug: () => {}, info: () => {}, warn: write, error: write };
}
