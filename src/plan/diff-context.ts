// What every per-kind diff reads: the files, the indexed live state and the
// settings. Diffs are pure functions of it.

import type { DesiredState } from './desired.js';
import type { LiveIndex } from './live-index.js';
import type { PlanSettings } from './plan.js';

export interface DiffContext {
  readonly desired: DesiredState;
  readonly live: LiveIndex;
  readonly settings: PlanSettings;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
