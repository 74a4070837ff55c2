// The Sigma backend end to end, as a user runs it: `grantform import` from a
// seeded emulator, `plan` (no changes), edits, `apply`, `plan` (no changes);
// the same with faults on one request in ten (apply may need re-running, it
// converges in at most three runs and never leaves a principal without a
// grant that both the files and the live state gave it); `check`.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FaultConfig, StateDump } from '../../src/emulator/index.js';
import { e2eOrg } from '../support/sigma-e2e-org.js';
import { fastSigmaTiming, startSigma, type SigmaTestbed } from '../support/sigma-emulator.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

const CONFIG = 'backend:\n  type: sigma\n';

/** The edits a user makes after importing: every kind of change. */
const EDITS = `teams:
  - name: Ops
    description: Runs things
    members: [lee@example.com, mei@example.com]
users:
  - email: new@example.com
    accountType: Viewer
    firstName: New
    lastName: Person
connections:
  - name: pg-new
    type: postgres
    description: Written to by Sigma
    details:
      host: new-db.internal
      database: analytics
      user: sigma
      password: { env: POSTGRES_PASSWORD }
    writeAccess:
      destination: { schema: writeback }
grants:
  - team: Ops
    object: pg/finance
    access: use-and-annotate
  - user: new@example.com
    object: snowflake-prod/ANALYTICS/FINANCE/REVENUE
    access: use
  - team: Ops
    object: pg-new
    access: use
`;

async function editImported(dir: string): Promise<void> {
  await writeFile(path.join(dir, 'access/edits.yaml'), EDITS);
  const grants = path.join(dir, 'access/user-grants.yaml');
  let text = await readFile(grants, 'utf8');
  // Lower john's REPORTING grant (a replace), drop mei's grant (a delete).
  text = text.replace(/(user: john@example.com\n\s+object: snowflake-prod\/ANALYTICS\/REPORTING\n\s+access:) use-and-annotate/, '$1 use');
  text = text.replace(/\s+- user: mei@example.com\n\s+object: pg\/public\/orders\n\s+access: use\n/, '\n');
  await writeFile(grants, text);
  // Raise Sales on the connection (an update).
  const sales = path.join(dir, 'access/teams/sales.yaml');
  await writeFile(sales, (await readFile(sales, 'utf8')).replace(/(object: snowflake-prod\n\s+access:) use\n/, '$1 use-and-annotate\n'));
}

async function importedProject(sigma: SigmaTestbed): Promise<string> {
  const dir = await writeProject({ 'grantform.yaml': CONFIG });
  const imported = await runGrantform(['import', '--out', 'access'], { cwd: dir, env: sigma.env });
  expect(imported.stderr).toBe('');
  expect(imported.exitCode).toBe(0);
  return dir;
}

/** (principal, object) pairs that hold at least one grant, from the emulator's state. */
function grantPairs(state: StateDump): Set<string> {
  const emails = new Map((state.members as { memberId: string; email: string }[]).map((member) => [member.memberId, member.email]));
  const teams = new Map((state.teams as { teamId: string; name: string }[]).map((team) => [team.teamId, team.name]));
  teams.set(state.organization.allMembersTeamId, 'All Members');
  return new Set(
    (state.grants as { memberId: string | null; teamId: string | null; object: string | null }[])
      .filter((grant) => grant.object !== null)
      .map((grant) => `${grant.memberId ? emails.get(grant.memberId) : teams.get(grant.teamId ?? '')} ${grant.object}`),
  );
}

describe('the Sigma backend from the command line', () => {
  it('imports, plans nothing, applies edits of every kind, and plans nothing again', async () => {
    const sigma = await startSigma(e2eOrg());
    const dir = await importedProject(sigma);
    expect(await runGrantform(['plan', '--detailed-exitcode'], { cwd: dir, env: sigma.env })).toMatchObject({ exitCode: 0, stdout: 'No changes: the live state matches the files.\n' });

    await editImported(dir);
    const plan = await runGrantform(['plan', '--detailed-exitcode'], { cwd: dir, env: sigma.env });
    expect(plan.exitCode).toBe(2);
    expect(plan.stdout).toContain('Plan: 8 to create, 1 to update, 1 to delete, 1 to replace.');
    const applied = await runGrantform(['apply', '--auto-approve'], { cwd: dir, env: sigma.env });
    expect(applied.stderr).toBe('');
    expect(applied.stdout).toContain('Apply complete: 11 done, 0 failed, 0 skipped.');
    expect(applied.stdout).toContain("Connection pg-new: write: FAILED: the warehouse still lacks the write destination, or Sigma's role lacks the permissions to create tables in it");
    expect(await runGrantform(['plan', '--detailed-exitcode'], { cwd: dir, env: sigma.env })).toMatchObject({ exitCode: 0, stdout: 'No changes: the live state matches the files.\n' });

    const pairs = grantPairs(sigma.emulator.control.state());
    expect(pairs).toContain('Ops pg/finance');
    expect(pairs).toContain('new@example.com snowflake-prod/ANALYTICS/FINANCE/REVENUE');
    expect(pairs).not.toContain('mei@example.com pg/public/orders');

    const check = await runGrantform(['check'], { cwd: dir, env: sigma.env });
    expect(check.exitCode).toBe(0);
    expect(check.stdout).toContain('pg-new          read: SUCCESS  write: FAILED');
    expect(check.stdout).toContain('3 connections tested, all can be read, 1 cannot be written to.');
  });

  it('converges in at most three applies with faults on one request in ten, never taking away a grant both sides gave', async () => {
    const sigma = await startSigma(e2eOrg());
    const dir = await importedProject(sigma);
    await editImported(dir);
    const before = grantPairs(sigma.emulator.control.state());
    const kept = [...before].filter((pair) => !pair.startsWith('mei@example.com pg/public/orders'));

    const faults: FaultConfig = {
      seed: 7,
      rules: [
        { kind: 'throttle', rate: 0.03, retryAfterSeconds: 1 },
        { kind: 'html-throttle', rate: 0.02 },
        { kind: 'error', rate: 0.02, status: 500 },
        { kind: 'error', rate: 0.01, status: 503 },
        { kind: 'drop', rate: 0.01 },
        { kind: 'expire-token', rate: 0.01 },
      ],
    };
    sigma.emulator.control.setFaults(faults);
    // Retry-After and the pace the client slows to are honoured on a clock that skips the waits.
    const sigmaTiming = fastSigmaTiming();
    let runs = 0;
    let last = { exitCode: 1, stdout: '', stderr: '' };
    while (runs < 3 && last.exitCode !== 0) {
      runs += 1;
      last = await runGrantform(['apply', '--auto-approve'], { cwd: dir, env: sigma.env, sigmaTiming });
      const now = grantPairs(sigma.emulator.control.state());
      expect(kept.filter((pair) => !now.has(pair))).toEqual([]);
    }
    expect(last.exitCode, `${last.stdout}\n${last.stderr}`).toBe(0);
    const fired = sigma.emulator.control.faults().reduce((sum, rule) => sum + rule.fired, 0);
    expect(fired).toBeGreaterThan(0);
    expect(await runGrantform(['plan', '--detailed-exitcode'], { cwd: dir, env: sigma.env, sigmaTiming })).toMatchObject({ exitCode: 0 });
  });

  it('says what is wrong in one sentence: bad credentials, an unreachable URL, a missing variable', async () => {
    const sigma = await startSigma(e2eOrg());
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'a.yaml': 'users: []\n' });
    const wrong = await runGrantform(['plan'], { cwd: dir, env: { ...sigma.env, SIGMA_CLIENT_SECRET: 'not-the-secret-9876' } });
    expect(wrong.exitCode).toBe(3);
    expect(wrong.stderr).toMatch(/^Error: Sigma refused the client credentials \(HTTP 401[^\n]*: check \$SIGMA_CLIENT_ID and \$SIGMA_CLIENT_SECRET\n$/);
    const missing = await runGrantform(['plan'], { cwd: dir, env: { ...sigma.env, SIGMA_CLIENT_SECRET: undefined } });
    expect(missing).toMatchObject({ exitCode: 3, stderr: 'Error: The Sigma backend needs $SIGMA_CLIENT_SECRET: set it in the environment (or name other variables under backend: in grantform.yaml)\n' });
    const local = await runGrantform(['check'], { cwd: await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n', 'a.yaml': 'users: []\n' }) });
    expect(local.exitCode).toBe(0);
  });
});
