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
  /** Every folder listed, by its real path: while none of them changes, neither does the set of files (the language server keeps it). */
  readonly folders: readonly string[];
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
  const prefixes = patterns.map(folderMatcher);
  const matched = new Set<number>();
  const files: ResourceFile[] = [];
  const problems: BoundaryProblem[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>([realRootPath]);
  const links: Entry[] = [];

  const addFile = (entry: Entry, real: string) => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    files.push({ path: entry.path, real });
    each.forEach((test, index) => test(entry.relative) && matched.add(index));
  };

  // Folders are listed concurrently; links wait until the whole tree is
  // listed, so that what is reached both directly and through a link is
  // read where it really is, whatever the order of the listings.
  const folders: string[] = [];
  const walk = async (folderPath: string, relative: string, realFolder: string): Promise<void> => {
    folders.push(realFolder);
    let entries;
    try {
      entries = await readdir(folderPath, { withFileTypes: true });
    } catch (error) {
      problems.push({ kind: 'unreadable', path: folderPath, code: (error as NodeJS.ErrnoException).code ?? 'unknown error' });
      return;
    }
    const below: Promise<void>[] = [];
    for (const dirent of entries) {
      if (NEVER_ENTERED.has(dirent.name.toLowerCase())) continue;
      if (relative === '' && (CONFIG_FILE_NAMES as readonly string[]).includes(dirent.name)) continue;
      const childRelative = relative === '' ? dirent.name : `${relative}/${dirent.name}`;
      // Only what the entry's type needs: a file is never entered, a folder never read.
      const link = dirent.isSymbolicLink();
      const folder = !link && dirent.isDirectory();
      const asFile = !folder && each.some((test) => test(childRelative));
      const asFolder = (link || folder) && prefixes.some((couldHold) => couldHold(childRelative));
      if (!asFile && !asFolder) continue;
      const entry: Entry = { path: path.join(folderPath, dirent.name), relative: childRelative, realFolder, asFile, asFolder };
      const unsafe = describeUnsafeCharacter(dirent.name);
      if (unsafe) problems.push({ kind: 'unsafe-name', path: entry.path, character: unsafe });
      else if (link) links.push(entry);
      else if (folder) {
        const real = path.join(realFolder, dirent.name);
        seenFolders.add(real);
        below.push(walk(entry.path, childRelative, real));
      } else if (dirent.isFile()) addFile(entry, path.join(realFolder, dirent.name));
      else problems.push({ kind: 'not-a-file', path: entry.path });
    }
    await Promise.all(below);
  };

  const follow = async (link: Entry): Promise<void> => {
    const resolved = await resolveInside(link.path, realRootPath);
    if (!resolved.ok) {
      problems.push(resolved.problem);
      return;
    }
    const info = await stat(resolved.real);
    if (info.isDirectory()) {
      // A link to a folder that holds it would make the walk endless.
      if (isInside(link.realFolder, resolved.real)) problems.push({ kind: 'loop', path: link.path, target: await readlink(link.path), holdsLink: true });
      else if (link.asFolder && !seenFolders.has(resolved.real)) {
        seenFolders.add(resolved.real);
        await walk(link.path, link.relative, resolved.real);
      }
    } else if (link.asFile) {
      if (info.isFile()) addFile(link, resolved.real);
      else problems.push({ kind: 'not-a-file', path: link.path });
    }
  };

  await walk(root, '', realRootPath);
  // One link at a time, in path order: which path a twice-linked file is read under must not depend on timing.
  while (links.length > 0) {
    for (const link of links.splice(0).sort(byRelative)) await follow(link);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  problems.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const unmatched = include ? patterns.map((_pattern, index) => index).filter((index) => !matched.has(index)) : [];
  return { files, problems, unmatched, folders };
}

/** An entry of a listed folder that a glob could concern. */
interface Entry {
  readonly path: string;
  readonly relative: string;
  /** The real path of the folder that lists it. */
  readonly realFolder: string;
  /** A glob matches it as a file. */
  readonly asFile: boolean;
  /** A glob could match something below it. */
  readonly asFolder: boolean;
}

function byRelative(a: Entry, b: Entry): number {
  return a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0;
}

/**
 * For a glob, whether it could match something below the folder `relative`,
 * so that the walk enters only folders that matter. Conservative: when
 * unsure (a brace that may hold a `/`), it says yes; the file match decides.
 */
function folderMatcher(pattern: string): (relative: string) => boolean {
  if (pattern.includes('{')) {
    const namesHidden = pattern.includes('.');
    return (relative) => namesHidden || relative.split('/').every((name) => !name.startsWith('.'));
  }
  const segments = pattern.split('/');
  const tests = segments.map((segment) => (segment === '**' ? undefined : picomatch(segment, { dot: false })));
  return (relative) => {
    const folders = relative.split('/');
    for (const [index, name] of folders.entries()) {
      if (index >= segments.length) return false;
      const test = tests[index];
      if (test === undefined) {
        // `**` crosses only folders that are not hidden, unless a later segment names one.
        return folders.slice(index).every((each) => !each.startsWith('.')) || segments.slice(index + 1).some((each) => each.startsWith('.'));
      }
      if (!test(name)) return false;
    }
    return segments.length > folders.length;
  };
}
