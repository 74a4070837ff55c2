// What a command may touch of the outside world, passed in rather than read
// from globals, so that tests run commands in-process with captured output.
// `cli/` is the only layer that knows these exist (DESIGN.md §5).

import pc from 'picocolors';

export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface InputStream extends NodeJS.ReadableStream {
  readonly isTTY?: boolean;
}

export interface CliContext {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly stdin: InputStream;
  /** `--debug`: backends add their internal details (the Sigma backend, a redacted line per request). */
  readonly debug?: boolean;
  /** `--read-only` was given (GRANTFORM_READ_ONLY and backend.readOnly are read where the backend opens: project-run.ts). */
  readonly readOnly?: boolean;
}

export type Colors = ReturnType<typeof pc.createColors>;

/** Colour only on a terminal, and never with NO_COLOR set (https://no-color.org). */
export function colorsFor(stream: OutputStream, env: CliContext['env']): Colors {
  const enabled = stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '') && env.TERM !== 'dumb' && env.FORCE_COLOR !== '0';
  return pc.createColors(enabled || (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== ''));
}

export function processContext(): CliContext {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}
