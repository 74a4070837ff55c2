// plan and apply end to end, in-process on copies of examples/: every exit
// status, saved plans (fresh, stale each way), confirmation, the safety
// refusals, --target, the lock, and usage errors.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../src/config/schemas.js';
import { LocalBackend } from '../../src/backends/local/local-backend.js';
import { copyExample, editFile } from '../support/example-project.js';
import { runGrantform, STACK_TRACE } from '../support/temp-project.js';

describe('plan and apply on examples/quickstart', () => {
  it('plans, refuses to apply without a terminal or --auto-approve, applies, and converges', async () => {
    const dir = await copyExample('quickstart');
    const plan = await runGrantform(['plan'], { cwd: dir });
    expect(plan.exitCode).toBe(0);
    expect(plan.stdout).toContain('  + grant.team.Sales@snowflake-prod\n      access: "use-and-annotate"\n');
    expect(plan.stdout).toContain('Plan: 14 to create, 0 to update, 0 to delete, 0 to replace.');
    expect((await runGrantform(['plan', '--detailed-exitcode'], { cwd: dir })).exitCode).toBe(2);

    const refused = await runGrantform(['apply'], { cwd: dir });
    expect(refused).toMatchObject({ exitCode: 1, stderr: 'Error: apply asks for confirmation, but there is no terminal to ask on: review the plan, then pass --auto-approve\n' });

    const applied = await runGrantform(['apply', '--auto-approve'], { cwd: dir });
    expect(applied.exitCode).toBe(0);
    expect(applied.stdout).toContain('Apply complete: 14 done, 0 failed, 0 skipped.');
    expect(applied.stdout).toContain('Warnings:\n  connection snowflake-prod: password comes from $SNOWFLAKE_PASSWORD, which is not set');

    const after = await runGrantform(['plan', '--detailed-exitcode'], { cwd: dir });
    expect(after).toMatchObject({ exitCode: 0, stdout: 'No changes: the live state matches the files.\n' });
    expect(await runGrantform(['apply', '--auto-approve'], { cwd: dir })).toMatchObject({ exitCode: 0, stdout: 'No changes: the live state matches the files.\n' });
  });

  it('writes JSON that follows the plan schema, and Markdown for a PR comment', async () => {
    const dir = await copyExample('quickstart');
    const json = await runGrantform(['plan', dir, '--format', 'json']);
    const document = JSON.parse(json.stdout) as unknown;
    const validate = validatorFor('plan');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document).toMatchObject({ formatVersion: 1, backend: 'local', summary: { create: 14, update: 0, delete: 0, replace: 0, manual: 0 } });
    const markdown = await runGrantform(['plan', dir, '--format', 'markdown']);
    expect(markdown.stdout.split('\n')[0]).toBe('### grantform: Plan: 14 to create, 0 to update, 0 to delete, 0 to replace');
    expect(markdown.stdout).toContain('<details><summary><b>Creates and updates (14)</b></summary>');
  });

  it('asks on a terminal and goes ahead only on yes', async () => {
    const dir = await copyExample('quickstart');
    const declined = await runGrantform(['apply'], { cwd: dir, tty: true, stdin: 'y\n' });
    expect(declined.exitCode).toBe(1);
    expect(declined.stdout).toContain("Only 'yes' will be accepted to approve.");
    expect(declined.stdout).toContain('Apply cancelled: nothing was changed.');
    await expect(readFile(path.join(dir, '.grantform/state.json'))).rejects.toThrow();
    const accepted = await runGrantform(['apply'], { cwd: dir, tty: true, stdin: 'yes\n' });
    expect(accepted.exitCode).toBe(0);
    expect(accepted.stdout).toContain('Apply complete: 14 done');
  });
});

describe('plan and apply on examples/multi-file', () => {
  it('converges but for the SCIM-owned user, a manual step that later plans keep showing', async () => {
    const dir = await copyExample('multi-file');
    const applied = await runGrantform(['apply', dir, '--auto-approve']);
    expect(applied.exitCode).toBe(0);
    expect(applied.stdout).toContain('Manual steps pending (grantform cannot make these; later plans show them until they are done):\n    + user.sam@example.com: sam@example.com is provisioned by your identity provider (managedBy: scim)');
    expect(applied.stdout).toContain('    + membership.Finance.sam@example.com: not attempted because waits for the manual step on user.sam@example.com');
    const after = await runGrantform(['plan', dir, '--detailed-exitcode']);
    expect(after.exitCode).toBe(2);
    expect(after.stdout.match(/^ +[-+~/]+ \S.*$/gm)).toEqual(['  + user.sam@example.com (manual)', '  + membership.Finance.sam@example.com']);
    await editFile(path.join(dir, 'access/teams/sales.yaml'), (text) => text.replace(/access: use-and-annotate/, 'access: use'));
    const plan = await runGrantform(['plan', dir, '--detailed-exitcode']);
    expect(plan.exitCode).toBe(2);
    expect(plan.stdout).toContain('Plan: 2 to create, 0 to update, 0 to delete, 1 to replace; 1 of them is a manual step.');
    expect(plan.stdout).toMatch(/-\/\+ grant\.team\.Sales@\S+\n {6}access: "use-and-annotate" → "use"\n {6}# lowered from Can use & annotate to Can use: revoked, then granted again/);
  });
});

describe('saved plans', () => {
  it('applies an unchanged plan, and one whose files changed only in comments', async () => {
    const dir = await copyExample('quickstart');
    const saved = await runGrantform(['plan', dir, '--out', path.join(dir, 'plan.json')]);
    expect(saved.stdout).toContain(`Saved the plan to ${path.join(dir, 'plan.json')}`);
    await editFile(path.join(dir, 'access.yaml'), (text) => `# reviewed\n${text}`);
    const applied = await runGrantform(['apply', 'plan.json', '--auto-approve'], { cwd: dir });
    expect(applied.exitCode).toBe(0);
    expect((await runGrantform(['plan', '--detailed-exitcode'], { cwd: dir })).exitCode).toBe(0);
  });

  it('refuses a plan whose files have changed since', async () => {
    const dir = await copyExample('quickstart');
    await runGrantform(['plan', '--out', 'plan.json'], { cwd: dir });
    await editFile(path.join(dir, 'access.yaml'), (text) => text.replace('accountType: Viewer', 'accountType: Creator'));
    const result = await runGrantform(['apply', 'plan.json', '--auto-approve'], { cwd: dir });
    expect(result).toMatchObject({ exitCode: 1, stdout: '', stderr: 'Error: the plan plan.json is stale: access.yaml has changed since it was made; run grantform plan again\n' });
  });

  it('refuses a plan whose live state has changed since, also one made against an empty state', async () => {
    const dir = await copyExample('quickstart');
    await runGrantform(['plan', '--out', 'first.json'], { cwd: dir });
    await runGrantform(['plan', '--out', 'second.json'], { cwd: dir });
    expect((await runGrantform(['apply', 'second.json', '--auto-approve'], { cwd: dir })).exitCode).toBe(0);
    const result = await runGrantform(['apply', 'first.json', '--auto-approve'], { cwd: dir });
    expect(result).toMatchObject({
      exitCode: 1,
      stderr: 'Error: the plan first.json is stale: the live state has changed since it was made (the plan was made against an empty state); run grantform plan again\n',
    });
    await editFile(path.join(dir, 'access.yaml'), (text) => text.replace('accountType: Viewer', 'accountType: Creator'));
    await runGrantform(['plan', '--out', 'third.json'], { cwd: dir });
    await editFile(path.join(dir, '.grantform/state.json'), (text) => text.replace('"accountType":"Viewer"', '"accountType":"Explorer"'));
    const moved = await runGrantform(['apply', 'third.json', '--auto-approve'], { cwd: dir });
    expect(moved.stderr).toBe('Error: the plan third.json is stale: the live state has changed since it was made; run grantform plan again\n');
  });

  it('says what is wrong with a file that is not a plan', async () => {
    const dir = await copyExample('quickstart');
    const result = await runGrantform(['apply', 'access.yaml', '--auto-approve'], { cwd: dir });
    expect(result).toMatchObject({ exitCode: 1, stderr: 'Error: access.yaml is not a plan file: it is not JSON (make one with grantform plan --out access.yaml)\n' });
  });

  it('says that a missing plan file does not exist, before asking for confirmation', async () => {
    const dir = await copyExample('quickstart');
    const result = await runGrantform(['apply', 'plan.json'], { cwd: dir });
    expect(result.exitCode).toBe(3);
    expect(result.stderr).toMatch(/^error: plan\.json does not exist: pass a project folder \(holds grantform\.yaml\) or a plan file made by plan --out\n\nUsage: grantform apply/);
    expect(result.stderr).not.toContain('no terminal to ask on');
  });
});

describe('safety', () => {
  async function appliedQuickstart(config: (text: string) => string) {
    const dir = await copyExample('quickstart');
    await runGrantform(['apply', '--auto-approve'], { cwd: dir });
    await editFile(path.join(dir, 'grantform.yaml'), config);
    return dir;
  }

  it('refuses a plan that deletes more than maxDeletes without --allow-deletes', async () => {
    const dir = await appliedQuickstart((text) => text.replace('maxDeletes: 25', 'maxDeletes: 1'));
    await editFile(path.join(dir, 'access.yaml'), (text) => text.slice(0, text.indexOf('# Grants, from')));
    const refused = await runGrantform(['plan', '--out', 'p.json'], { cwd: dir });
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('Plan: 0 to create, 0 to update, 5 to delete, 0 to replace.');
    expect(refused.stderr).toBe('Error: the plan deletes or replaces 5 resources, more than safety.maxDeletes (1): review it, then run again with --allow-deletes (or raise safety.maxDeletes)\n');
    await expect(readFile(path.join(dir, 'p.json'))).rejects.toThrow();
    expect((await runGrantform(['apply', '--auto-approve'], { cwd: dir })).exitCode).toBe(1);
    expect((await runGrantform(['plan', '--out', 'p.json', '--allow-deletes'], { cwd: dir })).exitCode).toBe(0);
    expect((await runGrantform(['apply', 'p.json', '--auto-approve'], { cwd: dir })).exitCode).toBe(0);
  });

  it('refuses to deactivate users without safety.documentsOwner', async () => {
    const dir = await appliedQuickstart((text) => text.replace('users: additive', 'users: authoritative'));
    await editFile(path.join(dir, 'access.yaml'), (text) => text.replace(/  - email: mei@example.com\n(    .*\n)+/, '').replace('[radhika@example.com, mei@example.com]', '[radhika@example.com]'));
    const result = await runGrantform(['plan'], { cwd: dir });
    expect(result).toMatchObject({
      exitCode: 1,
      stderr: 'Error: the plan deactivates mei@example.com, but safety.documentsOwner is not set: name in grantform.yaml the user who receives their documents\n',
    });
  });

  it('limits a plan to --target and what it needs', async () => {
    const dir = await copyExample('quickstart');
    const result = await runGrantform(['plan', '--target', 'grant.team.Finance', '--target', 'user.nobody@example.com'], { cwd: dir });
    expect(result.exitCode).toBe(0);
    expect(result.stdout.match(/^ +[-+~/]+ \S.*$/gm)).toEqual(['  + team.Finance', '  + connection.snowflake-prod', '  + grant.team.Finance@snowflake-prod/ANALYTICS/REPORTING/REVENUE']);
    expect(result.stderr).toBe('Warning: --target user.nobody@example.com matches no change\n');
  });
});

describe('the lock', () => {
  it('refuses to apply while another run holds the state, naming it', async () => {
    const dir = await copyExample('quickstart');
    const other = new LocalBackend({ statePath: path.join(dir, '.grantform/state.json'), env: {}, grantformVersion: 'test' });
    const lock = await other.lock({ operation: 'apply', timeoutMs: 0 });
    try {
      const result = await runGrantform(['apply', '--auto-approve'], { cwd: dir });
      expect(result.exitCode).toBe(1);
      expect(result.stderr).toMatch(/^Error: the state .grantform\/state.json is locked by apply \(pid \d+ on .+\).* since .+, lock id [0-9a-f-]+: wait for it to finish, or pass --lock-timeout \(e\.g\. --lock-timeout 5m\) to wait for it\n$/);
    } finally {
      await lock.release();
    }
  });
});

describe('errors', () => {
  it('prints the usage for usage errors', async () => {
    const dir = await copyExample('quickstart');
    for (const argv of [['plan', '--format', 'xml'], ['apply', '--parallelism', '0', '--auto-approve'], ['apply', '--lock-timeout', 'soon', '--auto-approve'], ['apply', 'nowhere', '--auto-approve']]) {
      const result = await runGrantform(argv, { cwd: dir });
      expect(result.exitCode, argv.join(' ')).toBe(3);
      expect(result.stderr, argv.join(' ')).toContain(`Usage: grantform ${argv[0]}`);
    }
  });

  it('reports an invalid project with its diagnostics, and shows a stack only with --debug', async () => {
    const dir = await copyExample('quickstart');
    await editFile(path.join(dir, 'access.yaml'), (text) => text.replace('team: Finance', 'team: Finanse'));
    const result = await runGrantform(['plan'], { cwd: dir });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toMatch(/^access.yaml:\d+:\d+: error: grant names team "Finanse", which is not declared.*\nError: the project is not valid: fix the 1 error above\n$/s);
    expect(result.stderr).not.toMatch(STACK_TRACE);
    expect((await runGrantform(['plan', '--debug'], { cwd: dir })).stderr).toMatch(STACK_TRACE);
  });

  it('documents every option in --help', async () => {
    const plan = await runGrantform(['plan', '--help']);
    for (const option of ['--out', '--format', '--detailed-exitcode', '--target', '--allow-deletes', '--verbose']) expect(plan.stdout).toContain(option);
    const apply = await runGrantform(['apply', '--help']);
    for (const option of ['--auto-approve', '--parallelism', '--target', '--allow-deletes', '--lock-timeout', '--force-unlock', '--verbose']) expect(apply.stdout).toContain(option);
    expect((await runGrantform(['import', '--help'])).stdout).toContain('--out');
  });
});
