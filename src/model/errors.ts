// Typed errors for what stops a command. Only the CLI entry catches them: it
// prints `message` (one sentence) and sets the exit code. Mistakes in the
// user's files are diagnostics, not errors; these are for everything else.
// Each class carries its exit status (docs/cli.md, "Exit codes"), so that CI
// can tell "the files are wrong" (1) from "grantform could not run" (3).

/** The exit statuses every command uses (README, docs/cli.md). */
export const EXIT = {
  /** Success, clean, no changes. */
  ok: 0,
  /** Findings, invalid files, failed actions, a refused or stale plan. */
  failed: 1,
  /** Changes present (only with --detailed-exitcode). */
  changes: 2,
  /** grantform could not run: usage, missing project, unreadable files, unreachable backend, refused credentials. */
  couldNotRun: 3,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

export class GrantformError extends Error {
  override readonly name: string = 'GrantformError';
  readonly exitCode: ExitStatus = EXIT.failed;
}

/** The command line itself is wrong: the CLI prints the usage too. */
export class UsageError extends GrantformError {
  override readonly name = 'UsageError';
  override readonly exitCode = EXIT.couldNotRun;
}

/**
 * grantform could not run, through nothing the files say: a project folder
 * that is missing, a file it may not read, a network that does not answer,
 * credentials that are missing or refused. Rerunning elsewhere (or later)
 * may succeed; editing the files would not.
 */
export class EnvironmentError extends GrantformError {
  override readonly name: string = 'EnvironmentError';
  override readonly exitCode = EXIT.couldNotRun;
}

/** The project cannot be used as it is (beyond what diagnostics describe). */
export class ConfigError extends GrantformError {
  override readonly name = 'ConfigError';
}

/** Asserts at compile time that a switch handled every case of a closed set. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
