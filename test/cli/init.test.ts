// `grantform init [DIR]`: a starter project that validates, lints clean and
// plans; `$schema` references that resolve to a file on this machine (the
// package's schemas/ when the project can see it, else the project's copy);
// never an existing file overwritten, and nothing written when one exists.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { schemaLocation, schemaReference } from '../../src/init/schema-references.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

const MODELINE = /^# yaml-language-server: \$schema=(\S+)\n/;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('grantform init', () => {
  it('writes a starter project that validates, lints clean and plans', async () => {
    const dir = path.join(await writeProject({}), 'new-project');
    const init = await runGrantform(['init', dir]);
    expect(init.stderr).toBe('');
    expect(init.exitCode).toBe(0);
    expect(init.stdout).toContain('Wrote a starter project in');
    const files = (await readdir(dir, { recursive: true })).map((file) => file.split(path.sep).join('/')).sort();
    expect(files).toEqual(expect.arrayContaining(['grantform.yaml', 'access/example.yaml', '.vscode/settings.json', '.grantform/schemas/resources.schema.json', '.grantform/schemas/grantform.schema.json']));

    expect(await runGrantform(['validate', dir])).toMatchObject({ exitCode: 0, stderr: '' });
    const lint = await runGrantform(['lint', dir]);
    expect(lint).toMatchObject({ exitCode: 0, stderr: '' });
    expect(lint.stdout).toContain('no findings');
    const plan = await runGrantform(['plan', dir, '--detailed-exitcode']);
    expect(plan.exitCode, plan.stderr).toBe(2);
    expect(plan.stdout).toContain('+ grant.team.Analysts@warehouse/ANALYTICS/REPORTING');

    const config = await readFile(path.join(dir, 'grantform.yaml'), 'utf8');
    expect(config).toContain('backend:\n  type: local\n');
    expect(config).toContain('# backend:\n#   type: sigma\n');
    expect(config).toContain('manage:\n');
    expect(config).toContain('safety:\n  maxDeletes: 25\n');
    // Every reference is a relative path to a schema file that exists.
    for (const file of ['grantform.yaml', 'access/example.yaml']) {
      const reference = MODELINE.exec(await readFile(path.join(dir, file), 'utf8'))?.[1];
      expect(reference, file).toMatch(/^\.\.?\//);
      const schema = JSON.parse(await readFile(path.resolve(path.dirname(path.join(dir, file)), reference as string), 'utf8')) as { $id: string };
      expect(schema.$id).toMatch(file === 'grantform.yaml' ? /grantform\.schema\.json$/ : /resources\.schema\.json$/);
    }
    const settings = JSON.parse(await readFile(path.join(dir, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
    expect(Object.values(settings['yaml.schemas'])).toEqual([
      ['grantform.yaml', 'grantform.yml'],
      ['access/**/*.yaml', 'access/**/*.yml'],
    ]);
    for (const schema of Object.keys(settings['yaml.schemas'])) await expect(readFile(path.join(dir, schema), 'utf8')).resolves.toContain('"$id"');
  });

  it('overwrites nothing: one sentence names the file, and nothing is written', async () => {
    const dir = await writeProject({ '.vscode/settings.json': '{ "editor.tabSize": 2 }\n' });
    const init = await runGrantform(['init'], { cwd: dir });
    expect(init.exitCode).toBe(1);
    expect(init.stderr).toBe('Error: .vscode/settings.json already exists: init never overwrites a file, so remove it or choose another folder\n');
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(['.vscode', path.join('.vscode', 'settings.json')]);
    expect(await readFile(path.join(dir, '.vscode/settings.json'), 'utf8')).toBe('{ "editor.tabSize": 2 }\n');

    await mkdir(path.join(dir, 'other'));
    await writeFile(path.join(dir, 'other/grantform.yaml'), 'backend: { type: local }\n');
    expect((await runGrantform(['init', 'other'], { cwd: dir })).stderr).toBe('Error: other/grantform.yaml already exists: init never overwrites a file, so remove it or choose another folder\n');
  });
});

describe('grantform init run from node_modules', () => {
  it('points into node_modules/grantform/schemas and writes no copy', async () => {
    // An installed layout: the package's files copied into the project's node_modules/grantform, its dependencies linked.
    if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) throw new Error('this test runs the built CLI: run `npm run build` first');
    const dir = await writeProject({ 'package.json': '{ "private": true }\n' });
    const installed = path.join(dir, 'node_modules/grantform');
    for (const part of ['bin', 'dist', 'schemas', 'package.json']) await cp(path.join(ROOT, part), path.join(installed, part), { recursive: true });
    for (const dependency of await readdir(path.join(ROOT, 'node_modules'))) {
      if (!dependency.startsWith('.')) await symlink(path.join(ROOT, 'node_modules', dependency), path.join(dir, 'node_modules', dependency));
    }
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(installed, 'bin/grantform.js'), 'init'], { cwd: dir });
    expect(stdout).toContain('Editors find the schemas of this grantform (node_modules/grantform/schemas)');
    expect(await readFile(path.join(dir, 'access/example.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\.\/node_modules\/grantform\/schemas\/resources\.schema\.json\n/);
    expect(await readFile(path.join(dir, 'grantform.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/node_modules\/grantform\/schemas\/grantform\.schema\.json\n/);
    expect(existsSync(path.join(dir, '.grantform/schemas'))).toBe(false);
  });
});

describe('where $schema references point', () => {
  const posix = path.posix;
  it('into node_modules/grantform/schemas when the package is installed in the project or a folder above it', () => {
    const installed = '/home/u/proj/node_modules/grantform/schemas';
    const location = schemaLocation('/home/u/proj', installed);
    expect(location).toEqual({ dir: installed, copy: false });
    expect(schemaReference('/home/u/proj/access/teams/sales.yaml', 'resources', location)).toBe('../../node_modules/grantform/schemas/resources.schema.json');
    expect(schemaReference('/home/u/proj/grantform.yaml', 'grantform', location)).toBe('./node_modules/grantform/schemas/grantform.schema.json');
    // A monorepo: installed at the repository root, the project in a folder of it.
    const above = schemaLocation('/repo/infra/sigma', '/repo/node_modules/grantform/schemas');
    expect(schemaReference('/repo/infra/sigma/access/a.yaml', 'resources', above)).toBe('../../../node_modules/grantform/schemas/resources.schema.json');
  });

  it("into the project's copy for a global install, or a project outside the package's checkout", () => {
    expect(schemaLocation('/home/u/proj', '/usr/lib/node_modules/grantform/schemas')).toEqual({ dir: posix.join('/home/u/proj', '.grantform/schemas'), copy: true });
    expect(schemaLocation('/tmp/p', '/work/grantform/schemas')).toEqual({ dir: '/tmp/p/.grantform/schemas', copy: true });
    // Inside the checkout itself (the examples): its own schemas/.
    const examples = schemaLocation('/work/grantform/examples/quickstart', '/work/grantform/schemas');
    expect(schemaReference('/work/grantform/examples/quickstart/grantform.yaml', 'grantform', examples)).toBe('../../schemas/grantform.schema.json');
  });
});
