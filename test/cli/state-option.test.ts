// `--state PATH` and GRANTFORM_STATE (#17): only the command line may put
// the local state outside the project; the lock and temporary files go
// beside the state, wherever it is.

import { existsSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGrantform, writeProject } from '../support/temp-project.js';

const ACCESS = 'teams:\n  - name: Sales\n    members: []\n';

describe('--state', () => {
  it('keeps the state, its lock and its temporary files where the command line says, outside the project', async () => {
    const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n', 'access.yaml': ACCESS });
    const elsewhere = await mkdtemp(path.join(tmpdir(), 'grantform-state-'));
    const state = path.join(elsewhere, 'nested', 'state.json');
    const applied = await runGrantform(['apply', '.', '--auto-approve', '--state', state], { cwd: dir });
    expect(applied.exitCode, applied.stderr).toBe(0);
    expect(existsSync(state)).toBe(true);
    expect(existsSync(path.join(dir, '.grantform'))).toBe(false);
    // The lock was released and no temporary file was left, beside the state.
    expect((await readdir(path.dirname(state))).sort()).toEqual(['state.json']);
    expect((await runGrantform(['plan', '.', '--detailed-exitcode', '--state', state], { cwd: dir })).exitCode).toBe(0);
    expect((await runGrantform(['plan', '.', '--detailed-exitcode'], { cwd: dir, env: { GRANTFORM_STATE: state } })).exitCode).toBe(0);
    // The option wins over the variable; without either, the project's own (empty) state is used.
    expect((await runGrantform(['plan', '.', '--detailed-exitcode', '--state', state], { cwd: dir, env: { GRANTFORM_STATE: path.join(elsewhere, 'other.json') } })).exitCode).toBe(0);
    expect((await runGrantform(['plan', '.', '--detailed-exitcode'], { cwd: dir })).exitCode).toBe(2);
  });

  it('is refused for the Sigma backend, and GRANTFORM_STATE left set for a whole job is ignored there', async () => {
    const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: sigma\n  baseUrl: http://127.0.0.1:9\n', 'access.yaml': ACCESS });
    const run = await runGrantform(['plan', '.', '--state', 'x.json'], { cwd: dir });
    expect(run.exitCode).not.toBe(0);
    expect(run.stderr).toContain("--state names the local backend's state file, but grantform.yaml uses the sigma backend");
    const variable = await runGrantform(['plan', '.'], { cwd: dir, env: { GRANTFORM_STATE: 'x.json' } });
    expect(variable.stderr).not.toContain('GRANTFORM_STATE');
  });

  it('is offered by every command that opens the local backend', async () => {
    for (const command of ['plan', 'apply', 'import', 'check']) {
      expect((await runGrantform([command, '--help'])).stdout, command).toContain('--state <path>');
    }
  });
});
