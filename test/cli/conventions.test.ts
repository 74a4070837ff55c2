// The command-line conventions users bring from ESLint, git and other CLIs:
// lint --max-warnings and --quiet, grantform.yaml found upward, --no-color
// (and NO_COLOR / FORCE_COLOR), -v / --version / version, and lint --format
// github within GitHub's annotation caps.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/cli/version.js';
import { manyFindingsProject } from '../support/many-findings.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

const CONFIG = 'backend:\n  type: local\n';
// One warning (redundant-grant), nothing else.
const ONE_WARNING = `connections:
  - name: snowflake-prod
    type: snowflake
users:
  - email: radhika@example.com
    accountType: Creator
grants:
  - user: radhika@example.com
    object: snowflake-prod
    access: use
  - user: radhika@example.com
    object: snowflake-prod/ANALYTICS
    access: use
`;

describe('lint --max-warnings and --quiet', () => {
  it('exits 1 only when the warnings exceed --max-warnings, and says so on stderr', async () => {
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'access.yaml': ONE_WARNING });
    expect((await runGrantform(['lint'], { cwd: dir })).exitCode).toBe(0);
    expect((await runGrantform(['lint', '--max-warnings', '1'], { cwd: dir })).exitCode).toBe(0);
    const over = await runGrantform(['lint', '--max-warnings', '0', '--format', 'json'], { cwd: dir });
    expect(over.exitCode).toBe(1);
    expect(over.stderr).toBe('grantform found too many warnings: 1, more than --max-warnings 0\n');
    expect(JSON.parse(over.stdout)).toMatchObject({ summary: { warnings: 1 } });
    const bad = await runGrantform(['lint', '--max-warnings', '-1'], { cwd: dir });
    expect(bad.exitCode).toBe(3);
    expect(bad.stderr).toContain('--max-warnings takes a whole number of at least 0, not "-1"');
  });

  it('--quiet reports errors only, in every format, and still counts warnings for --max-warnings', async () => {
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'access.yaml': ONE_WARNING });
    const quiet = await runGrantform(['lint', '--quiet'], { cwd: dir });
    expect(quiet).toMatchObject({ exitCode: 0 });
    expect(quiet.stdout).not.toContain('redundant-grant');
    expect(JSON.parse((await runGrantform(['lint', '--quiet', '--format', 'json'], { cwd: dir })).stdout)).toMatchObject({ diagnostics: [] });
    expect((await runGrantform(['lint', '--quiet', '--format', 'github'], { cwd: dir })).stdout).toBe('');
    expect((await runGrantform(['lint', '--quiet', '--max-warnings', '0'], { cwd: dir })).exitCode).toBe(1);
  });
});

describe('the project found upward', () => {
  it('finds grantform.yaml in the current folder or a parent, for every command that takes DIR', async () => {
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'access/team.yaml': ONE_WARNING });
    const deep = path.join(dir, 'access', 'deeper');
    await mkdir(deep);
    const validated = await runGrantform(['validate'], { cwd: deep });
    expect(validated.exitCode, validated.stdout + validated.stderr).toBe(0);
    expect(validated.stdout).toContain('is valid: 1 connection, 1 user, 0 teams, 2 grants in 1 file');
    expect((await runGrantform(['lint', '--format', 'json'], { cwd: deep })).stdout).toContain('redundant-grant');
    expect((await runGrantform(['plan', '--detailed-exitcode'], { cwd: deep })).exitCode).toBe(2);
    expect((await runGrantform(['apply', '--auto-approve'], { cwd: deep })).exitCode).toBe(0);
    expect((await runGrantform(['plan', '--detailed-exitcode'], { cwd: path.join(dir, 'access') })).exitCode).toBe(0);
    expect((await runGrantform(['explain', '--user', 'radhika@example.com', '--on', 'snowflake-prod'], { cwd: deep })).exitCode).toBe(0);
  });

  it('stops at the repository root, and without a project says so with exit 3', async () => {
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'repo/.git/HEAD': 'ref: refs/heads/main\n', 'repo/sub/readme.txt': '' });
    const run = await runGrantform(['validate'], { cwd: path.join(dir, 'repo', 'sub') });
    expect(run.exitCode).toBe(3);
    expect(run.stdout).toContain('no grantform.yaml in the current folder');
  });
});

describe('colour', () => {
  it('--no-color and NO_COLOR turn colour off on a terminal; FORCE_COLOR and --color turn it on when piped', async () => {
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'access.yaml': ONE_WARNING });
    const ansi = /\u001b\[/;
    expect((await runGrantform(['lint'], { cwd: dir, tty: true })).stdout).toMatch(ansi);
    expect((await runGrantform(['lint', '--no-color'], { cwd: dir, tty: true })).stdout).not.toMatch(ansi);
    expect((await runGrantform(['--no-color', 'lint'], { cwd: dir, tty: true })).stdout).not.toMatch(ansi);
    expect((await runGrantform(['lint'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ansi);
    // As picocolors reads it: an empty NO_COLOR does not count, and NO_COLOR wins over FORCE_COLOR.
    expect((await runGrantform(['lint'], { cwd: dir, tty: true, env: { NO_COLOR: '' } })).stdout).toMatch(ansi);
    expect((await runGrantform(['lint'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await runGrantform(['lint'], { cwd: dir })).stdout).not.toMatch(ansi);
    expect((await runGrantform(['lint'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).toMatch(ansi);
    expect((await runGrantform(['lint', '--color'], { cwd: dir })).stdout).toMatch(ansi);
    expect((await runGrantform(['lint', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } })).stdout).not.toMatch(ansi);
    expect((await runGrantform(['lint'], { cwd: dir, tty: true, env: { TERM: 'dumb' } })).stdout).not.toMatch(ansi);
  });
});

describe('the version', () => {
  it('is printed by -v, --version and version', async () => {
    for (const argv of [['-v'], ['--version'], ['version']]) {
      expect(await runGrantform(argv), argv.join(' ')).toEqual({ exitCode: 0, stdout: `${VERSION}\n`, stderr: '' });
    }
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('--help lists the new options and commands', async () => {
    const help = (await runGrantform(['--help'])).stdout;
    for (const text of ['-v, --version', '--no-color', 'version']) expect(help).toContain(text);
    const lint = (await runGrantform(['lint', '--help'])).stdout;
    for (const text of ['--max-warnings <n>', '--quiet', 'nearest parent']) expect(lint).toContain(text);
  });
});

describe('lint --format github within GitHub\'s caps', () => {
  it('emits errors, then warnings, then notices, at most 10 of each, then one notice with the rest and where they are', async () => {
    const dir = await writeProject(manyFindingsProject({ users: 25, duplicates: 12, emptyTeams: 3 }));
    const run = await runGrantform(['lint', '--format', 'github'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const lines = run.stdout.trimEnd().split('\n');
    const kinds = lines.map((line) => /^::(\w+) /.exec(line)?.[1]);
    expect(kinds).toEqual([...Array(10).fill('error'), ...Array(10).fill('warning'), ...Array(3).fill('notice'), 'notice']);
    const last = lines.at(-1) ?? '';
    expect(last).toMatch(/^::notice title=grantform%3A more findings::17 more grantform findings are not annotated \(2 errors, 15 warnings\): GitHub shows at most 10 of each kind per step; /);
    expect(last).toContain('report github');
    // Within a kind, file order stays.
    const lineNumbers = lines.slice(10, 20).map((line) => Number(/line=(\d+)/.exec(line)?.[1]));
    expect(lineNumbers).toEqual([...lineNumbers].sort((a, b) => a - b));
  });

  it('adds no notice when everything fits', async () => {
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'access.yaml': ONE_WARNING });
    const run = await runGrantform(['lint', '--format', 'github'], { cwd: dir });
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stdout).not.toContain('more findings');
  });
});
