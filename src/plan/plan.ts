// A plan: the changes that bring the live state to the files, in the order
// apply makes them, each marked when an admin has to make it by hand.

import type { AccessChange } from '../model/access-changes.js';
import type { Change, ChangeAction, ManualStep } from '../model/changes.js';
import type { ManageMode, ManagedKind } from '../model/project.js';

/** The settings that shape a plan (a subset of grantform.yaml's). */
export interface PlanSettings {
  readonly manage: Readonly<Record<ManagedKind, ManageMode>>;
  readonly safety: { readonly maxDeletes: number; readonly documentsOwner?: string };
}

export interface PlannedChange {
  readonly change: Change;
  /** Present when the change cannot be made by grantform: apply leaves it pending. */
  readonly manual?: ManualStep;
}

export interface Plan {
  /** In the order apply makes them: dependencies first, deletions in reverse. */
  readonly changes: readonly PlannedChange[];
  /** The `--target` addresses the plan was limited to; empty for a whole plan. */
  readonly targets: readonly string[];
  /** Who gains and who loses access (the live state against the files); absent when not computed. */
  readonly accessChanges?: readonly AccessChange[];
}

export interface PlanSummary {
  create: number;
  update: number;
  delete: number;
  replace: number;
  manual: number;
}

export function summarizePlan(changes: readonly PlannedChange[]): PlanSummary {
  const summary: PlanSummary = { create: 0, update: 0, delete: 0, replace: 0, manual: 0 };
  for (const planned of changes) {
    summary[planned.change.action satisfies ChangeAction] += 1;
    if (planned.manual) summary.manual += 1;
  }
  return summary;
}

/** Deletions as `safety.maxDeletes` counts them: deletes (users: deactivations) and replaces. */
export function countDeletes(changes: readonly PlannedChange[]): number {
  return changes.filter((planned) => planned.change.action === 'delete' || planned.change.action === 'replace').length;
}

export function hasChanges(plan: Plan): boolean {
  return plan.changes.length > 0;
}
