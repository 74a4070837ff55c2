// `grantform validate [DIR]`: parse, schema and references. Exit 0 when the
// project is valid, 1 when it is not.

import { Command } from 'commander';
import { loadProject } from '../../config/load-project.js';
import { summarize } from '../../model/diagnostic.js';
import type { Project } from '../../model/project.js';
import { colorsFor } from '../context.js';
import { diagnosticsExit, formatOption, withExit, type CommandRuntime } from '../program.js';
import { findProjectDir, projectArgument } from '../project-dir.js';
import { renderDiagnosticsJson } from '../views/diagnostics-json.js';
import { plural, renderDiagnosticsText, renderSummaryText } from '../views/diagnostics-text.js';

export function validateCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  return new Command('validate')
    .description('Parse every file of the project, check it against the JSON Schemas and resolve references between resources.\nExit status: 0 valid, 1 invalid, 3 could not run (no project there, unreadable files, usage).')
    .addArgument(projectArgument())
    .addOption(formatOption(['text', 'json']))
    .action(
      withExit(runtime, async (given: string | undefined, options: { format: 'text' | 'json' }) => {
        const dir = await findProjectDir(given, context.cwd);
        const result = await loadProject(dir, { cwd: context.cwd });
        if (options.format === 'json') {
          context.stdout.write(renderDiagnosticsJson(result.diagnostics));
        } else {
          const colors = colorsFor(context.stdout, context.env);
          context.stdout.write(renderDiagnosticsText(result.diagnostics, colors));
          if (result.project) context.stdout.write(`${colors.green('✓')} ${describeProject(dir, result.project)}\n`);
          else context.stdout.write(`${renderSummaryText(summarize(result.diagnostics), colors)}\n`);
        }
        return diagnosticsExit(result.diagnostics);
      }),
    );
}

function describeProject(dir: string, project: Project): string {
  const counts = [
    plural(project.connections.size, 'connection'),
    plural(project.users.size, 'user'),
    plural(project.teams.size, 'team'),
    plural(project.grants.length, 'grant'),
  ];
  return `${dir} is valid: ${counts.join(', ')} in ${plural(project.files.length, 'file')}`;
}
