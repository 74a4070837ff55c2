// `grantform apply [DIR | PLANFILE]`: make the changes. With a folder, it
// plans first and shows the plan; with a plan file (`plan --out`), it
// re-reads the live state and the files and refuses the plan if either has
// moved. It asks for `yes` on a terminal (never without one unless
// --auto-approve), holds the backend's lock while it works, and ends with
// what was done, failed, skipped and left to do by hand.
// Exit status: 0 done (manual steps may be pending), 1 failed or refused, 3 could not run (docs/cli.md).

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { escapeTerminal } from '../../model/escape/terminal.js';
import { Command } from 'commander';
import { executePlan } from '../../apply/executor.js';
import { hasFailures } from '../../apply/outcome.js';
import type { Backend, BackendLock } from '../../backends/backend.js';
import { GrantformError, UsageError } from '../../model/errors.js';
import type { Project } from '../../model/project.js';
import { desiredFromProject } from '../../plan/desired.js';
import { makePlan, planSettingsOf } from '../../plan/make-plan.js';
import { checkFilesFresh, checkLiveFresh, planFromFile, readPlanFile } from '../../plan/plan-file.js';
import type { Plan } from '../../plan/plan.js';
import { renderPlanTextPieces } from '../../plan/render/text.js';
import { checkDeleteLimit } from '../../plan/safety.js';
import { confirmApply, requireConfirmationPossible } from '../confirm.js';
import { colorsFor, writePieces, type CliContext } from '../context.js';
import { parseDuration } from '../duration.js';
import { stateOption, withExit, type CommandRuntime } from '../program.js';
import { findProjectDir, projectArgument } from '../project-dir.js';
import { backendFor, collect, loadValidProject, parsePositiveInteger, refuseChangesInReadOnly, reportDiagnostics, showPath } from '../project-run.js';
import { applyProgress } from '../views/apply-progress.js';
import { renderApplyReport } from '../views/apply-report.js';
import { renderRequestCounts } from '../views/request-counts.js';

interface ApplyOptions {
  autoApprove?: boolean;
  parallelism: number;
  target: string[];
  allowDeletes?: boolean;
  lockTimeout: string;
  forceUnlock?: string;
  verbose?: boolean;
  state?: string;
}

export function applyCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  return new Command('apply')
    .description(
      [
        'Make the changes that bring the live state to the files. Given a folder, apply plans first and shows the plan;',
        'given a plan file (from plan --out), it applies that plan, and refuses it if the live state or the files have moved since.',
        'It asks for `yes` on a terminal; without one it needs --auto-approve. Independent changes run concurrently; a failure',
        'stops only what depends on it, and running apply again converges. Manual steps are listed as pending.',
        '',
        'Exit status: 0 done (manual steps may be pending), 1 something failed, or the plan was refused or stale, 3 could not run (no project there, unreadable files, Sigma unreachable, credentials refused, usage).',
      ].join('\n'),
    )
    .addArgument(projectArgument('project folder (holds grantform.yaml; default: the current folder or the nearest parent that holds one) or a plan file made by plan --out', '[target]'))
    .option('--auto-approve', 'apply without asking for confirmation (for CI)')
    .option('--parallelism <n>', 'changes made at once', parsePositiveInteger('--parallelism'), 8)
    .option('--target <address>', 'when planning now: only this resource and what it needs (repeatable)', collect, [])
    .option('--allow-deletes', 'allow more deletions than safety.maxDeletes')
    .option('--lock-timeout <duration>', 'how long to wait for another apply to release the state (e.g. 30s, 5m)', '0s')
    .option('--force-unlock <lock-id>', 'break the lock with this id first (after a crashed run, once you have checked)')
    .option('--verbose', 'one line per change on stderr, and the requests made')
    .addOption(stateOption())
    .action(
      withExit(runtime, async (given: string | undefined, options: ApplyOptions) => {
        refuseChangesInReadOnly(context);
        const target = await findProjectDir(given, context.cwd);
        const timeoutMs = parseDuration(options.lockTimeout, '--lock-timeout');
        const absolute = path.resolve(context.cwd, target);
        const info = await stat(absolute).catch(() => undefined);
        if (!info) throw new UsageError(`${target} does not exist: pass a project folder (holds grantform.yaml) or a plan file made by plan --out`);
        requireConfirmationPossible(context, options.autoApprove === true);
        const session = info.isFile() ? await fromPlanFile(absolute, target, options, context) : await fromProject(target, options, context);
        return await session.run(timeoutMs);
      }),
    );
}

interface Session {
  run(timeoutMs: number): Promise<number>;
}

async function fromProject(dir: string, options: ApplyOptions, context: CliContext): Promise<Session> {
  const project = await loadValidProject(dir, context);
  return locked(project, options, context, async (backend) => {
    const run = await makePlan(project, backend, { targets: options.target });
    if (run.diagnostics.length > 0) {
      reportDiagnostics(run.diagnostics, context);
      throw new GrantformError('the plan names objects that do not exist; fix the grants above');
    }
    for (const unmatched of run.unmatchedTargets) context.stderr.write(`Warning: --target ${unmatched} matches no change\n`);
    return { plan: run.plan, allowDeletes: options.allowDeletes === true, duplicates: run.duplicates };
  });
}

async function fromPlanFile(absolute: string, shown: string, options: ApplyOptions, context: CliContext): Promise<Session> {
  if (options.target.length > 0) throw new UsageError('--target applies when planning; a saved plan keeps the targets it was made with');
  const file = await readPlanFile(absolute, shown);
  const root = path.resolve(path.dirname(absolute), file.project);
  const project = await loadValidProject(showPath(root, context), context);
  checkFilesFresh(file, shown, { desired: desiredFromProject(project), settings: planSettingsOf(project), project });
  return locked(project, options, context, async (backend) => {
    const live = await backend.read();
    checkLiveFresh(file, shown, live, backend.kind);
    return { plan: planFromFile(file), allowDeletes: file.options.allowDeletes || options.allowDeletes === true };
  });
}

/** Takes the lock, gets the plan, shows it, asks, applies, reports; releases the lock whatever happens. */
function locked(project: Project, options: ApplyOptions, context: CliContext, prepare: (backend: Backend) => Promise<{ plan: Plan; allowDeletes: boolean; duplicates?: readonly string[] }>): Session {
  return {
    async run(timeoutMs) {
      refuseChangesInReadOnly(context, project); // backend.readOnly, known once the project is loaded
      const started = Date.now();
      const backend = backendFor(project, context, { ...(options.state !== undefined && { state: options.state }) });
      const interrupt = new AbortController();
      const onInterrupt = () => {
        context.stderr.write('\nInterrupted: finishing the changes in progress, then stopping (press Ctrl-C again to stop at once).\n');
        interrupt.abort();
      };
      let lock: BackendLock | undefined;
      let closed = false;
      process.once('SIGINT', onInterrupt);
      try {
        lock = await backend.lock?.({ operation: 'apply', timeoutMs, ...(options.forceUnlock !== undefined && { forceUnlockId: options.forceUnlock }), signal: interrupt.signal });
        const { plan, allowDeletes, duplicates = [] } = await prepare(backend);
        const colors = colorsFor(context.stdout, context.env);
        await writePieces(context.stdout, renderPlanTextPieces(plan, colors));
        // Live duplicates are left alone; the rest is applied, and the exit status says the org has not converged.
        for (const duplicate of duplicates) context.stderr.write(`Error: ${escapeTerminal(duplicate)}\n`);
        const unconverged = duplicates.length > 0 ? 1 : 0;
        if (plan.changes.length === 0) return unconverged;
        checkDeleteLimit(plan.changes, project.settings.safety.maxDeletes, allowDeletes);
        if (options.autoApprove !== true && !(await confirmApply(context, 'Do you want to make these changes?'))) {
          context.stdout.write('Apply cancelled: nothing was changed.\n');
          return 1;
        }
        const progress = applyProgress(context.stderr, colorsFor(context.stderr, context.env), { verbose: options.verbose === true });
        closed = true; // executePlan closes the backend, whatever happens
        const report = await executePlan(plan.changes, backend, { parallelism: options.parallelism, signal: interrupt.signal, onEvent: progress.onEvent });
        progress.finish();
        context.stdout.write(`\n${renderApplyReport(report, colors)}`);
        if (options.verbose) context.stderr.write(renderRequestCounts(backend, Date.now() - started));
        return hasFailures(report) ? 1 : unconverged;
      } finally {
        process.removeListener('SIGINT', onInterrupt);
        if (!closed) await backend.close().catch(() => undefined);
        await lock?.release();
      }
    },
  };
}
