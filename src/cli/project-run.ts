// What plan, apply and import share: loading a valid project (its
// diagnostics on stderr otherwise), opening its backend, and the paths that
// messages show.

import path from 'node:path';
import { loadProject } from '../config/load-project.js';
import { displayPathOf } from '../config/source-text.js';
import type { Backend } from '../backends/backend.js';
import { openBackend } from '../backends/open-backend.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { couldNotRun } from '../model/diagnostic.js';
import { EnvironmentError, GrantformError, UsageError } from '../model/errors.js';
import type { BackendSettings, Project } from '../model/project.js';
import { ReadOnlyError, type ReadOnlyMode } from '../model/read-only.js';
import { colorsFor, type CliContext } from './context.js';
import { VERSION } from './version.js';
import { plural, renderDiagnosticsText } from './views/diagnostics-text.js';

export async function loadValidProject(dir: string, context: CliContext): Promise<Project> {
  const result = await loadProject(dir, { cwd: context.cwd });
  if (result.project) return result.project;
  reportDiagnostics(result.diagnostics, context);
  if (couldNotRun(result.diagnostics)) throw new EnvironmentError('grantform could not read the project: see above');
  throw new GrantformError(`the project is not valid: fix the ${plural(result.diagnostics.filter((each) => each.severity === 'error').length, 'error')} above`);
}

export function reportDiagnostics(diagnostics: readonly Diagnostic[], context: CliContext): void {
  context.stderr.write(renderDiagnosticsText(diagnostics, colorsFor(context.stderr, context.env)));
}

/** What the command line says about the backend: `--state`. */
export interface BackendOverrides {
  readonly state?: string;
}

export function backendFor(project: Project, context: CliContext, overrides: BackendOverrides = {}): Backend {
  const readOnly = readOnlyMode(context, project);
  return openBackend(backendSettingsFor(project, context, overrides), {
    ...(readOnly && { readOnly }),
    env: context.env,
    grantformVersion: VERSION,
    showPath: (absolute) => showPath(absolute, context),
    objects: project.grants.map((grant) => grant.object),
    connections: [...project.connections.values()],
    ...(context.debug && { debugLog: (line: string) => context.stderr.write(`${line}\n`) }),
    ...(context.sigmaTiming && { sigmaTiming: context.sigmaTiming }),
  });
}

/**
 * Read-only mode, from the first that sets it: `--read-only`,
 * `GRANTFORM_READ_ONLY` (1/true on, 0/false/empty off), `backend.readOnly`.
 */
export function readOnlyMode(context: CliContext, project?: Project): ReadOnlyMode | undefined {
  if (context.readOnly) return { source: '--read-only' };
  const value = context.env.GRANTFORM_READ_ONLY?.trim().toLowerCase();
  if (value === '1' || value === 'true') return { source: `GRANTFORM_READ_ONLY=${context.env.GRANTFORM_READ_ONLY?.trim()}` };
  if (value !== undefined && value !== '' && value !== '0' && value !== 'false') {
    throw new UsageError(`GRANTFORM_READ_ONLY is "${context.env.GRANTFORM_READ_ONLY}": set it to 1 (read-only) or 0`);
  }
  if (project?.settings.backend.readOnly === true) return { source: `backend.readOnly in ${showPath(project.configFile.path, context)}` };
  return undefined;
}

/** apply changes the live state: in read-only mode it refuses before any request. */
export function refuseChangesInReadOnly(context: CliContext, project?: Project): void {
  const mode = readOnlyMode(context, project);
  if (mode) throw new ReadOnlyError(`apply cannot run in read-only mode (${mode.source}): it changes the live state; run grantform plan to see the changes, or apply without read-only mode`);
}

/** The project's backend settings, with the state file the command line names (`--state`, then GRANTFORM_STATE). */
export function backendSettingsFor(project: Project, context: CliContext, overrides: BackendOverrides = {}): BackendSettings {
  const backend = project.settings.backend;
  const fromEnv = context.env.GRANTFORM_STATE === '' ? undefined : context.env.GRANTFORM_STATE;
  const state = overrides.state ?? fromEnv;
  if (state === undefined) return backend;
  if (backend.type !== 'local') {
    // The variable may be set for a whole CI job; the option is meant for this project.
    if (overrides.state !== undefined) throw new UsageError(`--state names the local backend's state file, but grantform.yaml uses the ${backend.type} backend`);
    return backend;
  }
  return { ...backend, path: path.resolve(context.cwd, state) };
}

export function showPath(absolute: string, context: CliContext): string {
  return displayPathOf(absolute, context.cwd) || '.';
}

/** `--target` may be given several times. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function parsePositiveInteger(option: string): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!Number.isInteger(number) || number < 1) throw new UsageError(`${option} takes a whole number of at least 1, not "${value}"`);
    return number;
  };
}
