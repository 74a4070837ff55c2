// The built CLI says what is wrong in its own diagnostics: yaml's warnings
// (here, a collection used as a key) are not printed beside them.

import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeProject } from '../support/temp-project.js';

const BIN = path.join(fileURLToPath(new URL('../../', import.meta.url)), 'bin/grantform.js');

describe('yaml warnings', () => {
  it('a collection as a key is one diagnostic, with nothing from yaml on stderr', async () => {
    const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n' });
    await writeFile(path.join(dir, 'users.yaml'), 'users:\n  - ? [a, b]\n    : x\n    email: a@example.com\n    accountType: Viewer\n');
    const run = spawnSync(process.execPath, [BIN, 'validate', '.'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('users.yaml:2:7: error: unknown property "[ a, b ]" in user "a@example.com"');
    expect(run.stderr).toBe('');
  });
});
