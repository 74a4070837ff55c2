// The project folder as a boundary (#17), from the loader's side: what it
// reads inside the project, and what it refuses. The hostile corpus
// (test/cli/hostile-projects.test.ts) runs the attacks end to end.

import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/config/load-project.js';
import { writeProject } from '../support/temp-project.js';

const CONFIG = 'backend:\n  type: local\n';
const user = (email: string) => `users:\n  - email: ${email}\n    accountType: Viewer\n`;

async function shownFiles(dir: string): Promise<string[]> {
  const { project, diagnostics } = await loadProject(dir);
  expect(diagnostics.map((each) => each.message)).toEqual([]);
  return (project?.files ?? []).map((file) => path.relative(dir, file.path));
}

describe('the project boundary', () => {
  it('reads a linked file or folder that stays inside the project, once, where the link is', async () => {
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'shared/people.txt': user('a@example.com'), 'real/teams.yml': 'teams: []\n' });
    await symlink('shared/people.txt', path.join(dir, 'people.yaml'));
    // The folder is reached twice, directly and through the link: its files are read once, where they really are.
    await symlink('real', path.join(dir, 'alias'));
    expect(await shownFiles(dir)).toEqual(['people.yaml', 'real/teams.yml']);
  });

  it('reads hidden folders only when a glob names them, and never .git/ or node_modules/', async () => {
    const dir = await writeProject({
      'grantform.yaml': `${CONFIG}include: ['**/*.yaml', '.access/*.yaml']\n`,
      '.access/a.yaml': user('a@example.com'),
      '.other/b.yaml': 'not: [valid\n',
      'sub/.hidden/c.yaml': 'not: [valid\n',
      'node_modules/pkg/d.yaml': 'not: [valid\n',
      'e.yaml': user('e@example.com'),
    });
    await mkdir(path.join(dir, '.git'));
    expect(await shownFiles(dir)).toEqual(['.access/a.yaml', 'e.yaml']);
  });

  it('names an include glob that matches nothing, at its place in grantform.yaml', async () => {
    const dir = await writeProject({ 'grantform.yaml': `${CONFIG}include: ['access/*.yaml', 'acess/*.yaml']\n`, 'access/a.yaml': user('a@example.com') });
    const { diagnostics } = await loadProject('.', { cwd: dir });
    expect(diagnostics.map((each) => [each.span.file, each.span.start.line, each.span.start.column, each.message])).toEqual([
      ['grantform.yaml', 3, 28, 'include "acess/*.yaml" matches no file in the project (hidden folders only when named, never .git/ or node_modules/)'],
    ]);
  });

  it('refuses include globs that are absolute, climb with .., or name .git', async () => {
    for (const [glob, message] of [
      ['/etc/*.conf', 'an include glob is relative to the project folder, not an absolute path: grantform reads only files inside the project'],
      ['C:/access/*.yaml', 'an include glob is relative to the project folder, not an absolute path: grantform reads only files inside the project'],
      ['access/../../x/*.yaml', 'an include glob may not contain ..: it is relative to the project folder and cannot leave it'],
      ['{.git,x}/config', "an include glob may not name .git: grantform never reads a repository's internals"],
      ['sub/.GIT/config', "an include glob may not name .git: grantform never reads a repository's internals"],
    ] as const) {
      const dir = await writeProject({ 'grantform.yaml': `${CONFIG}include: ['${glob}']\n` });
      const { diagnostics } = await loadProject(dir);
      expect(diagnostics.map((each) => each.message), glob).toEqual([message]);
    }
  });

  it('keeps the local state inside the project, and accepts a state folder that does not exist yet', async () => {
    const inside = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n  path: state/deep/s.json\n' });
    expect((await loadProject(inside)).diagnostics).toEqual([]);
    const outside = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n  path: state/../../s.json\n' });
    expect((await loadProject('.', { cwd: outside })).diagnostics.map((each) => each.message)).toEqual([
      'backend.path "state/../../s.json" is outside the project: the state file stays inside the project folder; to keep it elsewhere, pass --state PATH or set GRANTFORM_STATE',
    ]);
    const dangling = await writeProject({ 'grantform.yaml': CONFIG });
    await symlink('/nonexistent-grantform-dir', path.join(dangling, '.grantform'));
    expect((await loadProject(dangling)).diagnostics.map((each) => each.message)).toEqual([
      'backend.path ".grantform/state.json" leads outside the project through a symbolic link: the state file stays inside the project folder; to keep it elsewhere, pass --state PATH or set GRANTFORM_STATE',
    ]);
  });
});
