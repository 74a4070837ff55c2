// The project folder is a boundary (#17): a pull request's author controls
// its files and links, and grantform runs on them in CI. Nothing grantform
// reads or writes on the project's say leaves the folder once symbolic links
// are resolved; a link that leaves, dangles or loops is named with where it
// points, never followed. These helpers resolve and describe; the walk is in
// project-files.ts.

import { lstat, readlink, realpath } from 'node:fs/promises';
import path from 'node:path';
import { escapeUnsafe } from './unsafe-characters.js';

/** Why a link (or an entry) is not read. */
export type BoundaryProblem =
  | { readonly kind: 'outside'; readonly path: string; readonly target: string }
  | { readonly kind: 'dangling'; readonly path: string; readonly target: string }
  | { readonly kind: 'loop'; readonly path: string; readonly target: string; readonly holdsLink?: boolean }
  | { readonly kind: 'not-a-file'; readonly path: string }
  | { readonly kind: 'unsafe-name'; readonly path: string; readonly character: string }
  | { readonly kind: 'unreadable'; readonly path: string; readonly code: string };

/** True when `candidate` (a real path) is `root` (a real path) or below it. */
export function isInside(candidate: string, root: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative));
}

export type Resolved = { ok: true; real: string } | { ok: false; problem: BoundaryProblem };

/** The real path of `absolute` if it is inside `realRoot`; otherwise why not. */
export async function resolveInside(absolute: string, realRoot: string): Promise<Resolved> {
  let real: string;
  try {
    real = await realpath(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    const target = await linkText(absolute);
    if (code === 'ELOOP') return { ok: false, problem: { kind: 'loop', path: absolute, target } };
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, problem: { kind: 'dangling', path: absolute, target } };
    return { ok: false, problem: { kind: 'unreadable', path: absolute, code } };
  }
  if (!isInside(real, realRoot)) return { ok: false, problem: { kind: 'outside', path: absolute, target: await linkText(absolute) } };
  return { ok: true, real };
}

/**
 * Where a path that may not exist yet (a state file) really is: the real
 * path of its nearest existing folder, with the rest appended. A link on the
 * way is followed, so `.grantform -> /tmp/x` is found to leave the project.
 */
export async function realPathOfFuture(absolute: string): Promise<string> {
  const missing: string[] = [];
  let current = absolute;
  for (;;) {
    try {
      const real = await realpath(current);
      return path.join(real, ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const parent = path.dirname(current);
      // A dangling link on the way: where it points decides where the file would be
      // (taken as written, without looking there: it may be outside).
      if (code === 'ENOENT' && (await lstat(current).catch(() => undefined))?.isSymbolicLink()) {
        return path.join(path.resolve(path.dirname(current), await readlink(current)), ...missing.reverse());
      }
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      if (parent === current) return path.join(current, ...missing.reverse());
      missing.push(path.basename(current));
      current = parent;
    }
  }
}

/** What the link says (readlink), or the path itself when it is not a link. */
async function linkText(absolute: string): Promise<string> {
  // The link named in the message may be a folder above the entry (sub/data/x.yaml through sub -> /etc).
  let current = absolute;
  for (;;) {
    const info = await lstat(current).catch(() => undefined);
    if (info?.isSymbolicLink()) return readlink(current).catch(() => '?');
    const parent = path.dirname(current);
    if (parent === current) return '?';
    current = parent;
  }
}

/** One sentence for a boundary problem, `shown` being the entry's path as messages show it. */
export function boundaryMessage(problem: BoundaryProblem, shown: string): string {
  const where = escapeUnsafe(shown);
  switch (problem.kind) {
    case 'outside':
      return `${where} is a symbolic link to ${escapeUnsafe(problem.target)}, outside the project: grantform reads only files inside the project folder`;
    case 'dangling':
      return `${where} is a symbolic link to ${escapeUnsafe(problem.target)}, which does not exist: remove the link or restore its target`;
    case 'loop':
      return `${where} is a symbolic link loop: it points to ${escapeUnsafe(problem.target)}, ${problem.holdsLink ? 'a folder that holds the link' : 'which leads back to the link itself'}`;
    case 'not-a-file':
      return `${where} is not a regular file (a pipe, socket or device): grantform reads only regular files`;
    case 'unsafe-name':
      return `the file name ${where} contains ${problem.character}: rename it`;
    case 'unreadable':
      return `cannot read ${where}: ${problem.code === 'EACCES' || problem.code === 'EPERM' ? 'permission denied' : problem.code}`;
  }
}
