// `grantform show PLANFILE`, the schemas of both plan outputs, and the exit
// codes CI tells apart (docs/cli.md): 0 success, 1 findings / invalid /
// failed / refused, 2 changes with --detailed-exitcode, 3 could not run.

import { readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../src/config/schemas.js';
import { copyExample, editFile } from '../support/example-project.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('grantform show', () => {
  it('renders a saved plan as text, JSON and Markdown, as plan does; both plan outputs follow their schemas', async () => {
    const dir = await copyExample('quickstart');
    const planned = await runGrantform(['plan', '--out', 'plan.json', '--no-color'], { cwd: dir });
    expect(planned.exitCode).toBe(0);
    const text = await runGrantform(['show', 'plan.json'], { cwd: dir });
    expect(text.exitCode).toBe(0);
    expect(planned.stdout.startsWith(text.stdout)).toBe(true);
    expect(text.stdout).toContain('+ user.john@example.com');
    const json = await runGrantform(['show', 'plan.json', '--format', 'json'], { cwd: dir });
    const direct = await runGrantform(['plan', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(direct.stdout));
    const validatePlan = validatorFor('plan');
    expect(validatePlan(JSON.parse(json.stdout)), JSON.stringify(validatePlan.errors)).toBe(true);
    const markdown = await runGrantform(['show', 'plan.json', '--format', 'markdown'], { cwd: dir });
    expect(markdown.stdout).toBe((await runGrantform(['plan', '--format', 'markdown'], { cwd: dir })).stdout);
    const validateFile = validatorFor('plan-file');
    const saved = JSON.parse(await readFile(path.join(dir, 'plan.json'), 'utf8')) as Record<string, unknown>;
    expect(validateFile(saved), JSON.stringify(validateFile.errors)).toBe(true);
    // The schemas can fail: the saved file is not the JSON plan, and the other way round.
    expect(validatePlan(saved)).toBe(false);
    expect(validateFile(JSON.parse(json.stdout))).toBe(false);
    expect(validateFile({ ...saved, secret: 'x' })).toBe(false);
  });

  it('exits 1 on a file that is not a plan or was edited, 3 on one that does not exist', async () => {
    const dir = await copyExample('quickstart');
    await runGrantform(['plan', '--out', 'plan.json'], { cwd: dir });
    expect((await runGrantform(['show', 'nope.json'], { cwd: dir })).exitCode).toBe(3);
    expect((await runGrantform(['show', 'access.yaml'], { cwd: dir })).exitCode).toBe(1);
    await editFile(path.join(dir, 'plan.json'), (text) => text.replaceAll('john@example.com', 'jon@example.com'));
    const edited = await runGrantform(['show', 'plan.json'], { cwd: dir });
    expect(edited.exitCode).toBe(1);
    expect(edited.stderr).toContain('has been modified since it was made');
    expect((await runGrantform(['show'], { cwd: dir })).exitCode).toBe(3);
    expect((await runGrantform(['show', 'plan.json', '--format', 'html'], { cwd: dir })).exitCode).toBe(3);
  });
});

describe('exit codes, per command family', () => {
  it('validate: 0 valid, 1 invalid, 3 no project / usage', async () => {
    const dir = await copyExample('quickstart');
    expect((await runGrantform(['validate'], { cwd: dir })).exitCode).toBe(0);
    expect((await runGrantform(['validate', 'missing-folder'], { cwd: dir })).exitCode).toBe(3);
    expect((await runGrantform(['validate', '--bogus'], { cwd: dir })).exitCode).toBe(3);
    await editFile(path.join(dir, 'access.yaml'), (text) => text.replace('team: Finance', 'team: Finanse'));
    expect((await runGrantform(['validate'], { cwd: dir })).exitCode).toBe(1);
  });

  it('lint: 0 clean, 1 errors or too many warnings, 3 no grantform.yaml / usage', async () => {
    const dir = await copyExample('quickstart');
    expect((await runGrantform(['lint'], { cwd: dir })).exitCode).toBe(0);
    expect((await runGrantform(['lint', '--max-warnings', '0'], { cwd: dir })).exitCode).toBe(1);
    expect((await runGrantform(['lint', '--rule', 'shadowed-by-team=error'], { cwd: dir })).exitCode).toBe(1);
    expect((await runGrantform(['lint', '--format', 'sarif'], { cwd: await writeProject({ 'a.yaml': 'users: []\n' }) })).exitCode).toBe(3);
    expect((await runGrantform(['lint', '--rule', 'nope=error'], { cwd: dir })).exitCode).toBe(3);
  });

  it('plan: 0 success, 2 changes with --detailed-exitcode, 1 invalid or refused, 3 unreachable backend', async () => {
    const dir = await copyExample('quickstart');
    expect((await runGrantform(['plan'], { cwd: dir })).exitCode).toBe(0);
    expect((await runGrantform(['plan', '--detailed-exitcode'], { cwd: dir })).exitCode).toBe(2);
    await runGrantform(['apply', '--auto-approve'], { cwd: dir });
    expect((await runGrantform(['plan', '--detailed-exitcode'], { cwd: dir })).exitCode).toBe(0);
    await editFile(path.join(dir, 'grantform.yaml'), (text) => `${text}\nsafety:\n  maxDeletes: 0\n`);
    await editFile(path.join(dir, 'access.yaml'), (text) => text.replace(/ {2}- team: Finance\n {4}object: [^\n]+\n {4}access: [^\n]+\n/, ''));
    expect((await runGrantform(['plan'], { cwd: dir })).exitCode).toBe(1);
    const sigma = await writeProject({ 'grantform.yaml': 'backend:\n  type: sigma\n', 'a.yaml': 'users: []\n' });
    const env = { SIGMA_BASE_URL: `http://127.0.0.1:${await closedPort()}`, SIGMA_CLIENT_ID: 'id', SIGMA_CLIENT_SECRET: 'secret-value-1234' };
    const unreachable = await runGrantform(['plan'], { cwd: sigma, env });
    expect(unreachable.exitCode, unreachable.stderr).toBe(3);
    expect(unreachable.stderr).toMatch(/^Error: Cannot reach Sigma at http:\/\/127\.0\.0\.1:\d+ \(connection refused\)/);
    expect((await runGrantform(['plan'], { cwd: sigma, env: { SIGMA_BASE_URL: env.SIGMA_BASE_URL } })).exitCode).toBe(3);
  });

  it('apply: 0 done, 1 refused or stale, 3 no such plan file', async () => {
    const dir = await copyExample('quickstart');
    await runGrantform(['plan', '--out', 'plan.json'], { cwd: dir });
    expect((await runGrantform(['apply', 'missing.json', '--auto-approve'], { cwd: dir })).exitCode).toBe(3);
    expect((await runGrantform(['apply', 'plan.json'], { cwd: dir })).exitCode).toBe(1); // no terminal, no --auto-approve
    expect((await runGrantform(['apply', 'plan.json', '--auto-approve'], { cwd: dir })).exitCode).toBe(0);
    expect((await runGrantform(['apply', 'plan.json', '--auto-approve'], { cwd: dir })).exitCode).toBe(1); // stale now
  });

  it('explain: 0 answered, 1 unknown user or invalid project, 3 no project / usage', async () => {
    const dir = await copyExample('quickstart');
    expect((await runGrantform(['explain', '--on', 'snowflake-prod'], { cwd: dir })).exitCode).toBe(0);
    expect((await runGrantform(['explain', '--user', 'nobody@example.com'], { cwd: dir })).exitCode).toBe(1);
    expect((await runGrantform(['explain'], { cwd: dir })).exitCode).toBe(3);
    expect((await runGrantform(['explain', 'nowhere', '--on', 'snowflake-prod'], { cwd: dir })).exitCode).toBe(3);
  });

  it('report github: 3 outside a job or without a project, 0 / 1 by the findings', async () => {
    const dir = await copyExample('quickstart');
    expect((await runGrantform(['report', 'github'], { cwd: dir, env: {} })).exitCode).toBe(3);
    const event = path.join(dir, 'event.json');
    await writeFile(event, JSON.stringify({ pull_request: { number: 1, head: { sha: 'a'.repeat(40) } } }));
    const env = { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/access', GITHUB_EVENT_PATH: event, GITHUB_SHA: 'b'.repeat(40), GITHUB_EVENT_NAME: 'pull_request' };
    expect((await runGrantform(['report', 'github', 'nowhere'], { cwd: dir, env })).exitCode).toBe(3);
    const clean = await runGrantform(['report', 'github'], { cwd: dir, env });
    expect(clean.exitCode, clean.stderr).toBe(0);
    await editFile(path.join(dir, 'access.yaml'), (text) => `${text}  - team: Sales\n    object: snowflake-prod\n    access: use-and-annotate\n`);
    expect((await runGrantform(['report', 'github'], { cwd: dir, env })).exitCode).toBe(1);
  });
});
