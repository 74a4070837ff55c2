// What a command loads before it starts: only its own module graph. A
// pre-commit hook runs `grantform lint` on every commit; it must not pay for
// the Sigma client, the GitHub client, PostgreSQL's driver, the language
// server or ajv's schema compiler. The built CLI runs in a child process with
// a preload that records every module it resolves (test/support/record-modules.mjs);
// the CLI runs from its bundle (scripts/bundle.mjs), whose chunks are
// expanded into the modules each holds (dist/bundle/meta.json).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/grantform.js');
const RECORDER = path.join(ROOT, 'test/support/record-modules.mjs');

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/bundle/main.js'))) throw new Error('this test runs the built CLI: run `npm run build` first');
});

/** The files (relative to the repository) that `grantform ARGV` loaded, and its exit status. */
async function modulesLoadedBy(argv: readonly string[]): Promise<{ code: number | null; loaded: string[]; stdout: string }> {
  const log = path.join(tmpdir(), `grantform-modules-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', RECORDER, BIN, ...argv], { cwd: ROOT, env: { ...process.env, GRANTFORM_RECORD_MODULES: log }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (exit) => resolve({ code: exit, stdout: out }));
  });
  const recorded = await readFile(log, 'utf8').catch(() => '');
  await rm(log, { force: true });
  const loaded = recorded
    .split('\n')
    .filter(Boolean)
    .map((file) => path.relative(ROOT, file))
    .flatMap((file) => (file.startsWith('dist/bundle/') ? modulesOfChunk(file) : [file]));
  return { code, loaded, stdout };
}

/** The modules a chunk of the bundle holds, by their paths in the repository (dist/…, node_modules/…). */
function modulesOfChunk(chunk: string): string[] {
  const meta = JSON.parse(readFileSync(path.join(ROOT, 'dist/bundle/meta.json'), 'utf8')) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
  const output = meta.outputs[chunk];
  if (!output) throw new Error(`${chunk} is not in dist/bundle/meta.json: run \`npm run build\``);
  return [chunk, ...Object.keys(output.inputs)];
}

const packageOf = (file: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];

describe('start-up', () => {
  it('lint and validate load neither the other commands nor the clients, drivers and compilers they need', async () => {
    for (const command of ['lint', 'validate']) {
      const { code, loaded } = await modulesLoadedBy([command, 'examples/quickstart', '--format', 'json']);
      expect(code, command).toBe(0);
      // The recorder saw the run: the command's own module and the YAML parser.
      expect(loaded, command).toContain(`dist/cli/commands/${command}.js`);
      expect(loaded.some((file) => packageOf(file) === 'yaml'), command).toBe(true);

      const packages = new Set(loaded.map(packageOf).filter((name) => name !== undefined));
      for (const heavy of ['undici', 'pg', 'vscode-languageserver', 'vscode-jsonrpc', '@octokit/core', 'diff']) expect(packages, `${command} loads ${heavy}`).not.toContain(heavy);
      // ajv's compiler: only the small run-time helpers of the precompiled validators are needed.
      expect(loaded.filter((file) => file.includes('node_modules/ajv/') && !file.includes('/dist/runtime/')), command).toEqual([]);
      const otherCommands = loaded.filter((file) => file.startsWith('dist/cli/commands/') && !file.endsWith(`/${command}.js`) && !file.endsWith('/index.js'));
      expect(otherCommands, command).toEqual([]);
      for (const area of ['dist/backends/', 'dist/github/', 'dist/lsp/', 'dist/emulator/', 'dist/warehouse/', 'dist/plan/']) {
        expect(loaded.filter((file) => file.startsWith(area)), `${command} loads ${area}`).toEqual([]);
      }
    }
  });

  it('--version loads no command module', async () => {
    for (const argv of [['--version'], ['-v'], ['--no-color', '--version']]) {
      const { code, loaded, stdout } = await modulesLoadedBy(argv);
      expect(code, argv.join(' ')).toBe(0);
      expect(stdout, argv.join(' ')).toMatch(/^\d+\.\d+\.\d+\n$/);
      expect(loaded.filter((file) => file.startsWith('dist/cli/commands/') && !file.endsWith('/index.js')), argv.join(' ')).toEqual([]);
    }
  });

  it('--help loads and lists every command of the registry, each with its summary', async () => {
    const { code, loaded, stdout } = await modulesLoadedBy(['--help']);
    expect(code).toBe(0);
    for (const entry of COMMANDS) {
      expect(loaded, entry.name).toContain(`dist/cli/commands/${entry.name}.js`);
      // The help line: the name, its arguments, then the summary (commander may wrap it).
      expect(stdout.replace(/\s+/g, ' '), entry.name).toContain(entry.summary.split(' ').slice(0, 4).join(' '));
      expect(stdout, entry.name).toMatch(new RegExp(`^  ${entry.name}\\b`, 'm'));
    }
  });
});
