// Two `apply` runs at once on the Sigma backend, which has no lock: with
// latency on every create, so that both runs read "not there" before either
// has posted, nothing exists twice afterwards, and the next plan shows no
// changes. Live duplicates that Sigma already holds are reported by plan and
// import by name and left alone.

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { smallOrg } from '../backends/sigma/fixtures.js';
import { startSigma, type SigmaTestbed } from '../support/sigma-emulator.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

interface Named {
  readonly name: string;
  readonly connectionId?: string;
  readonly isArchived?: boolean;
}
const stateOf = (sigma: SigmaTestbed) => sigma.emulator.control.state() as unknown as { connections: Named[]; teams: Named[]; members: { email: string }[] };

const CONFIG = 'backend:\n  type: sigma\n';

/** What the two runs both create: a connection, a team and a user, and the grants that need them. */
const MARKETING = `connections:
  - name: bigquery-marketing
    type: postgres
    details:
      host: marketing.internal
      database: analytics
      user: sigma
      password: { env: POSTGRES_PASSWORD }
teams:
  - name: Marketing
    description: Campaigns
    members: [new@example.com]
users:
  - email: new@example.com
    accountType: Viewer
grants:
  - team: Marketing
    object: bigquery-marketing
    access: use
  - user: new@example.com
    object: pg
    access: use
`;

async function importedProject(sigma: SigmaTestbed): Promise<string> {
  const dir = await writeProject({ 'grantform.yaml': CONFIG });
  const imported = await runGrantform(['import', '--out', 'access'], { cwd: dir, env: sigma.env });
  expect(imported.exitCode, imported.stderr).toBe(0);
  return dir;
}

describe('two applies at once on the Sigma backend', () => {
  it('create nothing twice, and converge', async () => {
    // Both runs share this process and the machine with other test files: on a busy machine one run can still
    // read the live state after the other's first create took effect, and then it plans fewer changes and there
    // is no race to check (the delete has no latency). Such an attempt is made again (with a new Sigma), at most
    // three times; every assertion below is made on an attempt where both runs planned all seven changes.
    let raced: Attempt | undefined;
    for (let attempt = 0; attempt < 3 && !raced; attempt += 1) {
      const each = await racingApplies();
      if (each.runs.every((run) => plannedChanges(run.stdout) === 7)) raced = each;
    }
    if (!raced) throw new Error('in three attempts, the two applies never both planned before either created: no race to check');
    const { sigma, dir, runs } = raced;
    for (const run of runs) expect(`${run.stdout}${run.stderr}`).toContain('Apply complete: 7 done, 0 failed');
    // Both runs posted the connection: the race was real, and was resolved after the posts.
    const posts = sigma.emulator.control.requests().filter((entry) => entry.method === 'POST' && entry.path === '/v2/connections');
    expect(posts).toHaveLength(2);

    const state = stateOf(sigma);
    const named = (items: readonly Named[], name: string) => items.filter((each) => each.name === name && each.isArchived !== true);
    expect(named(state.connections, 'bigquery-marketing')).toHaveLength(1);
    expect(named(state.teams, 'Marketing')).toHaveLength(1);
    expect(state.members.filter((member) => member.email === 'new@example.com')).toHaveLength(1);

    sigma.emulator.control.clearFaults();
    const plan = await runGrantform(['plan', '--detailed-exitcode'], { cwd: dir, env: sigma.env });
    expect(plan, plan.stdout).toMatchObject({ exitCode: 0, stdout: 'No changes: the live state matches the files.\n' });
  });
});

/** The number of changes of the plan an apply printed (creates, updates, deletes and replaces). */
function plannedChanges(output: string): number | undefined {
  const counts = /Plan: (\d+) to create, (\d+) to update, (\d+) to delete, (\d+) to replace\./.exec(output);
  return counts ? counts.slice(1).reduce((sum, count) => sum + Number(count), 0) : undefined;
}

interface Attempt {
  readonly sigma: SigmaTestbed;
  readonly dir: string;
  readonly runs: readonly { readonly exitCode: number; readonly stdout: string; readonly stderr: string }[];
}

/** Two applies at once of the same new connection, team and user, against a new Sigma whose creates are slow. */
async function racingApplies(): Promise<Attempt> {
  const sigma = await startSigma(smallOrg({ warehouses: [{ name: 'bigquery-marketing', type: 'postgres', paths: ['public/campaigns'] }] }));
  const dir = await importedProject(sigma);
  await writeFile(path.join(dir, 'access/marketing.yaml'), MARKETING);
  // Long enough that both runs have read the live state before either create takes effect, on most busy machines
  // (at 150 ms one run often planned after the other's create).
  const latency = 600;
  sigma.emulator.control.setFaults({
    rules: [
      { kind: 'latency', ms: latency, match: { method: 'POST', path: '/v2/connections' } },
      { kind: 'latency', ms: latency, match: { method: 'POST', path: '/v2/teams' } },
      { kind: 'latency', ms: latency, match: { method: 'POST', path: '/v2/members' } },
    ],
  });
  sigma.emulator.control.resetLog();
  const runs = await Promise.all([runGrantform(['apply', '--auto-approve'], { cwd: dir, env: sigma.env }), runGrantform(['apply', '--auto-approve'], { cwd: dir, env: sigma.env })]);
  return { sigma, dir, runs };
}

/** Two connections of one name, made the way a race made them: two POSTs to Sigma's API. */
async function seedDuplicates(sigma: SigmaTestbed, name: string): Promise<string[]> {
  const credentials = sigma.emulator.credentials[0];
  if (!credentials) throw new Error('no credentials');
  const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
  const token = (await (
    await fetch(`${sigma.emulator.url}/v2/auth/token`, { method: 'POST', headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' })
  ).json()) as { access_token: string };
  const ids: string[] = [];
  for (const host of ['a.internal', 'b.internal']) {
    const response = await fetch(`${sigma.emulator.url}/v2/connections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, details: { type: 'postgres', host, database: 'analytics', user: 'sigma', password: 'x' } }),
    });
    const created = (await response.json()) as { connectionId: string };
    expect(response.ok, JSON.stringify(created)).toBe(true);
    ids.push(created.connectionId);
  }
  return ids.sort();
}

describe('live duplicates', () => {
  it('are reported by plan, which changes neither and exits 1', async () => {
    const sigma = await startSigma(smallOrg());
    const dir = await importedProject(sigma);
    const ids = await seedDuplicates(sigma, 'bigquery-marketing');
    await writeFile(path.join(dir, 'access/marketing.yaml'), MARKETING);
    const plan = await runGrantform(['plan'], { cwd: dir, env: sigma.env });
    expect(plan.exitCode, plan.stderr).toBe(1);
    expect(plan.stderr).toContain(`Error: 2 live connections named bigquery-marketing (ids ${ids.join(', ')}): grantform changes neither until one is removed`);
    expect(plan.stdout).not.toContain('bigquery-marketing');
    expect(plan.stdout).toContain('+ team.Marketing');
  });

  it('are reported by import, which writes neither', async () => {
    const sigma = await startSigma(smallOrg());
    await seedDuplicates(sigma, 'bigquery-marketing');
    const dir = await writeProject({ 'grantform.yaml': CONFIG });
    const run = await runGrantform(['import', '--out', 'org'], { cwd: dir, env: sigma.env });
    expect(run.exitCode, run.stderr).toBe(1);
    expect(run.stderr).toContain('2 live connections named bigquery-marketing (ids ');
    const connections = await readFile(path.join(dir, 'org/connections.yaml'), 'utf8');
    expect(connections).not.toContain('bigquery-marketing');
    expect(connections).toContain('name: pg');
  });
});
