// What a command may touch of the outside world, passed in rather than read
// from globals, so that tests run commands in-process with captured output.
// `cli/` is the only layer that knows these exist (DESIGN.md §5).

import pc from 'picocolors';
import type { SigmaTiming } from '../backends/open-backend.js';

export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
  /** A Node stream's: `drain` when its buffer has room again (see writePieces). */
  once?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  off?(event: 'drain' | 'close' | 'error', listener: () => void): unknown;
  /** A Node stream's: true once it is closed (a reader that went away: nothing more is worth writing). */
  readonly destroyed?: boolean;
}

/** What ends a wait for room: room, or a stream that is gone (a reader that went away is main.ts's to report). */
const ROOM_OR_GONE = ['drain', 'close', 'error'] as const;

/**
 * Output written piece by piece: the largest outputs (findings, plans,
 * access reviews of the largest orgs) are never one string. A pipe takes
 * what it is given into memory until the reader catches up: a piece is
 * written once the stream has room again (or is gone), so that gigabytes
 * of output do not all wait in memory.
 */
export async function writePieces(stream: OutputStream, pieces: Iterable<string>): Promise<void> {
  if (typeof stream.once !== 'function') {
    for (const piece of pieces) stream.write(piece);
    return;
  }
  // A reader that went away (`| head`): process.stdout is not destroyed by it, it reports EPIPE; nothing more is worth
  // writing. (main.ts keeps the error from being thrown.)
  let gone = false;
  const goneNow = () => {
    gone = true;
  };
  stream.once('error', goneNow);
  stream.once('close', goneNow);
  try {
    for (const piece of pieces) {
      if (gone || stream.destroyed === true) return;
      if (stream.write(piece) !== false) {
        // A pipe on Linux is written synchronously: its error is handed out on a later turn of the event loop.
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      await new Promise<void>((resolve) => {
        const done = () => {
          for (const event of ROOM_OR_GONE) stream.off?.(event, done);
          resolve();
        };
        for (const event of ROOM_OR_GONE) stream.once?.(event, done);
      });
    }
  } finally {
    stream.off?.('error', goneNow);
    stream.off?.('close', goneNow);
  }
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
