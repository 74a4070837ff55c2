// The package as a user gets it: `npm pack` on a copy of this checkout (the
// files git knows, as a fresh clone has them, with this checkout's
// node_modules as `npm ci` would give), installed into an empty folder from
// the tarball, then the installed `grantform` run on a copied example. One
// pack and one install for the whole file: they are the slow part.
//
// The install resolves the dependency tree afresh from the registry (the
// empty folder has no lockfile): that is what a consumer gets, where
// package.json's `overrides` would not apply. npm warns EBADENGINE when a
// package of that tree refuses the running Node; CI runs this on 20, 22, 24.

import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface Finished {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

let work: string;
let app: string;
let installLog: string;
let tarball: string;

/** The environment without what an enclosing `npm run`/`npm test` sets, so that the child npm behaves as one a user starts. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!/^npm_/i.test(name)) env[name] = value;
  return { ...env, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

async function exec(command: string, args: readonly string[], cwd: string): Promise<Finished> {
  try {
    const { stdout, stderr } = await run(command, [...args], { cwd, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number | string; stdout?: string; stderr?: string };
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(error) };
  }
}

async function grantform(args: readonly string[]): Promise<Finished> {
  return exec(path.join(app, 'node_modules', '.bin', 'grantform'), args, app);
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'grantform-package-'));
  const checkout = path.join(work, 'checkout');
  // What a fresh clone holds: tracked files and new ones git does not ignore, without dist/.
  const listed = await exec('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], ROOT);
  expect(listed.code, listed.stderr).toBe(0);
  for (const file of listed.stdout.split('\0').filter((name) => name !== '' && existsSync(path.join(ROOT, name)))) {
    await mkdir(path.dirname(path.join(checkout, file)), { recursive: true });
    await cp(path.join(ROOT, file), path.join(checkout, file));
  }
  expect(existsSync(path.join(checkout, 'dist'))).toBe(false);
  await symlink(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');

  const packed = await exec(NPM, ['pack', '--json', '--pack-destination', work], checkout);
  expect(packed.code, packed.stderr).toBe(0);
  const [report] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { filename: string }[];
  tarball = path.join(work, report?.filename ?? '');

  app = path.join(work, 'app');
  await mkdir(app);
  await cp(path.join(ROOT, 'examples', 'quickstart'), path.join(app, 'access'), { recursive: true });
  await rm(path.join(app, 'access', '.grantform'), { recursive: true, force: true });
  await exec(NPM, ['init', '-y'], app);
  // --prefer-offline: the cache is warm after `npm ci`; the registry is asked only for what it lacks.
  const installed = await exec(NPM, ['install', '--save-dev', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=warn', tarball], app);
  installLog = `${installed.stdout}\n${installed.stderr}`;
  expect(installed.code, installLog).toBe(0);
}, 240_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('the packed and installed grantform', () => {
  it('installs with no engine warning and without a dependency needing a newer Node', async () => {
    expect(installLog).not.toMatch(/EBADENGINE|Unsupported engine/i);
    const tree = await exec(NPM, ['ls', '--all', '--json'], app);
    expect(tree.code, tree.stderr).toBe(0);
    // content-type@3 needs node >=22 (docs/packaging.md): it must not be in the tree.
    expect(JSON.stringify(JSON.parse(tree.stdout))).not.toMatch(/"content-type":\{"version":"3\./);
  });

  it('ships the built CLI, the schemas, the license and the metadata, and not the sources or tests', async () => {
    const installed = path.join(app, 'node_modules', 'grantform');
    // The bundle only (scripts/bundle.mjs): tsc's modules and the bundle's metafile stay in the checkout.
    expect(existsSync(path.join(installed, 'dist', 'bundle', 'main.js'))).toBe(true);
    expect(await readdir(path.join(installed, 'dist'))).toEqual(['bundle']);
    expect(existsSync(path.join(installed, 'dist', 'bundle', 'meta.json'))).toBe(false);
    expect(existsSync(path.join(installed, 'schemas', 'grantform.schema.json'))).toBe(true);
    expect(existsSync(path.join(installed, 'src'))).toBe(false);
    expect(await readdir(path.join(installed, 'test'), { recursive: true })).toEqual(['contract', path.join('contract', 'sigma-openapi.trimmed.json')]);
    const files = await readdir(installed, { recursive: true });
    expect(files.filter((file) => file.endsWith('.map') || file.endsWith('.ts'))).toEqual([]);
    const license = await readFile(path.join(installed, 'LICENSE'), 'utf8');
    expect(license).toContain('Apache License');
    expect(license).toContain('Version 2.0, January 2004');
    expect(license).toContain('END OF TERMS AND CONDITIONS');
    const manifest = JSON.parse(await readFile(path.join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      license: 'Apache-2.0',
      repository: { url: expect.stringContaining('github.com/grantform/grantform') },
      homepage: expect.stringContaining('github.com/grantform/grantform'),
      bugs: { url: expect.stringContaining('github.com/grantform/grantform/issues') },
    });
    expect(manifest).not.toHaveProperty('overrides');
  });

  it('runs --version, validate, lint and plan from the installed bin', async () => {
    const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const shown = await grantform(['--version']);
    expect(shown).toMatchObject({ code: 0, stdout: `${version}\n` });

    const validated = await grantform(['validate', 'access']);
    expect(validated.code, validated.stderr).toBe(0);

    const linted = await grantform(['lint', 'access', '--format', 'json']);
    expect(linted.code, linted.stderr).toBe(0);
    // The quick start has one grant without effect: a warning, so lint still exits 0.
    const findings = JSON.parse(linted.stdout) as { diagnostics: { severity: string }[] };
    expect(findings.diagnostics.map((each) => each.severity)).toEqual(['warning']);

    const planned = await grantform(['plan', 'access', '--detailed-exitcode']);
    expect(planned.code, planned.stderr).toBe(2);
    expect(planned.stdout).toMatch(/Plan: \d+ to create/);
    // plan reads the state and never writes one.
    expect(existsSync(path.join(app, 'access', '.grantform', 'state.json'))).toBe(false);
  });
});
