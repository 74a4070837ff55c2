// Saved plans (`plan --out FILE`, `apply FILE`): the changes, the desired
// snapshot they were computed for, and fingerprints of the live state, of
// the files' meaning and of the changes themselves. A plan file holds
// `{ env: NAME }` references, never a secret value: the files hold no
// secret, and neither does the live side.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AccessChange } from '../model/access-changes.js';
import type { Project } from '../model/project.js';
import { checkPlannedChange } from './plan-file-check.js';
import type { DesiredState } from './desired.js';
import { PlanFileError, PlanFileUnreadableError, StalePlanError } from './errors.js';
import { EMPTY_LIVE_FINGERPRINT, changedFiles, changesFingerprint, desiredFingerprint, fileHashes, liveFingerprint } from './fingerprints.js';
import type { LiveSnapshot } from '../model/live.js';
import type { Plan, PlanSettings, PlannedChange } from './plan.js';

export const PLAN_FILE_FORMAT_VERSION = 1;
const KIND = 'grantform-plan';

export interface PlanFile {
  readonly formatVersion: typeof PLAN_FILE_FORMAT_VERSION;
  readonly kind: typeof KIND;
  readonly grantformVersion: string;
  /** ISO 8601. */
  readonly createdAt: string;
  readonly backend: 'local' | 'sigma';
  /** The project's folder, relative to the plan file's folder, `/`-separated. */
  readonly project: string;
  readonly options: { readonly targets: readonly string[]; readonly allowDeletes: boolean };
  readonly fingerprints: {
    readonly live: string;
    readonly desired: string;
    readonly changes: string;
    readonly files: Readonly<Record<string, string>>;
  };
  readonly desired: DesiredState;
  readonly changes: readonly PlannedChange[];
  /** Who gains and who loses access: shown by `report github`, never applied. */
  readonly accessChanges?: readonly AccessChange[];
}

export interface PlanFileInput {
  readonly plan: Plan;
  readonly desired: DesiredState;
  readonly live: LiveSnapshot;
  readonly settings: PlanSettings;
  readonly project: Project;
  readonly backend: 'local' | 'sigma';
  readonly allowDeletes: boolean;
  readonly grantformVersion: string;
  /** Absolute path the plan file will be written to. */
  readonly planPath: string;
  readonly now?: Date;
}

export function buildPlanFile(input: PlanFileInput): PlanFile {
  const relative = path.relative(path.dirname(input.planPath), input.project.root).split(path.sep).join('/') || '.';
  return {
    formatVersion: PLAN_FILE_FORMAT_VERSION,
    kind: KIND,
    grantformVersion: input.grantformVersion,
    createdAt: (input.now ?? new Date()).toISOString(),
    backend: input.backend,
    project: relative,
    options: { targets: input.plan.targets, allowDeletes: input.allowDeletes },
    fingerprints: {
      live: liveFingerprint(input.live),
      desired: desiredFingerprint(input.desired, input.settings),
      changes: changesFingerprint(input.plan.changes),
      files: fileHashes(input.project),
    },
    desired: input.desired,
    changes: input.plan.changes,
    ...(input.plan.accessChanges && { accessChanges: input.plan.accessChanges }),
  };
}

export function serializePlanFile(file: PlanFile): string {
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** Reads and checks a plan file; `shown` names it in messages. */
export async function readPlanFile(absolute: string, shown: string): Promise<PlanFile> {
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    throw new PlanFileUnreadableError(`cannot read the plan file ${shown}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return parsePlanFile(text, shown);
}

export function parsePlanFile(text: string, shown: string): PlanFile {
  let value: Partial<PlanFile> & Record<string, unknown>;
  try {
    value = JSON.parse(text) as typeof value;
  } catch {
    throw new PlanFileError(`${shown} is not a plan file: it is not JSON (make one with grantform plan --out ${shown})`);
  }
  if (typeof value !== 'object' || value === null || value.kind !== KIND) {
    throw new PlanFileError(`${shown} is not a grantform plan file (make one with grantform plan --out ${shown})`);
  }
  if (value.formatVersion !== PLAN_FILE_FORMAT_VERSION) {
    throw new PlanFileError(`${shown} has plan format ${String(value.formatVersion)}, which this grantform (format ${PLAN_FILE_FORMAT_VERSION}) cannot apply: make the plan again with this version`);
  }
  const fingerprints = value.fingerprints;
  if (
    typeof value.project !== 'string' ||
    (value.backend !== 'local' && value.backend !== 'sigma') ||
    typeof fingerprints !== 'object' ||
    fingerprints === null ||
    typeof fingerprints.live !== 'string' ||
    typeof fingerprints.desired !== 'string' ||
    typeof fingerprints.changes !== 'string' ||
    typeof fingerprints.files !== 'object' ||
    !Array.isArray(value.changes) ||
    typeof value.desired !== 'object' ||
    typeof value.options !== 'object' ||
    value.options === null ||
    !Array.isArray(value.options.targets) ||
    (value.accessChanges !== undefined && !Array.isArray(value.accessChanges))
  ) {
    throw new PlanFileError(`${shown} is damaged: a field of the plan is missing; make the plan again`);
  }
  value.changes.forEach((planned, index) => checkPlannedChange(planned, `${shown}: change ${index + 1}`));
  if (changesFingerprint(value.changes) !== fingerprints.changes) {
    throw new PlanFileError(`${shown} has been modified since it was made (its changes do not match their fingerprint): make the plan again`);
  }
  return value as PlanFile;
}

export interface CurrentState {
  readonly desired: DesiredState;
  readonly settings: PlanSettings;
  readonly project: Project;
}

/** Refuses, in one sentence, a plan whose files now say something else. */
export function checkFilesFresh(file: PlanFile, shown: string, current: CurrentState): void {
  if (desiredFingerprint(current.desired, current.settings) === file.fingerprints.desired) return;
  const moved = changedFiles(file.fingerprints.files, fileHashes(current.project));
  const which = moved.length === 0 ? 'the files have' : moved.length <= 3 ? `${moved.join(', ')} ${moved.length === 1 ? 'has' : 'have'}` : `${moved.slice(0, 3).join(', ')} and ${moved.length - 3} more files have`;
  throw new StalePlanError(`the plan ${shown} is stale: ${which} changed since it was made; run grantform plan again`);
}

/** Refuses, in one sentence, a plan whose live state has moved since it was made. */
export function checkLiveFresh(file: PlanFile, shown: string, live: LiveSnapshot, backend: 'local' | 'sigma'): void {
  if (backend !== file.backend) {
    throw new StalePlanError(`the plan ${shown} was made against the ${file.backend} backend, but the project now uses the ${backend} backend; run grantform plan again`);
  }
  if (liveFingerprint(live) === file.fingerprints.live) return;
  const wasEmpty = file.fingerprints.live === EMPTY_LIVE_FINGERPRINT ? ' (the plan was made against an empty state)' : '';
  throw new StalePlanError(`the plan ${shown} is stale: the live state has changed since it was made${wasEmpty}; run grantform plan again`);
}

export function planFromFile(file: PlanFile): Plan {
  return { changes: file.changes, targets: file.options.targets, ...(file.accessChanges && { accessChanges: file.accessChanges }) };
}
