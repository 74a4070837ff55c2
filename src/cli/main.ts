// The one entry point: builds the command line, runs a command, and turns
// whatever stopped it into one sentence and an exit status. It sets
// process.exitCode and never calls process.exit(): a large plan or SARIF
// piped into another program must never be cut short.

import { Command, CommanderError } from 'commander';
import { escapeTerminal } from '../model/escape/terminal.js';
import { GrantformError, UsageError } from '../model/errors.js';
import { processContext, type CliContext } from './context.js';
import { COMMANDS } from './commands/index.js';
import type { CommandRuntime } from './program.js';
import { VERSION } from './version.js';

export { VERSION };

export function buildProgram(runtime: CommandRuntime): Command {
  const { context } = runtime;
  const program = new Command('grantform')
    .description('Sigma data access as code: validate, lint, plan and apply connections, users, teams and grants kept in YAML.')
    .version(VERSION, '-V, --version', 'print the version')
    .option('--debug', 'show stack traces and internal details of failures')
    .helpCommand('help [command]', 'show help for a command')
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    })
    .showHelpAfterError(true)
    .exitOverride();
  program.configureHelp(HELP);
  for (const define of COMMANDS) {
    const command = define(runtime);
    command.configureOutput({ writeOut: (text) => context.stdout.write(text), writeErr: (text) => context.stderr.write(text) });
    command.showHelpAfterError(true).exitOverride();
    for (const each of [command, ...command.commands]) each.configureHelp(HELP);
    program.addCommand(command);
  }
  return program;
}

// Descriptions are written as paragraphs split over source lines; a single
// line break is a space, so that commander wraps each paragraph to the
// terminal instead of breaking lines in the middle. Indented lines (tables)
// keep their breaks.
const HELP = {
  commandDescription: (command: Command) => command.description().replace(/(?<!\n)\n(?![\n ])/g, ' '),
};

/** Runs grantform with `argv` (without the node and script entries) and resolves to its exit status. */
export async function runCli(argv: readonly string[], context: CliContext = processContext()): Promise<number> {
  let exitCode = 0;
  const debug = argv.includes('--debug');
  const runtime: CommandRuntime = { context: debug ? { ...context, debug } : context, exit: (code) => (exitCode = code) };
  const program = buildProgram(runtime);
  if (argv.length === 0) {
    context.stderr.write(program.helpInformation());
    return 1;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the error and the usage already; help and version end with 0.
      return error.exitCode === 0 ? 0 : 1;
    }
    if (error instanceof UsageError) {
      context.stderr.write(`error: ${error.message}\n\n`);
      const command = program.commands.find((each) => each.name() === argv.find((arg) => !arg.startsWith('-')));
      context.stderr.write((command ?? program).helpInformation());
      return error.exitCode;
    }
    if (error instanceof GrantformError) {
      context.stderr.write(`Error: ${escapeTerminal(error.message)}\n`);
      if (debug && error.stack) context.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    context.stderr.write(`Error: grantform failed unexpectedly: ${escapeTerminal(message)}\n`);
    if (debug) context.stderr.write(`${error instanceof Error && error.stack ? error.stack : message}\n`);
    else context.stderr.write('Run again with --debug to see where, and please report it.\n');
    return 1;
  }
}

/** The program's entry, called by bin/grantform.js. */
export async function main(): Promise<void> {
  for (const stream of [process.stdout, process.stderr]) ignoreClosedReader(stream);
  process.exitCode = await runCli(process.argv.slice(2));
}

/**
 * A reader that goes away (`grantform schema resources | head`) ends the
 * output, not the run: the command still finishes (an apply releases its
 * lock and saves its state) and exits by its own status, without a stack
 * trace about a broken pipe.
 */
function ignoreClosedReader(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return;
    throw error;
  });
}
