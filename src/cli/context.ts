// What a command may touch of the outside world, passed in rather than read
// from globals, so that tests run commands in-process with captured output.
// `cli/` is the only layer that knows these exist (DESIGN.md §5).

import pc from 'picocolors';
import type { SigmaTiming } from '../backends/open-backend.js';

export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Output written piece by piece: the largest outputs (findings, plans, access reviews of the largest orgs) are never one string. */
export function writePieces(stream: OutputStream, pieces: Iterable<string>): void {
  for (const piece of pieces) stream.write(piece);
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
  /** How the Sigma client waits between attempts and keeps its pace: real time unless a test runs the CLI in-process with a clock that skips the waits. */
  readonly sigmaTiming?: SigmaTiming;
}

export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Colour as picocolors decides it, but for the stream written to: never with
 * NO_COLOR set to anything but '' (https://no-color.org) or `--no-color`,
 * which win over everything; always with FORCE_COLOR set (but '0', which
 * Node reads as "no colour") or `--color`; otherwise only on a terminal
 * whose TERM is not `dumb`. The CLI entry turns the flags into these
 * variables (main.ts). Unlike picocolors, CI alone does not colour: logs
 * that tests and tools read stay plain.
 */
export function colorsFor(stream: OutputStream, env: CliContext['env']): Colors {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return pc.createColors(false);
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return pc.createColors(env.FORCE_COLOR !== '0');
  return pc.createColors(stream.isTTY === true && env.TERM !== 'dumb');
}

export function processContext(): CliContext {
  return { cwd: process.cwd(), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin };
}
