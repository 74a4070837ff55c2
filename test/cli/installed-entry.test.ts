// The installed entry point, bin/grantform.js, as a shell runs it: in a
// child process with real pipes. Needs the build (`npm test` builds first).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { STACK_TRACE } from '../support/temp-project.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/grantform.js');

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) throw new Error('this test runs the built CLI: run `npm run build` first');
});

interface Finished {
  readonly code: number | null;
  readonly stderr: string;
}

/** Runs grantform with a stdout whose reader has gone away before the first write, as in `grantform … | true`. */
function runWithClosedReader(argv: readonly string[]): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('bin/grantform.js', () => {
  it('ends quietly, with its own exit status, when the reader of its output goes away', async () => {
    for (const argv of [['schema', 'resources'], ['schema'], ['lint', 'examples/quickstart']]) {
      const { code, stderr } = await runWithClosedReader(argv);
      expect(stderr, argv.join(' ')).not.toMatch(STACK_TRACE);
      expect(stderr, argv.join(' ')).not.toContain('EPIPE');
      expect(code, argv.join(' ')).toBe(0);
    }
  });
});
