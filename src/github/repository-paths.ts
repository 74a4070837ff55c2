// Annotations name files relative to the repository's root, whatever folder
// grantform ran from. The root is what git says it is (right even when
// actions/checkout put the repository under a `path:`), else the job's
// GITHUB_WORKSPACE (git may refuse a checkout owned by another user inside
// a container), else the working directory.

import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import path from 'node:path';

export interface RepositoryRoot {
  readonly path: string;
  readonly source: 'git' | 'GITHUB_WORKSPACE' | 'working directory';
}

export async function findRepositoryRoot(projectDir: string, workspace: string | undefined, cwd: string): Promise<RepositoryRoot> {
  const fromGit = await gitTopLevel(projectDir);
  if (fromGit !== undefined) return { path: await canonical(fromGit), source: 'git' };
  if (workspace !== undefined) return { path: await canonical(path.resolve(cwd, workspace)), source: 'GITHUB_WORKSPACE' };
  return { path: await canonical(cwd), source: 'working directory' };
}

/**
 * Maps a path as grantform prints it (relative to `cwd`, or absolute) to one
 * relative to `root` with `/` separators; undefined when it lies outside.
 */
export function toRepositoryPath(file: string, cwd: string, root: string): string | undefined {
  const relative = path.relative(root, path.resolve(cwd, file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/** The working directory with symbolic links resolved, so that it compares with git's answer. */
export async function canonical(dir: string): Promise<string> {
  try {
    return await realpath(dir);
  } catch {
    return path.resolve(dir);
  }
}

function gitTopLevel(dir: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', '--show-toplevel'], { cwd: dir, timeout: 10_000, windowsHide: true }, (error, stdout) => {
      const top = String(stdout).trim();
      resolve(error !== null || top === '' ? undefined : top);
    });
  });
}
