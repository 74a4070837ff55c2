// Test files share worker processes (vitest.config.ts: isolate: false), so
// two assumptions keep them independent, checked here on every source file:
// no helper registers a vitest hook when it is imported (it would run for
// the first file of a worker only: helpers schedule cleanup with
// test/support/cleanup.ts), and no code changes process-wide state that
// another file would then see (the working directory, the environment).

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const THIS_FILE = 'test/shared-workers.test.ts';
/** vitest.config.ts's setup file: evaluated again for every test file, so its hook is every file's. */
const SETUP_FILE = 'test/support/cleanup-hook.ts';

async function sources(): Promise<{ file: string; text: string }[]> {
  const found: { file: string; text: string }[] = [];
  for (const top of ['src', 'test', 'scripts']) {
    for (const entry of await readdir(path.join(ROOT, top), { recursive: true })) {
      const file = `${top}/${entry}`;
      if (!/\.(ts|mts|mjs)$/.test(file) || file.includes('/generated/') || file === THIS_FILE) continue;
      found.push({ file, text: await readFile(path.join(ROOT, file), 'utf8') });
    }
  }
  return found;
}

describe('test files that share a worker', () => {
  it('import no helper that registers a hook at the top level', async () => {
    const hookAtImport = /^(?:afterEach|beforeEach|afterAll|beforeAll)\(/m;
    const offenders = (await sources()).filter(({ file, text }) => !file.endsWith('.test.ts') && file !== SETUP_FILE && hookAtImport.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });

  it('never see the working directory or the environment changed by another', async () => {
    const processWide = /process\.chdir\(|process\.env(?:\.\w+|\[[^\]]+\])\s*(?:=(?!=)|\?\?=|\|\|=)|delete process\.env|vi\.stub(?:Env|Global)\(/;
    const offenders = (await sources()).filter(({ text }) => processWide.test(text)).map(({ file }) => file);
    expect(offenders).toEqual([]);
  });
});
