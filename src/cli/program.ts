// Shared pieces of command definitions: how an action reports its exit
// status, and the options several commands take.

import { Option, type Command } from 'commander';
import { couldNotRun, hasErrors, type Diagnostic } from '../model/diagnostic.js';
import { EXIT, type ExitStatus } from '../model/errors.js';
import type { CliContext } from './context.js';

/** A command's action resolves to its exit status; the entry point sets it. */
export type CommandAction<Args extends unknown[]> = (...args: Args) => Promise<number>;

export interface CommandRuntime {
  readonly context: CliContext;
  /** Records the exit status of the command that ran. */
  readonly exit: (code: number) => void;
}

export function formatOption(formats: readonly string[], fallback = 'text'): Option {
  return new Option('--format <format>', 'output format').choices([...formats]).default(fallback);
}

/**
 * `--state PATH`: where the local backend keeps its state (and its lock and
 * temporary files, beside it), overriding GRANTFORM_STATE and backend.path.
 * Only the command line may put the state outside the project (#17).
 */
export function stateOption(): Option {
  return new Option('--state <path>', 'the local backend\'s state file, overriding backend.path (also: GRANTFORM_STATE); may be outside the project');
}

/** Wraps an action so that its resolved status becomes the process's exit status. */
export function withExit<Args extends unknown[]>(runtime: CommandRuntime, action: CommandAction<Args>): (...args: Args) => Promise<void> {
  return async (...args: Args) => {
    runtime.exit(await action(...args));
  };
}

export function globalOptions(command: Command): { debug: boolean; verbose: boolean } {
  const options = command.optsWithGlobals() as { debug?: boolean; verbose?: boolean };
  return { debug: options.debug === true, verbose: options.verbose === true };
}

/** 3 when the files could not be read at all, 1 when a diagnostic is an error, else 0 (docs/cli.md). */
export function diagnosticsExit(diagnostics: readonly Diagnostic[]): ExitStatus {
  if (couldNotRun(diagnostics)) return EXIT.couldNotRun;
  return hasErrors(diagnostics) ? EXIT.failed : EXIT.ok;
}
