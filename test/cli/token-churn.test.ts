// Token renewal under churn (#17.5): with 5% of requests meeting an expired
// token, an apply of a few dozen changes loses none of them, the next plan is
// empty, and the renewals are shared: never more token requests than tokens
// that died (each dead token is renewed once, whatever number of requests in
// flight met it).

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { e2eOrg } from '../support/sigma-e2e-org.js';
import { startSigma } from '../support/sigma-emulator.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

const TEAMS = 16;

function churnFile(): string {
  const lines = ['teams:'];
  for (let i = 1; i <= TEAMS; i += 1) lines.push(`  - name: Churn ${i}`, `    members: [radhika@example.com, ${i % 2 === 0 ? 'john' : 'mei'}@example.com]`);
  lines.push('grants:');
  for (let i = 1; i <= TEAMS; i += 1) lines.push(`  - team: Churn ${i}`, `    object: ${i % 2 === 0 ? 'pg/public/orders' : 'snowflake-prod/ANALYTICS/FINANCE'}`, '    access: use');
  return `${lines.join('\n')}\n`;
}

describe('an apply while tokens expire at random', () => {
  it('loses no change at 5% random token expiry, and renews each dead token once', async () => {
    const sigma = await startSigma(e2eOrg());
    const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: sigma\n' });
    expect((await runGrantform(['import', '--out', 'access'], { cwd: dir, env: sigma.env })).exitCode).toBe(0);
    await writeFile(path.join(dir, 'access/churn.yaml'), churnFile());
    const plan = await runGrantform(['plan', '--detailed-exitcode'], { cwd: dir, env: sigma.env });
    expect(plan.exitCode, plan.stderr).toBe(2);
    const planned = Number(/Plan: (\d+) to create/.exec(plan.stdout)?.[1]);
    expect(planned).toBeGreaterThanOrEqual(3 * TEAMS);

    sigma.emulator.control.resetLog();
    sigma.emulator.control.setFaults({ seed: 5, rules: [{ kind: 'expire-token', rate: 0.05 }] });
    const applied = await runGrantform(['apply', '--auto-approve'], { cwd: dir, env: sigma.env });
    expect(applied.exitCode, `${applied.stdout}\n${applied.stderr}`).toBe(0);
    expect(applied.stdout).toContain(`Apply complete: ${planned} done, 0 failed, 0 skipped.`);

    const log = sigma.emulator.control.requests();
    // Tokens a fault killed: the rule also draws on token requests, where it does nothing.
    const killed = log.filter((entry) => entry.fault === 'expire-token' && entry.operation !== 'POST /v2/auth/token').length;
    const tokenRequests = log.filter((entry) => entry.operation === 'POST /v2/auth/token').length;
    const unauthorized = log.filter((entry) => entry.status === 401).length;
    expect(killed).toBeGreaterThanOrEqual(3);
    // Every kill is a 401; more 401s than kills means requests in flight met a token that another had killed.
    expect(unauthorized).toBeGreaterThanOrEqual(killed);
    // One token for the run, plus at most one renewal per token killed: single flight.
    expect(tokenRequests).toBeLessThanOrEqual(1 + killed);
    expect(tokenRequests).toBeGreaterThanOrEqual(2);

    sigma.emulator.control.clearFaults();
    expect(await runGrantform(['plan', '--detailed-exitcode'], { cwd: dir, env: sigma.env })).toMatchObject({ exitCode: 0, stdout: 'No changes: the live state matches the files.\n' });
  });
});
