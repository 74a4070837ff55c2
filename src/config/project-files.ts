// Which files make a project (DESIGN.md §2): grantform.yaml at the root, and
// every *.yaml / *.yml below it except grantform.yaml and hidden folders,
// unless `include:` globs name others. The folder is walked here rather than
// by a glob library so that every symbolic link is seen and checked (#17):
// a link is followed only when it resolves inside the project; one that
// leaves, dangles or loops is reported, and `.git/` is never entered.

import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { isInside, resolveInside, type BoundaryProblem } from './project-boundary.js';
import { describeUnsafeCharacter } from './unsafe-characters.js';

export const CONFIG_FILE_NAMES = ['grantform.yaml', 'grantform.yml'] as const;
const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml'];
/** Never entered, whatever `include:` says: a repository's internals, and installed packages. */
const NEVER_ENTERED = new Set(['.git', 'node_modules']);

export type ConfigLookup =
  | { kind: 'found'; path: string; realRoot: string }
  | { kind: 'not-a-directory' }
  | { kind: 'missing' }
  | { kind: 'ambiguous'; paths: string[] }
  | { kind: 'refused'; problem: BoundaryProblem };

export async function findConfigFile(root: string): Promise<ConfigLookup> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) return { kind: 'not-a-directory' };
  const realRoot = await realpath(root);
  const found: string[] = [];
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(root, name);
    const entry = await lstat(candidate).catch(() => undefined);
    if (!entry) continue;
    if (entry.isSymbolicLink()) {
      const resolved = await resolveInside(candidate, realRoot);
      if (!resolved.ok) return { kind: 'refused', problem: resolved.problem };
      if (!(await stat(resolved.real)).isFile()) continue;
    } else if (!entry.isFile()) {
      continue;
    }
    found.push(candidate);
  }
  if (found.length > 1) return { kind: 'ambiguous', paths: found };
  return found[0] ? { kind: 'found', path: found[0], realRoot } : { kind: 'missing' };
}

export interface ResourceFile {
  /** The path under the project root as given (through links): what messages show. */
  readonly path: string;
  /** Where the file really is, inside the project: what is read. */
  readonly real: string;
}

export interface ResourceFileSet {
  readonly files: readonly ResourceFile[];
  readonly problems: readonly BoundaryProblem[];
  /** The indexes of the `include` globs that matched no file. */
  readonly unmatched: readonly number[];
}

/**
 * The resource files under `root` that `include` (default: every *.yaml and
 * *.yml) matches, sorted by path. Hidden files and folders match only a glob
 * that names them (`.github/access/*.yaml`), as with picomatch's `dot: false`.
 */
export async function findResourceFiles(root: string, include?: readonly string[], realRoot?: string): Promise<ResourceFileSet> {
  const realRootPath = realRoot ?? (await realpath(root));
  const patterns = [...(include ?? DEFAULT_INCLUDE)];
  const each = patterns.map((pattern) => picomatch(pattern, { dot: false }));
  const matched = new Set<number>();
  const matches = (relative: string) => each.some((test) => test(relative));
  const files: ResourceFile[] = [];
  const problems: BoundaryProblem[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>([realRootPath]);

  const walk = async (folder: string, relative: string, realFolder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (error) {
      problems.push({ kind: 'unreadable', path: folder, code: (error as NodeJS.ErrnoException).code ?? 'unknown error' });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (NEVER_ENTERED.has(entry.name.toLowerCase())) continue;
      const childRelative = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (relative === '' && (CONFIG_FILE_NAMES as readonly string[]).includes(entry.name)) continue;
      const child = path.join(folder, entry.name);
      const asFile = matches(childRelative);
      const asFolder = couldHoldMatches(childRelative, patterns);
      if (!asFile && !asFolder) continue;
      const unsafe = describeUnsafeCharacter(entry.name);
      if (unsafe) {
        problems.push({ kind: 'unsafe-name', path: child, character: unsafe });
        continue;
      }
      let real = path.join(realFolder, entry.name);
      let kind: 'file' | 'folder' | 'other';
      if (entry.isSymbolicLink()) {
        const resolved = await resolveInside(child, realRootPath);
        if (!resolved.ok) {
          problems.push(resolved.problem);
          continue;
        }
        real = resolved.real;
        const info = await stat(real);
        kind = info.isFile() ? 'file' : info.isDirectory() ? 'folder' : 'other';
        // A link to a folder that holds it would make the walk endless.
        if (kind === 'folder' && isInside(realFolder, real)) {
          problems.push({ kind: 'loop', path: child, target: await readlink(child), holdsLink: true });
          continue;
        }
      } else {
        kind = entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other';
      }
      if (kind === 'folder') {
        // A folder reached twice (directly and through a link) is read once.
        if (!asFolder || seenFolders.has(real)) continue;
        seenFolders.add(real);
        await walk(child, childRelative, real);
      } else if (asFile) {
        if (kind === 'other') problems.push({ kind: 'not-a-file', path: child });
        else if (!seenFiles.has(real)) {
          seenFiles.add(real);
          files.push({ path: child, real });
          each.forEach((test, index) => test(childRelative) && matched.add(index));
        }
      }
    }
  };
  await walk(root, '', realRootPath);
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const unmatched = include ? patterns.map((_pattern, index) => index).filter((index) => !matched.has(index)) : [];
  return { files, problems, unmatched };
}

/**
 * Whether a glob could match something below the folder `relative`, so that
 * the walk enters only folders that matter. Conservative: when unsure (a
 * brace that may hold a `/`), it says yes; the file match decides in the end.
 */
function couldHoldMatches(relative: string, patterns: readonly string[]): boolean {
  const folders = relative.split('/');
  return patterns.some((pattern) => {
    if (pattern.includes('{')) return folders.every((name) => !name.startsWith('.')) || pattern.includes('.');
    const segments = pattern.split('/');
    for (const [index, name] of folders.entries()) {
      const segment = segments[index];
      if (segment === undefined) return false;
      if (segment === '**') {
        // `**` crosses only folders that are not hidden, unless a later segment names one.
        return folders.slice(index).every((each) => !each.startsWith('.')) || segments.slice(index + 1).some((each) => each.startsWith('.'));
      }
      if (!picomatch.isMatch(name, segment, { dot: false })) return false;
    }
    return segments.length > folders.length;
  });
}
