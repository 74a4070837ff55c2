// What happened to each change of an applied plan, and the events a
// progress display follows.

import type { Change } from '../model/changes.js';
import type { PlannedChange } from '../plan/plan.js';

export type ChangeOutcome =
  | { readonly status: 'done' }
  | { readonly status: 'failed'; readonly error: string; readonly cause?: unknown }
  /** Not attempted: a change it depends on failed, waits for a manual step, or the run was interrupted. */
  | { readonly status: 'skipped'; readonly reason: string }
  /** Left to an admin: the backend cannot make it. */
  | { readonly status: 'manual'; readonly instructions: string };

export type OutcomeStatus = ChangeOutcome['status'];

export interface ChangeResult {
  readonly planned: PlannedChange;
  readonly outcome: ChangeOutcome;
}

export interface ApplyReport {
  /** In plan order. */
  readonly results: readonly ChangeResult[];
  /** From the backend's close(): e.g. a secret that is not set, a failed connection test. */
  readonly warnings: readonly string[];
  readonly counts: Readonly<Record<OutcomeStatus, number>>;
}

export type ApplyEvent =
  | { readonly type: 'started'; readonly index: number; readonly change: Change; readonly total: number }
  | { readonly type: 'retrying'; readonly index: number; readonly change: Change; readonly attempt: number; readonly delayMs: number; readonly error: string }
  | { readonly type: 'finished'; readonly index: number; readonly change: Change; readonly outcome: ChangeOutcome; readonly finished: number; readonly total: number }
  /** The backend is writing or wrapping up (the local state file is written here). */
  | { readonly type: 'closing' };

export function hasFailures(report: ApplyReport): boolean {
  return report.counts.failed > 0;
}
