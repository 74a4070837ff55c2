// `grantform check [DIR]`: Sigma's read/write test of every connection
// (conn → GET /v2/connections/{connectionId}/test), run with the project's
// credentials. Exit status: 0 every connection reads, 1 one does not (or an
// error).

import { escapeTerminal } from '../../model/escape/terminal.js';
import { Command } from 'commander';
import type { ConnectionCheck } from '../../backends/backend.js';
import { colorsFor, type Colors } from '../context.js';
import { stateOption, withExit, type CommandRuntime } from '../program.js';
import { findProjectDir, projectArgument } from '../project-dir.js';
import { backendFor, loadValidProject } from '../project-run.js';
import { plural } from '../views/diagnostics-text.js';
import { renderRequestCounts } from '../views/request-counts.js';

export function checkCommand(runtime: CommandRuntime): Command {
  const { context } = runtime;
  return new Command('check')
    .description(
      [
        "Run Sigma's connection test on every live connection: read (Sigma can query the warehouse) and",
        'write (Sigma can create tables in the write destination; DISABLED without write access).',
        '',
        'Exit status: 0 every connection reads, 1 one does not, or an error, 3 could not run (no project there, unreadable files, Sigma unreachable, credentials refused, usage).',
      ].join('\n'),
    )
    .addArgument(projectArgument())
    .option('--verbose', 'show the requests made (on stderr)')
    .addOption(stateOption())
    .action(
      withExit(runtime, async (given: string | undefined, options: { verbose?: boolean; state?: string }) => {
        const dir = await findProjectDir(given, context.cwd);
        const started = Date.now();
        const project = await loadValidProject(dir, context);
        const backend = backendFor(project, context, { ...(options.state !== undefined && { state: options.state }) });
        if (!backend.checkConnections) {
          context.stdout.write(`The ${backend.kind} backend has no warehouse behind it: nothing to test (grantform check runs Sigma's connection test with backend: { type: sigma }).\n`);
          await backend.close();
          return 0;
        }
        const checks = await backend.checkConnections();
        await backend.close();
        const colors = colorsFor(context.stdout, context.env);
        context.stdout.write(renderChecks(checks, colors));
        if (options.verbose) context.stderr.write(renderRequestCounts(backend, Date.now() - started));
        return checks.some((check) => check.read === 'FAILED') ? 1 : 0;
      }),
    );
}

export function renderChecks(checks: readonly ConnectionCheck[], colors: Colors): string {
  if (checks.length === 0) return 'No connections to test.\n';
  checks = checks.map((check) => ({ ...check, connection: escapeTerminal(check.connection), ...(check.message !== undefined && { message: escapeTerminal(check.message) }) }));
  const width = Math.max(...checks.map((check) => check.connection.length));
  const paint = (value: string) => (value === 'FAILED' ? colors.red(value) : value === 'SUCCESS' ? colors.green(value) : colors.dim(value));
  const lines = checks.map((check) => `${check.connection.padEnd(width)}  read: ${paint(check.read)}${' '.repeat(7 - check.read.length)}  write: ${paint(check.write)}${check.message ? `  (${check.message})` : ''}`);
  const unreadable = checks.filter((check) => check.read === 'FAILED').length;
  const unwritable = checks.filter((check) => check.write === 'FAILED').length;
  const summary = [`${plural(checks.length, 'connection')} tested`, unreadable > 0 ? `${unreadable} cannot be read` : 'all can be read', ...(unwritable > 0 ? [`${unwritable} cannot be written to`] : [])];
  const hint = unwritable > 0 ? '\nA write FAILED means the warehouse lacks the write destination, or Sigma\'s role lacks the permissions to create tables in it.' : '';
  return `${lines.join('\n')}\n\n${summary.join(', ')}.${hint}\n`;
}
