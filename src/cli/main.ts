// The one entry point: builds the command line, runs a command, and turns
// whatever stopped it into one sentence and an exit status. It sets
// process.exitCode and never calls process.exit(): a large plan or SARIF
// piped into another program must never be cut short.

import { Command, CommanderError } from 'commander';
import { escapeTerminal } from '../model/escape/terminal.js';
import { EXIT, GrantformError, UsageError } from '../model/errors.js';
import { processContext, type CliContext } from './context.js';
import { COMMANDS } from './commands/index.js';
import type { CommandRuntime } from './program.js';
import { VERSION } from './version.js';

export { VERSION };

/**
 * The command line, with the module of each command that `argv` can run
 * loaded: only the named command's when `argv` names one, every command's
 * otherwise (`--help`, `help CMD`, a misspelt name that commander should
 * suggest a fix for). The others stand in with their name and summary.
 */
export async function buildProgram(runtime: CommandRuntime, argv: readonly string[] = []): Promise<Command> {
  const { context } = runtime;
  const program = new Command('grantform')
    .description('Sigma data access as code: validate, lint, plan and apply connections, users, teams and grants kept in YAML.')
    .version(VERSION, '-v, --version', 'print the version')
    .option('--debug', 'show stack traces and internal details of failures')
    .option('--read-only', 'change nothing in the live state: the backend sends only reads and apply refuses to run (also GRANTFORM_READ_ONLY=1, backend.readOnly)')
    .option('--no-color', 'no colour, even on a terminal (as NO_COLOR=1)')
    .option('--color', 'colour even when the output is not a terminal (as FORCE_COLOR=1)')
    .helpCommand('help [command]', 'show help for a command')
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
    })
    .showHelpAfterError(true)
    .exitOverride();
  program.configureHelp(HELP);
  const named = commandNamed(argv);
  const defined = await Promise.all(COMMANDS.map(async (entry) => (named === undefined || named === entry.name ? (await entry.load())(runtime) : new Command(entry.name))));
  for (const [position, command] of defined.entries()) {
    const entry = COMMANDS[position] as (typeof COMMANDS)[number];
    if (command.name() !== entry.name) throw new Error(`the command module of "${entry.name}" defines "${command.name()}"`);
    command.summary(entry.summary);
    command.configureOutput({ writeOut: (text) => context.stdout.write(text), writeErr: (text) => context.stderr.write(text) });
    command.showHelpAfterError(true).exitOverride();
    for (const each of [command, ...command.commands]) each.configureHelp(HELP);
    program.addCommand(command);
  }
  return program;
}

/**
 * The command `argv` runs, when it is one of ours: the first word that is
 * not an option (grantform's own options take no value). `null` when no
 * command runs and none is listed: `--version` alone.
 */
function commandNamed(argv: readonly string[]): string | null | undefined {
  const word = argv.find((arg) => !arg.startsWith('-'));
  if (word === undefined && (argv.includes('-v') || argv.includes('--version')) && !argv.includes('-h') && !argv.includes('--help')) return null;
  return COMMANDS.some((entry) => entry.name === word) ? word : undefined;
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
  let exitCode: number = EXIT.ok;
  const debug = argv.includes('--debug');
  // Before and after the command name alike (commander reads program options anywhere); not after `--`.
  const readOnly = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : undefined).includes('--read-only');
  const runtime: CommandRuntime = {
    context: withColorFlags({ ...context, ...(debug && { debug }), ...(readOnly && { readOnly }) }, argv),
    exit: (code) => (exitCode = code),
  };
  const program = await buildProgram(runtime, argv);
  if (argv.length === 0) {
    context.stderr.write(program.helpInformation());
    return EXIT.couldNotRun;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the error and the usage already; help and version end with 0, usage errors with 3.
      return error.exitCode === 0 ? EXIT.ok : EXIT.couldNotRun;
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
    // A bug in grantform is not a finding about the files: CI must not read it as "fix your YAML" (docs/cli.md).
    const message = error instanceof Error ? error.message : String(error);
    context.stderr.write(`Error: grantform failed unexpectedly: ${escapeTerminal(message)}\n`);
    if (debug) context.stderr.write(`${error instanceof Error && error.stack ? error.stack : message}\n`);
    else context.stderr.write('Run again with --debug to see where, and please report it.\n');
    return EXIT.couldNotRun;
  }
}

/** `--no-color` and `--color` become NO_COLOR and FORCE_COLOR, which every view reads (context.ts). The last one given wins. */
function withColorFlags(context: CliContext, argv: readonly string[]): CliContext {
  const flag = argv.findLast((arg) => arg === '--no-color' || arg === '--color');
  if (flag === undefined) return context;
  const env = { ...context.env, NO_COLOR: flag === '--no-color' ? '1' : undefined, FORCE_COLOR: flag === '--color' ? '1' : undefined };
  return { ...context, env };
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
