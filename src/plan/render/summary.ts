// The words every plan format shares: the action symbols (Terraform's
// `+ ~ - -/+`) and the one-line summary.

import type { ChangeAction } from '../../model/changes.js';
import type { PlanSummary } from '../plan.js';

export const SYMBOL: Record<ChangeAction, string> = { create: '+', update: '~', delete: '-', replace: '-/+' };

export function summaryLine(summary: PlanSummary): string {
  const total = summary.create + summary.update + summary.delete + summary.replace;
  if (total === 0) return 'No changes: the live state matches the files.';
  const manual = summary.manual > 0 ? `; ${summary.manual === 1 ? '1 of them is a manual step' : `${summary.manual} of them are manual steps`}` : '';
  return `Plan: ${summary.create} to create, ${summary.update} to update, ${summary.delete} to delete, ${summary.replace} to replace${manual}.`;
}
