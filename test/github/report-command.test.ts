// `grantform report github` end to end, in-process, against the fake GitHub:
// a real git repository in a temporary folder, a pull_request event file,
// the environment a job step gets.

import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commentMarker } from '../../src/github/comment-body.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions } from '../support/fake-github.js';
import { STACK_TRACE, runGrantform, writeProject } from '../support/temp-project.js';
import { HEAD_SHA, MERGE_SHA, TOKEN } from './support.js';

const SALES = `connections:
  - name: snowflake-prod
    type: snowflake
users:
  - email: radhika@example.com
    accountType: Creator
teams:
  - name: Sales
    members: [radhika@example.com]
grants:
  - team: Sales
    object: snowflake-prod
    access: use-and-annotate
  - user: radhika@example.com
    object: snowflake-prod
    access: use
  - team: Sales
    object: snowflake-prod
    access: use
`;

const SIGMA_SECRET = 'sigma-client-secret-value-0042';

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function startFake(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  fake = await startFakeGitHub({ token: TOKEN, ...options });
  return fake;
}

/** A repository with the project in access/, and the files a job step is given. */
async function repository(options: { git?: boolean; files?: Record<string, string> } = {}): Promise<{ root: string; env: Record<string, string> }> {
  const root = await writeProject({
    'access/grantform.yaml': 'backend:\n  type: local\n',
    'access/teams/sales.yaml': SALES,
    '.runner/event.json': JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: HEAD_SHA, repo: { full_name: 'acme/sigma-access' } },
        base: { sha: 'c'.repeat(40), repo: { full_name: 'acme/sigma-access' } },
      },
    }),
    '.runner/summary.md': '',
    ...options.files,
  });
  if (options.git !== false) execFileSync('git', ['init', '-q', root]);
  return {
    root,
    env: {
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'acme/sigma-access',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: path.join(root, '.runner/event.json'),
      GITHUB_SHA: MERGE_SHA,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_RUN_ID: '99',
      GITHUB_STEP_SUMMARY: path.join(root, '.runner/summary.md'),
      GITHUB_TOKEN: TOKEN,
      SIGMA_CLIENT_SECRET: SIGMA_SECRET,
    },
  };
}

describe('grantform report github', () => {
  it('outside Actions, says in one sentence what is missing', async () => {
    const run = await runGrantform(['report', 'github', '.'], { env: { PATH: '/usr/bin' } });
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toBe(
      'Error: report github runs inside a GitHub Actions job, and GITHUB_ACTIONS, GITHUB_REPOSITORY, GITHUB_EVENT_PATH and GITHUB_SHA are not set: run it as a workflow step (see examples/github/grantform.yml)\n',
    );
    expect(run.stdout).toBe('');
  });

  it('run from the project folder, annotates the pull request head with repository-relative paths (git finds the root)', async () => {
    const server = await startFake();
    const { root, env } = await repository();
    const run = await runGrantform(['report', 'github', '.'], { cwd: path.join(root, 'access'), env: { ...env, GITHUB_API_URL: server.url } });

    expect(server.violations).toEqual([]);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1); // duplicate-grant is an error
    const [checkRun] = server.checkRuns;
    expect(checkRun?.head_sha).toBe(HEAD_SHA); // the head commit from the event, not GITHUB_SHA (the merge commit)
    expect(checkRun?.conclusion).toBe('failure');
    expect(checkRun?.annotations.map((annotation) => [annotation.path, annotation.start_line, annotation.title, annotation.annotation_level])).toEqual([
      ['access/teams/sales.yaml', 14, 'shadowed-by-team', 'warning'],
      ['access/teams/sales.yaml', 17, 'duplicate-grant', 'failure'],
    ]);
    expect(checkRun?.annotations[0]?.raw_details).toBe('access/teams/sales.yaml:11:5: the grant to team Sales that already gives it');
    expect(server.comments).toHaveLength(1);
    expect(server.comments[0]?.body.startsWith(commentMarker('access'))).toBe(true);
    expect(run.stdout).toContain('Check run grantform (failure) on a1b2c3d: 2 findings in 2 requests');
    expect(run.stdout).toContain('Pull request comment created: https://github.com/acme/sigma-access/pull/7#issuecomment-');
    const summary = await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8');
    expect(summary).toContain(`[access/teams/sales.yaml:17:5](https://github.com/acme/sigma-access/blob/${HEAD_SHA}/access/teams/sales.yaml#L17-L19)`);
  });

  it('without git, takes the root from GITHUB_WORKSPACE', async () => {
    const server = await startFake();
    const { root, env } = await repository({ git: false });
    const run = await runGrantform(['report', 'github', 'access'], { cwd: root, env: { ...env, GITHUB_API_URL: server.url, GITHUB_WORKSPACE: root } });
    expect(run.exitCode).toBe(1);
    expect(server.checkRuns[0]?.annotations.map((annotation) => annotation.path)).toEqual(['access/teams/sales.yaml', 'access/teams/sales.yaml']);
  });

  it('on a 403, prints the findings as workflow commands, writes the job summary and exits by the findings', async () => {
    const server = await startFake({ forbid: ['checks', 'comments'] });
    const { root, env } = await repository();
    const run = await runGrantform(['report', 'github', 'access'], { cwd: root, env: { ...env, GITHUB_API_URL: server.url } });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('::warning::The token cannot write check runs (create the check run failed (HTTP 403): Resource not accessible by integration)');
    expect(run.stdout).toMatch(/^::warning file=access\/teams\/sales\.yaml,line=14,endLine=16,col=5,title=grantform%3A shadowed-by-team::use on snowflake-prod/m);
    expect(run.stdout).toMatch(/^::error file=access\/teams\/sales\.yaml,line=17,endLine=19,col=5,title=grantform%3A duplicate-grant::team Sales is granted/m);
    const summary = await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8');
    expect(summary).toContain('The token cannot write check runs');
    expect(summary).toContain('duplicate-grant');
  });

  it('with warnings only, a 403 still exits 0', async () => {
    const server = await startFake({ forbid: ['checks', 'comments'] });
    const { root, env } = await repository({ files: { 'access/teams/sales.yaml': SALES.split('  - team: Sales\n    object: snowflake-prod\n    access: use\n').join('') } });
    const run = await runGrantform(['report', 'github', 'access'], { cwd: root, env: { ...env, GITHUB_API_URL: server.url } });
    expect(run.stdout).toContain('::warning file=access/teams/sales.yaml');
    expect(run.exitCode).toBe(0);
  });

  it('reports validation errors when the project does not load', async () => {
    const server = await startFake();
    const { root, env } = await repository({ files: { 'access/teams/sales.yaml': 'grants:\n  - team: Nobody\n    object: snowflake-prod\n    access: use\n' } });
    const run = await runGrantform(['report', 'github', 'access'], { cwd: root, env: { ...env, GITHUB_API_URL: server.url } });
    expect(run.exitCode).toBe(1);
    expect(server.checkRuns[0]?.conclusion).toBe('failure');
    expect(server.checkRuns[0]?.annotations.every((annotation) => annotation.path === 'access/teams/sales.yaml')).toBe(true);
    expect(server.checkRuns[0]?.annotations.length).toBeGreaterThan(0);
  });

  it('shows the saved plan: summary line in the comment, the plan folded, the whole plan in the job summary', async () => {
    const server = await startFake();
    const { root, env } = await repository();
    const planned = await runGrantform(['plan', 'access', '--out', 'grantform.plan'], { cwd: root, env: {} });
    expect(planned.exitCode).toBe(0);
    const run = await runGrantform(['report', 'github', 'access', '--plan', 'grantform.plan'], { cwd: root, env: { ...env, GITHUB_API_URL: server.url } });
    expect(server.violations).toEqual([]);
    expect(run.exitCode).toBe(1);
    const body = server.comments[0]?.body ?? '';
    expect(body).toContain('**Plan: 6 to create, 0 to update, 0 to delete, 0 to replace.**');
    expect(body).toContain('<summary>Full plan: 6 changes</summary>');
    expect(body).toContain('+ grant.team.Sales@snowflake-prod');
    expect(server.checkRuns[0]?.output.text).toContain('+ grant.team.Sales@snowflake-prod');
    const summary = await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8');
    expect(summary).toContain('### Plan (`grantform.plan`)');
    expect(summary).toContain('+ membership.Sales.radhika@example.com');
  });

  it('cuts a large saved plan to fit the comment, with a line that says where the whole plan is', async () => {
    const server = await startFake();
    const users = Array.from({ length: 3000 }, (_, index) => `  - email: person${index}@example.com\n    accountType: Viewer\n`).join('');
    const { root, env } = await repository({ files: { 'access/people.yaml': `users:\n${users}` } });
    expect((await runGrantform(['plan', 'access', '--out', 'grantform.plan'], { cwd: root, env: {} })).exitCode).toBe(0);
    await runGrantform(['report', 'github', 'access', '--plan', 'grantform.plan'], { cwd: root, env: { ...env, GITHUB_API_URL: server.url } });
    expect(server.violations).toEqual([]);
    const body = server.comments[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_535);
    expect(body).toContain('**Plan: 3006 to create, 0 to update');
    expect(body).toMatch(/The plan is cut here \([\d,]+ more lines\) to fit GitHub's 65,535-character comment limit\. The whole plan is in the \[job summary of this workflow run\]\(https:\/\/github\.com\/acme\/sigma-access\/actions\/runs\/99\) and the saved plan file `grantform\.plan`/);
    const summary = await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8');
    expect(summary).toContain('+ user.person2999@example.com');
  });

  it('refuses a plan file that is not one, in one sentence', async () => {
    const server = await startFake();
    const { root, env } = await repository({ files: { 'not-a-plan.json': '{}' } });
    const run = await runGrantform(['report', 'github', 'access', '--plan', 'not-a-plan.json'], { cwd: root, env: { ...env, GITHUB_API_URL: server.url } });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('Error: not-a-plan.json is not a grantform plan file (make one with grantform plan --out not-a-plan.json)\n');
  });

  it('never prints or sends the token or another secret, even with --debug', async () => {
    const server = await startFake({ forbid: ['comments'] });
    const { root, env } = await repository();
    await writeFile(path.join(root, 'access/notes.yaml'), `# password ${SIGMA_SECRET}\nusers: []\n`);
    const runs = [
      await runGrantform(['report', 'github', 'access', '--debug'], { cwd: root, env: { ...env, GITHUB_API_URL: server.url } }),
      await runGrantform(['report', 'github', 'access'], { cwd: root, env: { ...env, GITHUB_API_URL: server.url } }),
    ];
    const summary = await readFile(env.GITHUB_STEP_SUMMARY as string, 'utf8');
    const everything = [server.received(), summary, ...runs.flatMap((run) => [run.stdout, run.stderr])].join('\n');
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(SIGMA_SECRET);
    expect(runs.every((run) => !STACK_TRACE.test(run.stderr))).toBe(true);
  });
});
