// Read-only mode against the emulator over loopback: plan, check and import
// work; apply refuses before any request, however read-only mode was set;
// and the Sigma client's gate refuses a write even when something below
// apply asks for one. The emulator logs every request it receives: no
// request that writes may ever reach it.

import { existsSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { LocalBackend } from '../../src/backends/local/local-backend.js';
import { isRead } from '../../src/backends/sigma/read-only.js';
import type { Change } from '../../src/model/changes.js';
import { ReadOnlyError } from '../../src/model/read-only.js';
import type { RequestLogEntry } from '../../src/emulator/index.js';
import { copyExample } from '../support/example-project.js';
import { startSigma, type SigmaTestbed } from '../support/sigma-emulator.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

const SIGMA = 'backend:\n  type: sigma\n';
const SIGMA_READ_ONLY = 'backend:\n  type: sigma\n  readOnly: true\n';

/** A change for every kind of write the plan makes: a new team with a member and a grant, a new user. */
const EDITS = `teams:
  - name: Ops
    members: [new@example.com]
users:
  - email: new@example.com
    accountType: Viewer
grants:
  - team: Ops
    object: postgres-ops
    access: use
`;

/** What the emulator received that is not a read: the token, GETs and object lookups are reads. */
function writes(requests: readonly RequestLogEntry[]): string[] {
  return requests.filter((entry) => entry.method !== 'GET' && !(entry.method === 'POST' && (entry.path === '/v2/auth/token' || /^\/v2\/connection\/[^/]+\/lookup$/.test(entry.path)))).map((entry) => `${entry.method} ${entry.path}`);
}

describe('read-only mode on the Sigma backend', () => {
  let sigma: SigmaTestbed;
  let dir: string;

  // A fresh emulator and import for each of these tests (one of them writes); the other describes need neither.
  beforeEach(async () => {
    sigma = await startSigma();
    dir = await writeProject({ 'grantform.yaml': SIGMA });
    const imported = await runGrantform(['import', '--out', 'access', '--read-only'], { cwd: dir, env: sigma.env });
    expect(imported.stderr).toBe('');
    expect(imported.exitCode).toBe(0);
    await writeFile(path.join(dir, 'access', 'edits.yaml'), EDITS);
  });

  it('imports, plans (with changes) and checks, and Sigma receives only reads', async () => {
    const planned = await runGrantform(['plan', '--read-only', '--detailed-exitcode', '--out', 'reviewed.plan'], { cwd: dir, env: sigma.env });
    expect(planned.stderr).toBe('');
    expect(planned.exitCode).toBe(2);
    expect(planned.stdout).toContain('team.Ops');
    expect(existsSync(path.join(dir, 'reviewed.plan'))).toBe(true);

    const checked = await runGrantform(['--read-only', 'check'], { cwd: dir, env: sigma.env });
    expect(checked.stdout).toMatch(/connections? tested/);

    const requests = sigma.emulator.control.requests();
    expect(requests.some((entry) => entry.path === '/v2/auth/token')).toBe(true);
    expect(requests.some((entry) => entry.method === 'POST' && entry.path.endsWith('/lookup'))).toBe(true);
    expect(writes(requests)).toEqual([]);
  });

  it.each([
    ['--read-only before the command', ['--read-only', 'apply', '--auto-approve'], {}, '--read-only'],
    ['--read-only after it', ['apply', '--auto-approve', '--read-only'], {}, '--read-only'],
    ['GRANTFORM_READ_ONLY=1', ['apply', '--auto-approve'], { GRANTFORM_READ_ONLY: '1' }, 'GRANTFORM_READ_ONLY=1'],
    ['backend.readOnly', ['apply', '--auto-approve'], {}, 'backend.readOnly in grantform.yaml'],
  ] as const)('apply refuses in one sentence before any request (%s)', async (_how, argv, extraEnv, source) => {
    if (source.startsWith('backend.readOnly')) await writeFile(path.join(dir, 'grantform.yaml'), SIGMA_READ_ONLY);
    const before = sigma.emulator.control.requests().length;
    const applied = await runGrantform(argv, { cwd: dir, env: { ...sigma.env, ...extraEnv } });
    expect(applied.exitCode).toBe(1);
    expect(applied.stderr).toBe(`Error: apply cannot run in read-only mode (${source}): it changes the live state; run grantform plan to see the changes, or apply without read-only mode\n`);
    expect(sigma.emulator.control.requests().length).toBe(before);
  });

  it('refuses a saved plan too, before any request', async () => {
    const planned = await runGrantform(['plan', '--out', 'reviewed.plan'], { cwd: dir, env: { ...sigma.env, GRANTFORM_READ_ONLY: 'true' } });
    expect(planned.exitCode).toBe(0);
    const before = sigma.emulator.control.requests().length;
    const applied = await runGrantform(['apply', 'reviewed.plan', '--auto-approve'], { cwd: dir, env: { ...sigma.env, GRANTFORM_READ_ONLY: '1' } });
    expect(applied.exitCode).toBe(1);
    expect(applied.stderr).toContain('apply cannot run in read-only mode (GRANTFORM_READ_ONLY=1)');
    expect(sigma.emulator.control.requests().length).toBe(before);
    expect(writes(sigma.emulator.control.requests())).toEqual([]);
  });

  it('report github shows a plan saved in read-only mode and talks to GitHub only, never to Sigma', async () => {
    const planned = await runGrantform(['plan', '--read-only', '--out', 'reviewed.plan'], { cwd: dir, env: sigma.env });
    expect(planned.exitCode, planned.stderr).toBe(0);
    const before = sigma.emulator.control.requests().length;
    await writeFile(path.join(dir, 'event.json'), JSON.stringify({ number: 7, pull_request: { number: 7, head: { sha: 'a'.repeat(40), repo: { full_name: 'acme/access' } }, base: { sha: 'b'.repeat(40), repo: { full_name: 'acme/access' } } } }));
    await writeFile(path.join(dir, 'summary.md'), '');
    const github = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/access', GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_EVENT_PATH: path.join(dir, 'event.json'), GITHUB_SHA: 'c'.repeat(40), GITHUB_WORKSPACE: dir, GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md') };
    const readOnly = await runGrantform(['report', 'github', '.', '--plan', 'reviewed.plan', '--read-only'], { cwd: dir, env: { ...sigma.env, ...github, GRANTFORM_READ_ONLY: '1' } });
    const normal = await runGrantform(['report', 'github', '.', '--plan', 'reviewed.plan'], { cwd: dir, env: { ...sigma.env, ...github } });
    expect(readOnly.stderr).not.toContain('read-only mode');
    expect(readOnly.exitCode).toBe(normal.exitCode);
    expect(await readFile(path.join(dir, 'summary.md'), 'utf8')).toContain('team.Ops');
    expect(sigma.emulator.control.requests().length).toBe(before);
  });

  it('the client itself refuses every write before sending it, with one sentence', async () => {
    const backend = sigma.backend({ readOnly: { source: '--read-only' } });
    await backend.read();
    const changes: Change[] = [
      { type: 'team', action: 'create', address: 'team.Ops', after: { name: 'Ops', members: [] } } as unknown as Change,
      { type: 'user', action: 'create', address: 'user.new@example.com', after: { email: 'new@example.com', accountType: 'Viewer' } } as unknown as Change,
    ];
    for (const change of changes) {
      const refused = await backend.execute(change).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(ReadOnlyError);
      expect((refused as Error).message).toMatch(/^read-only mode \(--read-only\) refused to send POST \/v2\/(teams|members) to Sigma: it would change the live state, and only reads are allowed$/);
    }
    await backend.close();
    expect(writes(sigma.emulator.control.requests())).toEqual([]);
  });

  it('the same project without read-only mode does write (the test can fail)', async () => {
    const applied = await runGrantform(['apply', '--auto-approve'], { cwd: dir, env: sigma.env });
    expect(applied.exitCode, applied.stderr).toBe(0);
    expect(writes(sigma.emulator.control.requests())).toContain('POST /v2/teams');
  });

  it('refuses an unclear GRANTFORM_READ_ONLY rather than guess', async () => {
    const planned = await runGrantform(['plan'], { cwd: dir, env: { ...sigma.env, GRANTFORM_READ_ONLY: 'maybe' } });
    expect(planned.exitCode).not.toBe(0);
    expect(planned.stderr).toContain('GRANTFORM_READ_ONLY is "maybe": set it to 1 (read-only) or 0');
    expect(writes(sigma.emulator.control.requests())).toEqual([]);
  });
});

describe('which Sigma requests are reads', () => {
  it.each([
    ['GET', '/v2/grants', true],
    ['POST', '/v2/auth/token', true],
    ['POST', '/v2/connection/{connectionId}/lookup', true],
    ['POST', '/v2/connections/{connectionId}/grants', false],
    ['POST', '/v2/connections/paths/{connectionPathId}/grants', false],
    ['POST', '/v2/grants', false],
    ['POST', '/v2/teams', false],
    ['PATCH', '/v2/teams/{teamId}/members', false],
    ['PUT', '/v2/connections/{connectionId}', false],
    ['DELETE', '/v2/members/{memberId}', false],
  ] as const)('%s %s: %s', (method, endpoint, read) => {
    expect(isRead(method, endpoint)).toBe(read);
  });
});

describe('read-only mode on the local backend', () => {
  it('plans without writing, and apply neither writes the state nor takes the lock', async () => {
    const project = await copyExample('quickstart');
    const state = path.join(project, '.grantform', 'state.json');
    const planned = await runGrantform(['plan', project, '--read-only', '--detailed-exitcode'], {});
    expect(planned.exitCode).toBe(2);
    const applied = await runGrantform(['apply', project, '--auto-approve'], { env: { GRANTFORM_READ_ONLY: '1' } });
    expect(applied.exitCode).toBe(1);
    expect(existsSync(path.dirname(state))).toBe(false);
  });

  it('the backend refuses the lock and every change, and close() writes nothing', async () => {
    const project = await copyExample('quickstart');
    const applied = await runGrantform(['apply', project, '--auto-approve'], {});
    expect(applied.exitCode).toBe(0);
    const state = path.join(project, '.grantform', 'state.json');
    const before = await readFile(state, 'utf8');
    const modified = (await stat(state)).mtimeMs;

    const backend = new LocalBackend({ statePath: state, env: {}, grantformVersion: 'test', readOnly: { source: '--read-only' } });
    const snapshot = await backend.read();
    await expect(backend.lock({ operation: 'apply', timeoutMs: 0 })).rejects.toThrow(ReadOnlyError);
    const team = snapshot.teams[0];
    expect(team).toBeDefined();
    await expect(backend.execute({ type: 'team', action: 'delete', address: `team.${team?.name}`, before: team } as unknown as Change)).rejects.toThrow(/^read-only mode \(--read-only\) refused to change the state file/);
    await backend.close();
    expect(await readFile(state, 'utf8')).toBe(before);
    expect((await stat(state)).mtimeMs).toBe(modified);
    expect(existsSync(`${state}.lock`)).toBe(false);
  });
});
