// The hostile-project corpus (#17): projects as a pull request's author
// could write them, to make grantform read or echo what lies beyond the
// project, print source text of files that are not access YAML, write the
// state elsewhere, or print raw control characters. Each must end with one
// sentence and exit 1 in every command and format, and:
//   - a marker written in files outside the project never appears in any
//     output, nor does a secret inside a file that is not access YAML;
//   - the process touches no path outside the project and the package (the
//     built CLI runs under a preload that logs every path given to fs);
//   - nothing is created outside the project;
//   - no output holds a raw control or bidirectional character.
// Needs the build (`npm test` builds first).

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_TRACE } from '../support/temp-project.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PRELOAD = path.join(ROOT, 'test/support/hostile/fs-access-log.mjs');
const DRIVER = path.join(ROOT, 'test/support/hostile/run-cli.mjs');

/** Written only outside the project: it must never be printed. */
const MARKER = 'OUTSIDE-MARKER-9c41f7d2';
/** Written inside the project, in files that are not access YAML: never printed either. */
const INSIDE = 'INSIDE-SECRET-5e0b83aa';
const INSIDE_BASIC = Buffer.from(`x-access-token:${INSIDE}`).toString('base64');

const CONFIG = 'backend:\n  type: local\n';
const VALID = 'users:\n  - email: a@example.com\n    accountType: Viewer\n';
/** Control and bidirectional characters, raw; `\n` is the only one an output may hold. */
const RAW_CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Every command and format that reads a project. */
const RUNS = [
  ['validate', '.'],
  ['validate', '.', '--format', 'json'],
  ['lint', '.'],
  ['lint', '.', '--format', 'json'],
  ['lint', '.', '--format', 'sarif'],
  ['lint', '.', '--format', 'github'],
  ['plan', '.'],
  ['plan', '.', '--format', 'markdown'],
  ['apply', '.', '--auto-approve'],
];

interface HostileCase {
  readonly name: string;
  readonly files?: Readonly<Record<string, string | Uint8Array>>;
  /** Symbolic links to make in the project: path → target, as written. */
  readonly links?: Readonly<Record<string, string>>;
  /** The one error's message (validate's text output). */
  readonly message: RegExp;
  /** Paths in the project that must never be opened or listed. */
  readonly neverRead?: readonly string[];
}

/** Outside the project, beside it: what a link or glob would reach. */
const OUTSIDE_FILES: Readonly<Record<string, string>> = {
  'secret.yaml': `users:\n  - email: ${MARKER}@example.com\n${MARKER}: [${MARKER}\n`,
  'dir/access.yaml': `teams:\n  - name: ${MARKER}\n    members: ${MARKER}\n`,
  'passwd': `root:x:0:0:${MARKER}:/root:/bin/bash\n`,
};

const CASES: readonly HostileCase[] = [
  { name: 'include of /etc/passwd', files: { 'grantform.yaml': `${CONFIG}include: [/etc/passwd]\n` }, message: /^grantform\.yaml:3:11: error: an include glob is relative to the project folder, not an absolute path/ },
  { name: 'include of an absolute path outside', files: { 'grantform.yaml': `${CONFIG}include: ['@OUTSIDE@/secret.yaml']\n` }, message: /an include glob is relative to the project folder, not an absolute path/ },
  { name: 'include of ../', files: { 'grantform.yaml': `${CONFIG}include: ['../outside/*.yaml']\n` }, message: /an include glob may not contain \.\./ },
  { name: 'include of .git/config', files: { 'grantform.yaml': `${CONFIG}include: [.git/config]\n`, '.git/config': `[http]\n\textraheader = AUTHORIZATION: basic ${INSIDE_BASIC}\n` }, message: /an include glob may not name \.git/, neverRead: ['.git'] },
  { name: 'include of **/.git/**', files: { 'grantform.yaml': `${CONFIG}include: ['**/.git/**']\n`, '.git/config': `token = ${INSIDE}\n` }, message: /an include glob may not name \.git/, neverRead: ['.git'] },
  {
    name: 'include that reaches .git/ by a wildcard',
    files: { 'grantform.yaml': `${CONFIG}include: ['.gi?/*']\n`, '.git/config': `token = ${INSIDE}\n` },
    message: /include "\.gi\?\/\*" matches no file in the project/,
    neverRead: ['.git'],
  },
  { name: 'a symbolic link to a file outside', files: { 'grantform.yaml': CONFIG }, links: { 'access.yaml': '../outside/secret.yaml' }, message: /^access\.yaml:1:1: error: access\.yaml is a symbolic link to \.\.\/outside\/secret\.yaml, outside the project/ },
  { name: 'a symbolic link to a folder outside', files: { 'grantform.yaml': CONFIG }, links: { access: '../outside/dir' }, message: /^access:1:1: error: access is a symbolic link to \.\.\/outside\/dir, outside the project/ },
  { name: 'a symbolic link to /etc', files: { 'grantform.yaml': CONFIG }, links: { 'teams/etc': '/etc' }, message: /teams\/etc is a symbolic link to \/etc, outside the project/ },
  { name: 'grantform.yaml linked outside', links: { 'grantform.yaml': '../outside/secret.yaml' }, message: /^grantform\.yaml:1:1: error: grantform\.yaml is a symbolic link to \.\.\/outside\/secret\.yaml, outside the project/ },
  { name: 'a dangling symbolic link', files: { 'grantform.yaml': CONFIG }, links: { 'access.yaml': 'missing.yaml' }, message: /access\.yaml is a symbolic link to missing\.yaml, which does not exist/ },
  { name: 'a symbolic link loop through a parent folder', files: { 'grantform.yaml': CONFIG, 'sub/a.yaml': VALID }, links: { 'sub/loop': '..' }, message: /^sub\/loop:1:1: error: sub\/loop is a symbolic link loop: it points to \.\., a folder that holds the link/ },
  { name: 'a symbolic link to itself', files: { 'grantform.yaml': CONFIG }, links: { 'self.yaml': 'self.yaml' }, message: /self\.yaml is a symbolic link loop/ },
  {
    name: 'a hidden folder is not read',
    files: { 'grantform.yaml': CONFIG, '.secrets/creds.yaml': `password: ${INSIDE}\n[[[`, 'access.yaml': 'user: []\n' },
    message: /^access\.yaml:1:1: error: unknown top-level key "user"; did you mean "users"\?/,
    neverRead: ['.secrets'],
  },
  {
    name: 'a hidden folder named by include, with a link out',
    files: { 'grantform.yaml': `${CONFIG}include: ['.access/*.yaml']\n`, '.access/a.yaml': VALID },
    links: { '.access/b.yaml': '../../outside/secret.yaml' },
    message: /\.access\/b\.yaml is a symbolic link to \.\.\/\.\.\/outside\/secret\.yaml, outside the project/,
  },
  { name: 'a binary file', files: { 'grantform.yaml': CONFIG, 'image.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x1b, 0x5b]) }, message: /image\.yaml is not valid UTF-8/ },
  { name: 'control characters that are valid UTF-8', files: { 'grantform.yaml': CONFIG, 'noise.yaml': `\u0000\u001b[2J\u0007${INSIDE}\u202e\n` }, message: /^noise\.yaml:\d+:\d+: error: [^\n]+\((yaml-syntax|schema)\)\n/ },
  { name: 'a huge single line', files: { 'grantform.yaml': CONFIG, 'huge.yaml': `users: [ "${INSIDE.repeat(40_000)} ]` }, message: /^huge\.yaml:1:\d+: error: [^\n]{1,200}\(yaml-syntax\)\n/ },
  {
    name: 'a credential in a syntax error',
    files: { 'grantform.yaml': CONFIG, 'ci.yaml': `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${INSIDE_BASIC}\n` },
    message: /^ci\.yaml:\d+:\d+: error: [^\n]+\(yaml-syntax\)\n/,
  },
  { name: 'a .env-like file', files: { 'grantform.yaml': CONFIG, 'settings.yaml': `API_TOKEN: ${INSIDE}\n` }, message: /^settings\.yaml:1:1: error: unknown top-level key; expected / },
  {
    name: 'a secret written inline in a connection',
    files: { 'grantform.yaml': CONFIG, 'c.yaml': `connections:\n  - name: pg\n    type: postgres\n    details: { host: h, user: u, password: ${INSIDE} }\n` },
    message: /a secret is written \{ env: NAME \}/,
  },
  { name: 'an ESC in a team name', files: { 'grantform.yaml': CONFIG, 'teams.yaml': 'teams:\n  - name: "Sales\\e[2K\\rdelete"\n' }, message: /^teams\.yaml:2:11: error: team name contains the control character U\+001B \(ESC\)/ },
  { name: 'a right-to-left override in an email', files: { 'grantform.yaml': CONFIG, 'users.yaml': 'users:\n  - email: "moc.elpmaxe@\\u202Eevil"\n    accountType: Viewer\n' }, message: /user email contains the bidirectional control character U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/ },
  { name: 'a NUL in an object path', files: { 'grantform.yaml': CONFIG, 'g.yaml': 'grants:\n  - team: All Members\n    object: "pg/pub\\0lic"\n    access: use\n' }, message: /grant object contains the control character U\+0000 \(NUL\)/ },
  { name: 'a 300-character name', files: { 'grantform.yaml': CONFIG, 't.yaml': `teams:\n  - name: ${'n'.repeat(300)}\n` }, message: /team name is 300 characters long; at most 256 allowed/ },
  { name: 'a file name with an escape sequence', files: { 'grantform.yaml': CONFIG, 'evil\u001b[2J.yaml': VALID }, message: /the file name evil\\u\{1B\}\[2J\.yaml contains the control character U\+001B \(ESC\)/ },
  { name: 'the state file outside', files: { 'grantform.yaml': 'backend:\n  type: local\n  path: ../outside/state.json\n' }, message: /^grantform\.yaml:3:9: error: backend\.path "\.\.\/outside\/state\.json" is outside the project/ },
  { name: 'the state file at an absolute path', files: { 'grantform.yaml': 'backend:\n  type: local\n  path: /tmp/grantform-hostile-state.json\n' }, message: /backend\.path "\/tmp\/grantform-hostile-state\.json" is outside the project/ },
  { name: 'the state folder linked outside', files: { 'grantform.yaml': CONFIG }, links: { '.grantform': '../outside' }, message: /backend\.path "\.grantform\/state\.json" leads outside the project through a symbolic link/ },
];

interface Run {
  readonly argv: readonly string[];
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

let base: string;
const made: { project: string; outside: string; before: string[] }[] = [];
let results: Run[][] = [];
/** Per case, every path the process gave to fs while it ran that case. */
const touchedByCase = new Map<number, string[]>();

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) throw new Error('this test runs the built CLI: run `npm run build` first');
  base = await realpath(await mkdtemp(path.join(tmpdir(), 'grantform-hostile-')));
  for (const [index, hostile] of CASES.entries()) {
    const { project, outside } = await makeCase(index, hostile);
    made.push({ project, outside, before: await listTree(outside) });
  }
  const log = path.join(base, 'fs.log');
  results = await runInstrumented(made.map(({ project }) => ({ cwd: project, runs: RUNS })), log);
  for (const line of (await readFile(log, 'utf8')).split('\n').filter(Boolean)) {
    const [tag, , touched] = line.split('\t') as [string, string, string];
    if (tag === '') continue; // loading the CLI, before the first case
    const index = Number(tag);
    const project = (made[index] as { project: string }).project;
    const absolute = touched.startsWith('file:') ? fileURLToPath(touched) : path.resolve(project, touched);
    touchedByCase.set(index, [...(touchedByCase.get(index) ?? []), absolute]);
  }
}, 120_000);

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function makeCase(index: number, hostile: HostileCase): Promise<{ project: string; outside: string }> {
  const dir = path.join(base, String(index));
  const project = path.join(dir, 'project');
  const outside = path.join(dir, 'outside');
  for (const [name, content] of Object.entries(OUTSIDE_FILES)) {
    await mkdir(path.dirname(path.join(outside, name)), { recursive: true });
    await writeFile(path.join(outside, name), content);
  }
  await mkdir(project, { recursive: true });
  for (const [name, content] of Object.entries(hostile.files ?? {})) {
    const target = path.join(project, name);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, typeof content === 'string' ? content.replaceAll('@OUTSIDE@', outside) : content);
  }
  for (const [name, target] of Object.entries(hostile.links ?? {})) {
    await mkdir(path.dirname(path.join(project, name)), { recursive: true });
    await symlink(target, path.join(project, name));
  }
  return { project, outside };
}

async function runInstrumented(jobs: { cwd: string; runs: readonly (readonly string[])[] }[], log: string): Promise<Run[][]> {
  const jobsFile = path.join(base, 'jobs.json');
  await writeFile(jobsFile, JSON.stringify(jobs));
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', PRELOAD, DRIVER, jobsFile],
      { cwd: base, env: { PATH: process.env.PATH ?? '', GRANTFORM_FS_LOG: log }, maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`the driver failed: ${stderr || error.message}`));
        else resolve(JSON.parse(stdout) as Run[][]);
      },
    );
  });
}

async function listTree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

describe('hostile projects', () => {
  it('has every case the issue names, and more', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    expect(new Set(CASES.map((each) => each.name)).size).toBe(CASES.length);
  });

  it.each(CASES.map((hostile, index) => [hostile.name, index, hostile] as const))('%s: one sentence, exit 1, nothing outside read or printed', async (_name, index, hostile) => {
    const { project, outside, before } = made[index] as (typeof made)[number];
    const runs = results[index] as Run[];
    expect(runs).toHaveLength(RUNS.length);

    for (const run of runs) {
      const shown = run.argv.join(' ');
      const output = run.stdout + run.stderr;
      expect(run.exitCode, `${shown}: ${output}`).toBe(1);
      expect(output, shown).not.toContain(MARKER);
      expect(output, shown).not.toContain(INSIDE);
      expect(output, shown).not.toContain(INSIDE_BASIC.slice(8, 40));
      expect(RAW_CONTROL.exec(output)?.[0], `${shown} printed a raw control character`).toBeUndefined();
      expect(output, shown).not.toMatch(STACK_TRACE);
      // No output is a dump of the file: a message is one line, short.
      expect(Math.max(...output.split('\n').map((line) => line.length)), shown).toBeLessThan(1_000);
    }

    const [text, json] = runs as [Run, Run];
    expect(text.stdout).toMatch(hostile.message);
    const diagnostics = (JSON.parse(json.stdout) as { diagnostics: { severity: string; message: string }[] }).diagnostics;
    expect(diagnostics.filter((each) => each.severity === 'error').map((each) => each.message)).toHaveLength(1);
    expect(text.stdout.split('\n').filter((line) => line.includes(': error: '))).toHaveLength(1);

    // Nothing was created beside the project (no state, lock or temp file).
    expect(await listTree(outside)).toEqual(before);
    expect(existsSync('/tmp/grantform-hostile-state.json')).toBe(false);

    // Every path the process gave to fs is in the project or in grantform's own package.
    const touched = touchedByCase.get(index) ?? [];
    expect(touched.length, 'the fs log holds this case').toBeGreaterThan(0);
    // SARIF finds the repository root as git does: by whether `.git` exists in
    // the project's ancestors (stat only, nothing there is opened or read).
    const ancestorsGit = new Set<string>();
    for (let folder = path.dirname(project); ; folder = path.dirname(folder)) {
      ancestorsGit.add(path.join(folder, '.git'));
      if (path.dirname(folder) === folder) break;
    }
    const allowed = (touchedPath: string) =>
      ancestorsGit.has(touchedPath) || [project, ROOT.replace(/\/$/, '')].some((root) => touchedPath === root || touchedPath.startsWith(`${root}/`));
    expect(touched.filter((each) => !allowed(each))).toEqual([]);
    for (const hidden of hostile.neverRead ?? []) {
      const inside = path.join(project, hidden);
      // `.git` itself may be tested for existence (the repository root, as above); nothing in it is ever opened.
      const lookedAt = (each: string) => (each === inside && hidden !== '.git') || each.startsWith(`${inside}/`);
      expect(touched.filter(lookedAt), `${hidden} was looked at`).toEqual([]);
    }
  });
});
