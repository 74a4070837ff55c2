// `grantform show PLANFILE [--format text|json|markdown]`: a saved plan
// (`plan --out`) rendered as `plan` renders one, as Terraform's `show` does.
// It reads the file only (checked: a damaged or edited file is refused); it
// contacts no backend and does not say whether the plan is still fresh:
// `apply PLANFILE` checks that.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { EnvironmentError } from '../../model/errors.js';
import { planFromFile, readPlanFile } from '../../plan/plan-file.js';
import { renderPlanJsonPieces } from '../../plan/render/json.js';
import { renderPlanMarkdown } from '../../plan/render/markdown.js';
import { renderPlanTextPieces } from '../../plan/render/text.js';
import { colorsFor, writePieces } from '../context.js';
import { formatOption, withExit, type CommandRuntime } from '../program.js';

export function showCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  return new Command('show')
    .description(
      [
        'Render a plan saved by `grantform plan --out FILE`, in the formats plan prints: text, json (schemas/plan.schema.json), markdown.',
        'It reads the file only: no backend is contacted, and whether the plan is still fresh is checked by apply FILE.',
        '',
        'Exit status: 0 shown, 1 not a plan file (damaged, edited, another format version), 3 could not run (no such file, unreadable, usage).',
      ].join('\n'),
    )
    .argument('<planfile>', 'a plan file made by grantform plan --out')
    .addOption(formatOption(['text', 'json', 'markdown']))
    .action(
      withExit(runtime, async (file: string, options: { format: 'text' | 'json' | 'markdown' }) => {
        const absolute = path.resolve(context.cwd, file);
        const info = await stat(absolute).catch((error: NodeJS.ErrnoException) => error);
        if (info instanceof Error) throw new EnvironmentError(`cannot read the plan file ${file}: ${info.code === 'ENOENT' ? 'it does not exist' : (info.code ?? info.message)}`);
        if (!info.isFile()) throw new EnvironmentError(`${file} is not a file: pass a plan file made by grantform plan --out`);
        const saved = await readPlanFile(absolute, file);
        const plan = planFromFile(saved);
        if (options.format === 'json') await writePieces(context.stdout, renderPlanJsonPieces(plan, { grantformVersion: saved.grantformVersion, backend: saved.backend }));
        else if (options.format === 'markdown') context.stdout.write(renderPlanMarkdown(plan));
        else await writePieces(context.stdout, renderPlanTextPieces(plan, colorsFor(context.stdout, context.env)));
        return 0;
      }),
    );
}
