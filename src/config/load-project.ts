// Loading a project: find its files, read and parse each keeping positions,
// validate each against its schema, then merge and resolve references.
// Problems come back as diagnostics, never as exceptions; a Project is
// returned only when there is no error.

import path from 'node:path';
import { isScalar } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { compareDiagnostics, hasErrors } from '../model/diagnostic.js';
import type { ProjectFile } from '../model/generated/project-file.js';
import type { Project, ProjectSettings, SourceFile } from '../model/project.js';
import { fileStartSpan, validationError } from './diagnostics.js';
import { parseYamlFile, type ParsedFile } from './parse-yaml.js';
import { boundaryMessage, isInside, realPathOfFuture, type BoundaryProblem } from './project-boundary.js';
import { findConfigFile, findResourceFiles } from './project-files.js';
import { DEFAULT_STATE_PATH, projectSettings } from './project-settings.js';
import { declarationsOf, resolveResources, type FileDeclarations } from './resolve-resources.js';
import { schemaDiagnostics } from './schema-errors.js';
import { schemaText, validatorFor, type SchemaName } from './schemas.js';
import { collectGarbage, LARGE_FILE_CHARACTERS, LARGE_PROJECT_CHARACTERS } from './large-files.js';
import { displayPathOf, readSourceFile, type ReadResult } from './source-text.js';
import { escapeUnsafe } from './unsafe-characters.js';
import { locate, valueSpan } from './yaml-nodes.js';
import { appendAll } from '../model/bulk.js';

export interface LoadResult {
  /** Present only when no diagnostic is an error. */
  readonly project?: Project;
  /** Every problem found, by file then position. */
  readonly diagnostics: readonly Diagnostic[];
  /** The files that were read, for tools that report on them (`--fix`, annotations). */
  readonly files: readonly SourceFile[];
}

export interface LoadOptions {
  /** Base of the paths that diagnostics print; default: the process's working directory. */
  readonly cwd?: string;
  /**
   * How a file's text is read; default: from disk. The language server passes
   * one that answers from the editor's open buffers, unsaved edits included.
   */
  readonly readFile?: (absolute: string, cwd: string) => Promise<ReadResult>;
  /**
   * Parsed and validated files kept between loads, by absolute path: a file
   * whose text has not changed is not parsed again (the language server
   * re-loads the project on every edit; the parse is what costs).
   */
  readonly cache?: LoadCache;
  /**
   * How the resource files are found; default: `findResourceFiles`, which
   * walks the folder. The language server keeps the listing between loads.
   */
  readonly findFiles?: typeof findResourceFiles;
  /**
   * How the files' declarations are merged and their references resolved;
   * default: `resolveResources`. The language server resolves again only the
   * files that changed.
   */
  readonly resolve?: typeof resolveResources;
}

export type LoadCache = Map<string, { readonly text: string; readonly result: FileResult }>;

/** Files are read this many at a time: enough to overlap I/O, few enough to bound memory. */
const READ_CONCURRENCY = 16;

export async function loadProject(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, dir);
  const shownRoot = displayPathOf(root, cwd);
  const lookup = await findConfigFile(root);
  if (lookup.kind === 'refused') return { diagnostics: [boundaryDiagnostic(lookup.problem, cwd)], files: [] };
  if (lookup.kind !== 'found') {
    const message =
      lookup.kind === 'not-a-directory'
        ? `${shownRoot} is not a directory: pass the folder that holds grantform.yaml`
        : lookup.kind === 'ambiguous'
          ? `${shownRoot} holds both grantform.yaml and grantform.yml: keep one`
          : `no grantform.yaml in ${shownRoot === '.' ? 'the current folder' : shownRoot}: a project is a folder with grantform.yaml at its root (see examples/quickstart)`;
    // A folder that is not there, or holds no project, is "could not run" (exit 3); two config files are a mistake in the files.
    const diagnostic = validationError('project', fileStartSpan(shownRoot), message);
    return { diagnostics: [lookup.kind === 'ambiguous' ? diagnostic : { ...diagnostic, couldNotRun: true }], files: [] };
  }

  const config = await loadAndValidate(lookup.path, lookup.path, 'grantform', cwd, options);
  if (!config.parsed) return { diagnostics: config.diagnostics, files: config.file ? [config.file] : [] };
  const settings = projectSettings(config.parsed.value as ProjectFile, root);
  const statePath = await statePathDiagnostic(settings.backend, lookup.realRoot, config.parsed);

  const found = await (options.findFiles ?? findResourceFiles)(root, settings.include, lookup.realRoot);
  const results = await mapBounded(found.files, READ_CONCURRENCY, (file) => loadAndValidate(file.path, file.real, 'resources', cwd, options));
  const diagnostics: Diagnostic[] = [
    ...config.diagnostics,
    ...statePath,
    ...found.problems.map((problem) => boundaryDiagnostic(problem, cwd)),
    ...found.unmatched.map((index) => unmatchedInclude(config.parsed as ParsedFile, index)),
  ];
  const declared: FileDeclarations[] = [];
  const files: SourceFile[] = [config.parsed.file];
  for (const result of results) {
    appendAll(diagnostics, result.diagnostics);
    if (result.file) files.push(result.file);
    if (result.declared) declared.push(result.declared);
  }
  // References are only checked across files that all parsed and validated:
  // otherwise a broken file would cause a cascade of "not declared" errors.
  if (hasErrors(diagnostics)) return { diagnostics: diagnostics.sort(compareDiagnostics), files };

  const { resources, diagnostics: resolution } = (options.resolve ?? resolveResources)(declared);
  appendAll(diagnostics, resolution);
  diagnostics.sort(compareDiagnostics);
  if (hasErrors(diagnostics)) return { diagnostics, files };

  const project: Project = {
    root,
    configFile: config.file as SourceFile,
    settings,
    files: declared.map((each) => each.file),
    ...resources,
  };
  // With a cache (the language server's), the documents stay in it: a collection would free nothing, at every edit.
  if (!options.cache && files.reduce((sum, file) => sum + file.text.length, 0) >= LARGE_PROJECT_CHARACTERS) {
    // The YAML documents are reachable only from these lists now: emptied, a collection frees them before the command works on the project.
    results.length = 0;
    declared.length = 0;
    collectGarbage();
  }
  return { project, diagnostics, files };
}

export interface FileResult {
  readonly file?: SourceFile;
  /** grantform.yaml parsed, when it is valid (small: kept for the settings and their positions). */
  readonly parsed?: ParsedFile;
  /** What a valid resource file declares; its YAML document is not kept. */
  readonly declared?: FileDeclarations;
  readonly diagnostics: Diagnostic[];
}

async function loadAndValidate(absolute: string, real: string, schema: SchemaName, cwd: string, options: LoadOptions): Promise<FileResult> {
  const read = options.readFile ? await options.readFile(absolute, cwd) : await readSourceFile(absolute, cwd, real);
  if (!read.ok) return { diagnostics: [read.diagnostic] };
  const cached = options.cache?.get(absolute);
  if (cached && cached.text === read.file.text && cached.result.file?.displayPath === read.file.displayPath) return cached.result;
  const result = parseAndValidate(read.file, schema);
  options.cache?.set(absolute, { text: read.file.text, result });
  return result;
}

function parseAndValidate(file: SourceFile, schema: SchemaName): FileResult {
  const read = { file };
  const parsed = parseYamlFile(read.file, topLevelKeysOf(schema));
  if (!parsed.ok) return { file: read.file, diagnostics: parsed.diagnostics };
  // yaml's parse tree of a large file is garbage now, before the checks below add to the heap (config/large-files.ts).
  if (file.text.length >= LARGE_FILE_CHARACTERS) collectGarbage();
  const validate = validatorFor(schema);
  if (validate(parsed.parsed.value)) {
    return schema === 'resources'
      ? { file: read.file, declared: declarationsOf(parsed.parsed), diagnostics: [] }
      : { file: read.file, parsed: parsed.parsed, diagnostics: [] };
  }
  return { file: read.file, diagnostics: schemaDiagnostics(validate.errors ?? [], parsed.parsed) };
}

/** A glob that matches nothing is a typo, or a file outside what grantform reads (ESLint says the same). */
function unmatchedInclude(config: ParsedFile, index: number): Diagnostic {
  const glob = (config.value as { include: string[] }).include[index] as string;
  const span = valueSpan(config.file.displayPath, config.counter, locate(config.document, ['include', index]));
  return validationError('file', span, `include "${escapeUnsafe(glob)}" matches no file in the project (hidden folders only when named, never .git/ or node_modules/)`);
}

function boundaryDiagnostic(problem: BoundaryProblem, cwd: string): Diagnostic {
  const shown = displayPathOf(problem.path, cwd);
  return validationError('file', fileStartSpan(escapeUnsafe(shown)), boundaryMessage(problem, shown));
}

/**
 * The local state file stays inside the project (after its folder's links
 * are resolved): a pull request must not make apply write elsewhere. The
 * command line (`--state`, GRANTFORM_STATE) may put it anywhere.
 */
async function statePathDiagnostic(backend: ProjectSettings['backend'], realRoot: string, config: ParsedFile): Promise<Diagnostic[]> {
  if (backend.type !== 'local') return [];
  const root = path.dirname(config.file.path);
  // A path that leaves on its face is refused without touching the file system there.
  const lexicallyInside = isInside(backend.path, root);
  if (lexicallyInside && isInside(await realPathOfFuture(backend.path), realRoot)) return [];
  const located = locate(config.document, ['backend', 'path']);
  const span = located.node ? valueSpan(config.file.displayPath, config.counter, located) : fileStartSpan(config.file.displayPath);
  const written = located.node && isScalar(located.node) && typeof located.node.value === 'string' ? located.node.value : DEFAULT_STATE_PATH;
  const how = lexicallyInside ? 'leads outside the project through a symbolic link' : 'is outside the project';
  const message = `backend.path "${escapeUnsafe(written)}" ${how}: the state file stays inside the project folder; to keep it elsewhere, pass --state PATH or set GRANTFORM_STATE`;
  return [validationError('file', span, message)];
}

const topLevelKeys = new Map<SchemaName, ReadonlySet<string>>();

/** The keys a file of this schema may hold at its top level (the precompiled validators carry no schema: read it once). */
function topLevelKeysOf(schema: SchemaName): ReadonlySet<string> {
  let keys = topLevelKeys.get(schema);
  if (!keys) {
    const root = JSON.parse(schemaText(schema)) as { properties?: Record<string, unknown> };
    keys = new Set(Object.keys(root.properties ?? {}));
    topLevelKeys.set(schema, keys);
  }
  return keys;
}

async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
