// Real temporary directories built from an object of files (STYLE.md: no
// mocked fs), and a captured CLI context for running commands in-process.

import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { SigmaTiming } from '../../src/backends/open-backend.js';
import type { CliContext, InputStream } from '../../src/cli/context.js';
import { runCli } from '../../src/cli/main.js';
import { undoAfterTest } from './cleanup.js';

export type ProjectFiles = Readonly<Record<string, string | Uint8Array>>;

/** Writes `files` (relative paths → contents) into a fresh temporary folder, removed after the test. */
export async function writeProject(files: ProjectFiles): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'grantform-test-'));
  undoAfterTest(() => rm(dir, { recursive: true, force: true }));
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(dir, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return dir;
}

export interface CapturedRun {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
  readonly stdin?: string;
  readonly tty?: boolean;
  /** How the Sigma client waits (fastSigmaTiming in sigma-emulator.ts); real time by default. */
  readonly sigmaTiming?: SigmaTiming;
}

/** Runs grantform in-process, as a user would from `cwd`, and captures what it prints. */
export async function runGrantform(argv: readonly string[], options: RunOptions = {}): Promise<CapturedRun> {
  let stdout = '';
  let stderr = '';
  const stdin = Readable.from(options.stdin === undefined ? [] : [options.stdin]) as unknown as InputStream;
  const context: CliContext = {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false, columns: 100 },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false, columns: 100 },
    stdin: Object.assign(stdin, { isTTY: options.tty ?? false }),
    ...(options.sigmaTiming && { sigmaTiming: options.sigmaTiming }),
  };
  const exitCode = await runCli(argv, context);
  return { exitCode, stdout, stderr };
}

/** A stack trace line as Node prints it. */
export const STACK_TRACE = /^\s+at .+[(:]\d+/m;
