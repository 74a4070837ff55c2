// Loading a project: find its files, read and parse each keeping positions,
// validate each against its schema, then merge and resolve references.
// Problems come back as diagnostics, never as exceptions; a Project is
// returned only when there is no error.

import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import { compareDiagnostics, hasErrors } from '../model/diagnostic.js';
import type { ProjectFile } from '../model/generated/project-file.js';
import type { Project, SourceFile } from '../model/project.js';
import { fileStartSpan, validationError } from './diagnostics.js';
import { parseYamlFile, type ParsedFile } from './parse-yaml.js';
import { findConfigFile, findResourceFiles } from './project-files.js';
import { projectSettings } from './project-settings.js';
import { resolveResources } from './resolve-resources.js';
import { schemaDiagnostics } from './schema-errors.js';
import { validatorFor, type SchemaName } from './schemas.js';
import { displayPathOf, readSourceFile, type ReadResult } from './source-text.js';

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
}

export type LoadCache = Map<string, { readonly text: string; readonly result: FileResult }>;

/** Files are read this many at a time: enough to overlap I/O, few enough to bound memory. */
const READ_CONCURRENCY = 16;

export async function loadProject(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = path.resolve(cwd, dir);
  const shownRoot = displayPathOf(root, cwd);
  const lookup = await findConfigFile(root);
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

  const config = await loadAndValidate(lookup.path, 'grantform', cwd, options);
  if (!config.parsed) return { diagnostics: config.diagnostics, files: config.file ? [config.file] : [] };
  const settings = projectSettings(config.parsed.value as ProjectFile, root);

  const paths = await findResourceFiles(root, settings.include);
  const results = await mapBounded(paths, READ_CONCURRENCY, (file) => loadAndValidate(file, 'resources', cwd, options));
  const diagnostics: Diagnostic[] = [...config.diagnostics];
  const parsedFiles: ParsedFile[] = [];
  const files: SourceFile[] = [config.parsed.file];
  for (const result of results) {
    diagnostics.push(...result.diagnostics);
    if (result.file) files.push(result.file);
    if (result.parsed) parsedFiles.push(result.parsed);
  }
  // References are only checked across files that all parsed and validated:
  // otherwise a broken file would cause a cascade of "not declared" errors.
  if (hasErrors(diagnostics)) return { diagnostics: diagnostics.sort(compareDiagnostics), files };

  const { resources, diagnostics: resolution } = resolveResources(parsedFiles);
  diagnostics.push(...resolution);
  diagnostics.sort(compareDiagnostics);
  if (hasErrors(diagnostics)) return { diagnostics, files };

  const project: Project = {
    root,
    configFile: config.parsed.file,
    settings,
    files: parsedFiles.map((parsed) => parsed.file),
    ...resources,
  };
  return { project, diagnostics, files };
}

export interface FileResult {
  readonly file?: SourceFile;
  readonly parsed?: ParsedFile;
  readonly diagnostics: Diagnostic[];
}

async function loadAndValidate(absolute: string, schema: SchemaName, cwd: string, options: LoadOptions): Promise<FileResult> {
  const read = await (options.readFile ?? readSourceFile)(absolute, cwd);
  if (!read.ok) return { diagnostics: [read.diagnostic] };
  const cached = options.cache?.get(absolute);
  if (cached && cached.text === read.file.text && cached.result.file?.displayPath === read.file.displayPath) return cached.result;
  const result = parseAndValidate(read.file, schema);
  options.cache?.set(absolute, { text: read.file.text, result });
  return result;
}

function parseAndValidate(file: SourceFile, schema: SchemaName): FileResult {
  const parsed = parseYamlFile(file);
  if (!parsed.ok) return { file, diagnostics: parsed.diagnostics };
  const validate = validatorFor(schema);
  if (validate(parsed.parsed.value)) return { file, parsed: parsed.parsed, diagnostics: [] };
  return { file, diagnostics: schemaDiagnostics(validate.errors ?? [], parsed.parsed) };
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
