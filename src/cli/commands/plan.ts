// `grantform plan [DIR]`: the changes that apply would make, as text, JSON
// or Markdown; `--out FILE` saves them for `apply FILE`. Validates the
// files but does not lint them.
// Exit status: 0 (no changes, or changes without --detailed-exitcode),
// 2 changes with --detailed-exitcode, 1 invalid files or refusal, 3 could
// not run (docs/cli.md).

import path from 'node:path';
import { Command, Option } from 'commander';
import { planAccessChanges } from '../../access/access-diff.js';
import { writeFileAtomic } from '../../backends/local/atomic-write.js';
import { escapeTerminal } from '../../model/escape/terminal.js';
import { makePlan } from '../../plan/make-plan.js';
import { buildPlanFile, serializePlanFile } from '../../plan/plan-file.js';
import { hasChanges } from '../../plan/plan.js';
import { renderPlanJsonPieces } from '../../plan/render/json.js';
import { renderPlanMarkdown } from '../../plan/render/markdown.js';
import { renderPlanTextPieces } from '../../plan/render/text.js';
import { checkDeleteLimit } from '../../plan/safety.js';
import { writeAccessHint } from '../../warehouse/plan-hint.js';
import { colorsFor, writePieces } from '../context.js';
import { stateOption, withExit, type CommandRuntime } from '../program.js';
import { findProjectDir, projectArgument } from '../project-dir.js';
import { backendFor, collect, loadValidProject, reportDiagnostics, showPath } from '../project-run.js';
import { VERSION } from '../version.js';
import { renderRequestCounts } from '../views/request-counts.js';

interface PlanOptions {
  out?: string;
  format: 'text' | 'json' | 'markdown';
  detailedExitcode?: boolean;
  target: string[];
  allowDeletes?: boolean;
  verbose?: boolean;
  state?: string;
}

export function planCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  return new Command('plan')
    .description(
      [
        'Compare the files with the live state (the backend in grantform.yaml) and show the changes that apply would make,',
        'in the order it would make them: + create, ~ update, - delete (users: deactivate), -/+ replace (revoke, then grant a lower level).',
        'Changes the backend cannot make are marked as manual steps. plan validates the files but does not lint them.',
        '',
        'Exit status: 0 success (no changes, or changes without --detailed-exitcode), 2 changes (with --detailed-exitcode), 1 invalid files or a refused plan, 3 could not run (no project there, unreadable files, Sigma unreachable, credentials refused, usage).',
      ].join('\n'),
    )
    .addArgument(projectArgument())
    .option('--out <file>', 'save the plan for `grantform apply FILE` (never holds a secret value)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--detailed-exitcode', 'exit 2 when there are changes, 0 when there are none')
    .option('--target <address>', 'plan only this resource and what it needs (repeatable): an address, a type, grant.team.NAME, grant.team.NAME@OBJECT, membership.TEAM', collect, [])
    .option('--allow-deletes', 'allow more deletions than safety.maxDeletes')
    .option('--verbose', 'show timings and the requests made (on stderr)')
    .addOption(stateOption())
    .action(
      withExit(runtime, async (given: string | undefined, options: PlanOptions) => {
        const dir = await findProjectDir(given, context.cwd);
        const started = Date.now();
        const project = await loadValidProject(dir, context);
        const backend = backendFor(project, context, { ...(options.state !== undefined && { state: options.state }) });
        let closed = false;
        try {
          const run = await makePlan(project, backend, { targets: options.target });
          if (run.diagnostics.length > 0) {
            reportDiagnostics(run.diagnostics, context);
            context.stderr.write(`Error: the plan names objects that do not exist; fix the grants above\n`);
            return 1;
          }
          for (const target of run.unmatchedTargets) context.stderr.write(`Warning: --target ${target} matches no change\n`);
          // A --target plan makes only part of the changes: the files' access diff would not be its own.
          const plan = options.target.length > 0 ? run.plan : { ...run.plan, accessChanges: planAccessChanges(project, run.live) };
          const colors = colorsFor(context.stdout, context.env);
          if (options.format === 'json') await writePieces(context.stdout, renderPlanJsonPieces(plan, { grantformVersion: VERSION, backend: backend.kind }));
          else if (options.format === 'markdown') context.stdout.write(renderPlanMarkdown(plan));
          else {
            await writePieces(context.stdout, renderPlanTextPieces(plan, colors));
            context.stdout.write(writeAccessHint(plan.changes));
          }
          checkDeleteLimit(plan.changes, project.settings.safety.maxDeletes, options.allowDeletes === true);
          if (options.out !== undefined) {
            const planPath = path.resolve(context.cwd, options.out);
            const file = buildPlanFile({ ...run, plan, project, backend: backend.kind, allowDeletes: options.allowDeletes === true, grantformVersion: VERSION, planPath });
            await writeFileAtomic(planPath, serializePlanFile(file));
            if (options.format === 'text') context.stdout.write(`\nSaved the plan to ${showPath(planPath, context)}: apply it with \`grantform apply ${showPath(planPath, context)}\`.\n`);
          }
          await backend.close();
          closed = true;
          if (options.verbose) context.stderr.write(renderRequestCounts(backend, Date.now() - started));
          // The plan leaves live duplicates alone, so it does not bring the live state to the files: 1, also for a drift check.
          for (const duplicate of run.duplicates) context.stderr.write(`Error: ${escapeTerminal(duplicate)}\n`);
          if (run.duplicates.length > 0) return 1;
          return options.detailedExitcode && hasChanges(plan) ? 2 : 0;
        } finally {
          if (!closed) await backend.close().catch(() => undefined);
        }
      }),
    );
}
