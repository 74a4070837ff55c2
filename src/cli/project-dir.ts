// Which project a command works on when no DIR is given: the nearest folder,
// from the working directory upward, that holds grantform.yaml, as git finds
// .git. The walk stops at a repository root (a folder with .git): a
// grantform.yaml above the repository belongs to someone else. With none
// found, the working directory is the project, and loading it says there is
// no grantform.yaml there (exit 3).

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { Argument } from 'commander';
import { CONFIG_FILE_NAMES } from '../config/project-files.js';

export const PROJECT_DIR_HELP = 'project folder (holds grantform.yaml); default: the current folder or the nearest parent that holds one';

export function projectArgument(description = PROJECT_DIR_HELP, name = '[dir]'): Argument {
  return new Argument(name, description);
}

/** `dir` as given, or the folder found upward from `cwd`, as a path relative to `cwd` ('.' when it is `cwd`). */
export async function findProjectDir(dir: string | undefined, cwd: string): Promise<string> {
  if (dir !== undefined) return dir;
  for (let folder = path.resolve(cwd); ; folder = path.dirname(folder)) {
    if (await holdsConfig(folder)) return path.relative(cwd, folder).split(path.sep).join('/') || '.';
    if ((await exists(path.join(folder, '.git'))) || path.dirname(folder) === folder) return '.';
  }
}

async function holdsConfig(folder: string): Promise<boolean> {
  for (const name of CONFIG_FILE_NAMES) {
    if ((await stat(path.join(folder, name)).catch(() => undefined))?.isFile()) return true;
  }
  return false;
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined)) !== undefined;
}
