// Typed errors for what stops a command. Only the CLI entry catches them: it
// prints `message` (one sentence) and sets the exit code. Mistakes in the
// user's files are diagnostics, not errors; these are for everything else.

export class GrantformError extends Error {
  override readonly name: string = 'GrantformError';
  readonly exitCode: number = 1;
}

/** The command line itself is wrong: the CLI prints the usage too. */
export class UsageError extends GrantformError {
  override readonly name = 'UsageError';
}

/** The project cannot be used as it is (beyond what diagnostics describe). */
export class ConfigError extends GrantformError {
  override readonly name = 'ConfigError';
}

/** Asserts at compile time that a switch handled every case of a closed set. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
