// The folder that SARIF's `%SRCROOT%` stands for: the repository root, so
// that code scanning finds each file whatever folder grantform ran from
// (`lint ..` from access/ still says access/many.yaml). Found by walking up
// from the project to a `.git` (a folder, or the file of a worktree), without
// running git; else GITHUB_WORKSPACE when it holds the project (a job's
// checkout that git cannot read); else the project folder itself.

import { stat } from 'node:fs/promises';
import path from 'node:path';

export async function findSourceRoot(projectRoot: string, env: Readonly<Record<string, string | undefined>>, cwd: string): Promise<string> {
  for (let folder = path.resolve(projectRoot); ; folder = path.dirname(folder)) {
    if ((await stat(path.join(folder, '.git')).catch(() => undefined)) !== undefined) return folder;
    if (path.dirname(folder) === folder) break;
  }
  const workspace = env.GITHUB_WORKSPACE;
  if (workspace !== undefined && workspace !== '') {
    const root = path.resolve(cwd, workspace);
    const relative = path.relative(root, path.resolve(projectRoot));
    if (!relative.startsWith('..') && !path.isAbsolute(relative)) return root;
  }
  return path.resolve(projectRoot);
}
