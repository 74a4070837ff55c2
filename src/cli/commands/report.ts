// `grantform report github [DIR] [--plan FILE]`: inside a GitHub Actions
// job, puts the findings on their lines (check run `grantform`), the plan in
// one sticky pull request comment and everything in the job summary. Exit 1
// when errors were found (or GitHub failed other than by refusing with 403),
// else 0: a read-only token changes where the findings go, not the status.

import path from 'node:path';
import { Command } from 'commander';
import { loadProject } from '../../config/load-project.js';
import { createOctokitClient, type Logger } from '../../github/client.js';
import { readActionsEnvironment } from '../../github/environment.js';
import { locateFindings } from '../../github/findings.js';
import { redactor, secretValues, type Redact } from '../../github/redaction.js';
import { reportToGitHub } from '../../github/report.js';
import { canonical, findRepositoryRoot } from '../../github/repository-paths.js';
import { lintProject } from '../../lint/runner.js';
import { compareDiagnostics, type Diagnostic } from '../../model/diagnostic.js';
import { GrantformError } from '../../model/errors.js';
import type { CliContext } from '../context.js';
import { withExit, type CommandRuntime } from '../program.js';
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
        'Exit status: 1 when errors were found or GitHub failed, else 0 (also when writing was refused).',
      ].join('\n'),
    )
    .argument('[dir]', 'project folder (holds grantform.yaml)', '.')
    .option('--plan <file>', 'a plan saved by `grantform plan --out FILE`, shown in the comment and the job summary')
    .configureOutput({ writeOut: (text) => context.stdout.write(text), writeErr: (text) => context.stderr.write(text) })
    .showHelpAfterError(true)
    .exitOverride()
    .action(withExit(runtime, (dir: string, options: ReportGithubOptions) => reportGithub(context, dir, options)));
  return new Command('report')
    .summary('publish findings and the plan where reviewers look (github)')
    .description('Publish the findings and the plan where reviewers look. Targets: github.')
    .addCommand(github);
}

async function reportGithub(context: CliContext, dir: string, options: ReportGithubOptions): Promise<number> {
  const reading = await readActionsEnvironment(context.env);
  if (!reading.ok) throw new GrantformError(reading.reason);
  const { environment } = reading;
  const redact = redactor(secretValues(context.env, ['GITHUB_TOKEN']));

  const cwd = await canonical(context.cwd);
  const projectDir = path.resolve(cwd, dir);
  const root = await findRepositoryRoot(projectDir, environment.workspace, cwd);
  const projectPath = path.relative(root.path, await canonical(projectDir)).split(path.sep).join('/');

  const diagnostics = await findingsOf(dir, cwd);
  const findings = locateFindings(diagnosticsDocument(diagnostics), cwd, root.path);
  const plan = options.plan === undefined ? undefined : await readPlanForReport(options.plan, cwd);

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
async function findingsOf(dir: string, cwd: string): Promise<Diagnostic[]> {
  const loaded = await loadProject(dir, { cwd });
  if (loaded.project === undefined) return [...loaded.diagnostics];
  const linted = lintProject(loaded.project, { severities: [loaded.project.settings.lintRules] });
  return [...loaded.diagnostics, ...linted.diagnostics].sort(compareDiagnostics);
}

/** Octokit's warnings (rate limits, retries) go to standard error, redacted; its chatter is dropped. */
function stderrLogger(context: CliContext, redact: Redact): Logger {
  const write = (message: string) => context.stderr.write(`${redact(message)}\n`);
  return { debug: () => {}, info: () => {}, warn: write, error: write };
}
