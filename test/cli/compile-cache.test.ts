// On Node 22.1 and later the entry point asks Node to keep V8's compiled code
// of the bundle between runs (module.enableCompileCache, in the temporary
// folder); earlier Node has no such call and must start as before.

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import module from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/grantform.js');
const HAS_COMPILE_CACHE = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';

function runVersion(env: NodeJS.ProcessEnv): { status: number | null; stdout: string; stderr: string } {
  const { NODE_COMPILE_CACHE: _ignored, ...rest } = process.env;
  const run = spawnSync(process.execPath, [BIN, '--version'], { cwd: ROOT, env: { ...rest, ...env }, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('compile cache', () => {
  it.runIf(HAS_COMPILE_CACHE)('keeps the compiled bundle in the temporary folder, and leaves it alone when NODE_DISABLE_COMPILE_CACHE is set', async () => {
    const temporary = await mkdtemp(path.join(tmpdir(), 'grantform-compile-cache-'));
    try {
      const disabled = runVersion({ TMPDIR: temporary, NODE_DISABLE_COMPILE_CACHE: '1' });
      expect(disabled.status).toBe(0);
      expect(existsSync(path.join(temporary, 'node-compile-cache'))).toBe(false);

      const first = runVersion({ TMPDIR: temporary });
      expect(first.status).toBe(0);
      expect(first.stderr).toBe('');
      const cache = path.join(temporary, 'node-compile-cache');
      expect(readdirSync(cache, { recursive: true }).length).toBeGreaterThan(0);
      // A second run reads it and answers the same.
      expect(runVersion({ TMPDIR: temporary }).stdout).toBe(first.stdout);
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
  });

  it.runIf(!HAS_COMPILE_CACHE)('starts as before where Node has no compile cache', () => {
    const run = runVersion({});
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(run.stderr).toBe('');
  });
});
