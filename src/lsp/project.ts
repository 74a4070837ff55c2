// One project as the editor sees it: the folder that holds grantform.yaml,
// its files on disk overlaid by the open buffers (unsaved edits included),
// analysed again after every change, incrementally: the disk files' texts
// and parses are kept (disk-files.ts), references are resolved again only
// where the edit can change them (grant-resolution.ts), the access index is
// derived from the previous one, and only the findings the edit can change
// are linted again (lint-scope.ts), the others kept (lint-findings.ts). The
// result is what `validate` then `lint` print for the same texts.

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AccessIndex } from '../access/access-index.js';
import { loadProject, type LoadCache, type LoadResult } from '../config/load-project.js';
import { CONFIG_FILE_NAMES, findConfigFile } from '../config/project-files.js';
import { displayPathOf, type ReadResult } from '../config/source-text.js';
import { FileLines } from '../lint/fix/file-lines.js';
import { GrantListLayout } from '../lint/fix/grant-removal.js';
import { lintProject } from '../lint/runner.js';
import type { Diagnostic, TextEdit } from '../model/diagnostic.js';
import type { GrantDecl, Project } from '../model/project.js';
import { DiskFiles } from './disk-files.js';
import { GrantResolution } from './grant-resolution.js';
import { LintFindings } from './lint-findings.js';
import { everything, lintDelta, type LintedProject } from './lint-scope.js';

export interface Analysis {
  readonly loaded: LoadResult;
  /** Present when the project loaded without error. */
  readonly project?: Project;
  readonly access?: AccessIndex;
  /** The latest project that loaded, for completion while the files have errors. */
  readonly known?: Project;
  /** The version of each open buffer this analysis read, by URI. */
  readonly versions: ReadonlyMap<string, number>;
  /** Files (display paths) with any diagnostic. */
  readonly files: ReadonlySet<string>;
  /** Validation then lint findings of one file (display path), as `validate` then `lint` print them. */
  diagnosticsOf(file: string): readonly Diagnostic[];
  /** Lint findings of one file; none while the project does not load. */
  lintOf(file: string): readonly Diagnostic[];
  /** The edits of a lint finding's fix (those of `lint --fix` for it alone), or undefined when it has none. */
  fixOf(diagnostic: Diagnostic): readonly TextEdit[] | undefined;
  /** The grants that `lint --fix` removes in one file. */
  removalsIn(file: string): ReadonlySet<GrantDecl>;
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

const NONE: readonly Diagnostic[] = [];

export class WorkspaceProject {
  private readonly cache: LoadCache = new Map();
  private readonly disk = new DiskFiles();
  private readonly resolution = new GrantResolution();
  /** The findings of `linted`, the last project that loaded. */
  private readonly findings = new LintFindings();
  private linted: LintedProject | undefined;
  /** Files with validation findings in the last analysis. */
  private validated: ReadonlySet<string> = new Set();
  /** Files whose diagnostics may have changed since `takeChanged` was last called (several analyses may run in between). */
  private unpublished: Set<string> | undefined;
  private current: Analysis | undefined;
  private pending: Promise<{ analysis: Analysis; changed: ReadonlySet<string> | undefined }> | undefined;
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

  /** The files whose diagnostics may differ from what the last call was told, undefined for any file; then starts again. */
  takeChanged(): ReadonlySet<string> | undefined {
    const changed = this.unpublished;
    this.unpublished = new Set();
    return changed;
  }

  /** The file on disk may have changed (the editor says so, or it was saved or closed): read it, and list the folder, again. */
  forget(file: string): void {
    this.disk.forget(file);
    this.stale = true;
  }

  /** The latest analysis; loads again only after a change. Concurrent callers share one load. */
  async analysis(): Promise<Analysis> {
    while (this.pending) await this.pending.catch(() => undefined);
    if (!this.stale && this.current) return this.current;
    this.stale = false;
    this.pending = this.analyze();
    try {
      const { analysis, changed } = await this.pending;
      this.current = analysis;
      if (!changed) this.unpublished = undefined;
      else if (this.unpublished) for (const file of changed) this.unpublished.add(file);
    } catch (error) {
      // What was kept may be half updated: the next analysis starts afresh.
      this.stale = true;
      this.linted = undefined;
      this.findings.clear();
      this.unpublished = undefined;
      throw error;
    } finally {
      this.pending = undefined;
    }
    return this.current;
  }

  private async analyze(): Promise<{ analysis: Analysis; changed: ReadonlySet<string> | undefined }> {
    const versions = new Map<string, number>();
    const readFile = async (absolute: string, cwd: string): Promise<ReadResult> => {
      const buffer = this.buffers.get(absolute);
      if (buffer === undefined) return this.disk.read(absolute, cwd);
      versions.set(pathToUri(absolute), buffer.version);
      const open = buffer.text;
      const text = open.charCodeAt(0) === 0xfeff ? open.slice(1) : open;
      return { ok: true, file: { path: absolute, displayPath: displayPathOf(absolute, cwd), text } };
    };
    this.resolution.begin();
    // Diagnostics name files relative to the project root, as the command line does when run there.
    const loaded = await loadProject(this.root, { cwd: this.root, readFile, cache: this.cache, findFiles: this.disk.find, resolve: this.resolution.resolve });
    const read = new Set(loaded.files.map((file) => file.path));
    for (const known of this.cache.keys()) if (!read.has(known)) this.cache.delete(known);
    this.disk.prune(read);

    const previous = this.current;
    const validation = new Map<string, Diagnostic[]>();
    for (const diagnostic of loaded.diagnostics) {
      const list = validation.get(diagnostic.span.file);
      if (list) list.push(diagnostic);
      else validation.set(diagnostic.span.file, [diagnostic]);
    }
    const validatedBefore = this.validated;
    this.validated = new Set(validation.keys());
    const files = this.resolution.files();
    if (!loaded.project || !files) {
      // Lint findings are not shown while the files do not validate (as on the command line).
      const changed = new Set([...(previous?.files ?? []), ...validation.keys()]);
      return { analysis: this.analysisOf({ loaded, versions, validation, linted: false, ...(previous?.known && { known: previous.known }) }), changed: previous && changed };
    }

    const project = loaded.project;
    const access = this.linted ? this.linted.access.derive(project) : new AccessIndex(project);
    const after: LintedProject = { project, access, files };
    const delta = this.linted && lintDelta(this.linted, after);
    let touched: Set<string>;
    if (delta) {
      touched = this.findings.replace(delta.stale, lintProject(project, { access, scope: delta.scope }).bySubject ?? new Map());
    } else {
      touched = this.findings.clear();
      const checked = lintProject(project, { access, scope: everything(access, project) }).bySubject ?? new Map();
      for (const file of this.findings.replace({ grants: [], users: [], teams: [] }, checked)) touched.add(file);
    }
    this.linted = after;
    const changed = new Set([...touched, ...validatedBefore, ...validation.keys()]);
    // A project that did not load before showed no lint findings: every file that has some changes.
    if (!previous?.project) for (const file of this.findings.files()) changed.add(file);
    return { analysis: this.analysisOf({ loaded, versions, validation, linted: true, project, access, known: project }), changed: previous && changed };
  }

  private analysisOf(parts: {
    loaded: LoadResult;
    versions: ReadonlyMap<string, number>;
    validation: ReadonlyMap<string, readonly Diagnostic[]>;
    linted: boolean;
    project?: Project;
    access?: AccessIndex;
    known?: Project;
  }): Analysis {
    const { validation, linted, project } = parts;
    // The findings are read from the store when asked: an analysis answers for as long as it is the latest.
    const findings = this.findings;
    const files = new Set([...validation.keys(), ...(linted ? findings.files() : [])]);
    const lintOf = (file: string) => (linted ? findings.of(file) : NONE);
    const grantsIn = (file: string) => this.linted?.files.get(file)?.grants ?? [];
    return {
      loaded: parts.loaded,
      versions: parts.versions,
      files,
      ...(project && { project }),
      ...(parts.access && { access: parts.access }),
      ...(parts.known && { known: parts.known }),
      diagnosticsOf: (file) => {
        const lint = lintOf(file);
        const valid = validation.get(file) ?? NONE;
        return lint.length === 0 ? valid : valid.length === 0 ? lint : [...valid, ...lint];
      },
      lintOf,
      fixOf: (diagnostic) => {
        const grant = linted ? findings.removalOf(diagnostic) : undefined;
        const text = grant && project?.files.find((file) => file.displayPath === grant.span.file)?.text;
        if (!grant || text === undefined) return undefined;
        // What the lint runner's fix is: the edits of the file's grants layout for this one removal.
        return new GrantListLayout(grant.span.file, new FileLines(text), grantsIn(grant.span.file)).edits(new Set([grant])) ?? [];
      },
      removalsIn: (file) => (linted ? findings.removalsIn(file) : new Set()),
    };
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
