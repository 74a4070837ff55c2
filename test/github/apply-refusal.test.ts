// The example workflow's apply job refuses a re-plan that holds a change the
// reviewed plan did not show. Its step is run as the runner runs it (bash
// -eo pipefail, with jq, which GitHub's runners have), on plans that
// grantform makes of a copy of the quick start: the same plan passes, a plan
// with fewer changes passes (an earlier apply made some), a plan with one
// more change is refused and the refusal names it.

import { execFile, execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyExample } from '../support/example-project.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

const HAS_JQ = (() => {
  try {
    execFileSync('jq', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

interface Step {
  readonly name?: string;
  readonly run?: string;
}

const workflow = parse(await readFile('examples/github/grantform.yml', 'utf8')) as { jobs: { apply: { steps: Step[] } } };
const refuseStep = workflow.jobs.apply.steps.find((step) => step.name === 'Refuse changes that were not reviewed')?.run ?? '';

async function planJson(extraTeam: boolean): Promise<string> {
  const dir = await copyExample('quickstart');
  if (extraTeam) await writeFile(path.join(dir, 'ops.yaml'), 'teams:\n  - name: Ops\n    members: []\n');
  const planned = await runGrantform(['plan', dir, '--format', 'json'], {});
  expect(planned.exitCode, planned.stderr).toBe(0);
  return planned.stdout;
}

async function refuse(reviewed: string, now: string): Promise<{ code: number; refusal: string }> {
  const dir = await writeProject({ 'reviewed/grantform-plan.json': reviewed, 'grantform-plan.json': now, 'step.sh': refuseStep });
  await mkdir(path.join(dir, 'tmp'));
  const code = await new Promise<number>((resolve) => {
    execFile('bash', ['--noprofile', '--norc', '-eo', 'pipefail', 'step.sh'], { cwd: dir, env: { PATH: process.env.PATH, RUNNER_TEMP: path.join(dir, 'tmp'), NUMBER: '12' } }, (error) =>
      resolve(error ? (typeof error.code === 'number' ? error.code : 1) : 0),
    );
  });
  const refusal = await readFile(path.join(dir, 'tmp', 'grantform-refused.md'), 'utf8').catch(() => '');
  return { code, refusal };
}

describe.skipIf(!HAS_JQ)('the apply job\'s comparison with the reviewed plan', () => {
  it('applies the reviewed plan, or fewer of its changes, and refuses a change it did not show', async () => {
    expect(refuseStep).toContain('jq');
    const base = await planJson(false);
    const more = await planJson(true);
    expect(await refuse(base, base)).toEqual({ code: 0, refusal: '' });
    expect(await refuse(more, base)).toEqual({ code: 0, refusal: '' });
    const refused = await refuse(base, more);
    expect(refused.code).toBe(1);
    expect(refused.refusal).toContain('differs from the plan reviewed on pull request #12: 1 change(s) were not shown there');
    expect(refused.refusal).toContain('- `team.Ops`');
  });
});
