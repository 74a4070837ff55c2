// One project as the editor sees it: the folder that holds grantform.yaml,
// its files on disk overlaid by the open buffers (unsaved edits included),
// loaded and linted again after every change. Parsed files are kept by path
// and text, so an edit re-parses only the file that changed; the cross-file
// analysis (references, access index, lint) runs again on the cached parses.

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AccessIndex } from '../access/access-index.js';
import { loadProject, type LoadCache, type LoadResult } from '../config/load-project.js';
import { CONFIG_FILE_NAMES, findConfigFile } from '../config/project-files.js';
import { readSourceFile, displayPathOf, type ReadResult } from '../config/source-text.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Project } from '../model/project.js';
import { lintProject, type LintResult } from '../lint/runner.js';

export interface Analysis {
  readonly loaded: LoadResult;
  /** Present when the project loaded without error. */
  readonly project?: Project;
  readonly access?: AccessIndex;
  readonly lint?: LintResult;
  /** The latest project that loaded, for completion while the files have errors. */
  readonly known?: Project;
  /** Validation and lint findings together, as `validate` then `lint` print them. */
  readonly diagnostics: readonly Diagnostic[];
  /** The version of each open buffer this analysis read, by URI. */
  readonly versions: ReadonlyMap<string, number>;
}

export interface OpenBuffer {
  readonly text: string;
  readonly version: number;
}

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return path.resolve(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

export class WorkspaceProject {
  private readonly cache: LoadCache = new Map();
  private current: Analysis | undefined;
  private pending: Promise<Analysis> | undefined;
  private stale = true;

  constructor(
    readonly root: string,
    private readonly buffers: ReadonlyMap<string, OpenBuffer>,
  ) {}

  /** Whether a file (absolute path) is part of this project's folder. */
  contains(file: string): boolean {
    const relative = path.relative(this.root, file);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  }

  absolute(displayPath: string): string {
    return path.resolve(this.root, displayPath);
  }

  displayPath(absolute: string): string {
    return displayPathOf(absolute, this.root);
  }

  invalidate(): void {
    this.stale = true;
  }

  /** The latest analysis; loads again only after a change. Concurrent callers share one load. */
  async analysis(): Promise<Analysis> {
    while (this.pending) await this.pending.catch(() => undefined);
    if (!this.stale && this.current) return this.current;
    this.stale = false;
    this.pending = this.analyze();
    try {
      this.current = await this.pending;
    } finally {
      this.pending = undefined;
    }
    return this.current;
  }

  private async analyze(): Promise<Analysis> {
    const versions = new Map<string, number>();
    const readFile = async (absolute: string, cwd: string): Promise<ReadResult> => {
      const buffer = this.buffers.get(absolute);
      if (buffer === undefined) return readSourceFile(absolute, cwd);
      versions.set(pathToUri(absolute), buffer.version);
      const open = buffer.text;
      const text = open.charCodeAt(0) === 0xfeff ? open.slice(1) : open;
      return { ok: true, file: { path: absolute, displayPath: displayPathOf(absolute, cwd), text } };
    };
    // Diagnostics name files relative to the project root, as the command line does when run there.
    const loaded = await loadProject(this.root, { cwd: this.root, readFile, cache: this.cache });
    for (const known of this.cache.keys()) if (!loaded.files.some((file) => file.path === known)) this.cache.delete(known);
    if (!loaded.project) return { loaded, versions, diagnostics: loaded.diagnostics, ...(this.current?.known && { known: this.current.known }) };
    const access = new AccessIndex(loaded.project);
    const lint = lintProject(loaded.project, { access });
    return { loaded, versions, project: loaded.project, known: loaded.project, access, lint, diagnostics: [...loaded.diagnostics, ...lint.diagnostics] };
  }
}

/** The nearest folder at or above `start` that holds grantform.yaml, stopping at `stop` when given. */
export async function findProjectRoot(start: string, stop?: string): Promise<string | undefined> {
  let dir = start;
  for (;;) {
    const lookup = await findConfigFile(dir);
    if (lookup.kind === 'found' || lookup.kind === 'ambiguous') return dir;
    const parent = path.dirname(dir);
    if (parent === dir || (stop !== undefined && dir === stop)) return undefined;
    dir = parent;
  }
}

export function isConfigFile(file: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(file));
}
