// What plan, apply and import share: loading a valid project (its
// diagnostics on stderr otherwise), opening its backend, and the paths that
// messages show.

import { loadProject } from '../config/load-project.js';
import { displayPathOf } from '../config/source-text.js';
import type { Backend } from '../backends/backend.js';
import { openBackend } from '../backends/open-backend.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { couldNotRun } from '../model/diagnostic.js';
import { EnvironmentError, GrantformError, UsageError } from '../model/errors.js';
import type { Project } from '../model/project.js';
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

export function backendFor(project: Project, context: CliContext): Backend {
  const readOnly = readOnlyMode(context, project);
  return openBackend(project.settings.backend, {
    ...(readOnly && { readOnly }),
    env: context.env,
    grantformVersion: VERSION,
    showPath: (absolute) => showPath(absolute, context),
    objects: project.grants.map((grant) => grant.object),
    connections: [...project.connections.values()],
    ...(context.debug && { debugLog: (line: string) => context.stderr.write(`${line}\n`) }),
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
