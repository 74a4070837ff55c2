// The effective-access diff of a plan, as data: who gains and who loses
// access to what. Computed by src/access/access-diff.ts; carried by the plan
// and the saved plan file; rendered by plan/render and github/.

import { levelRank, type AccessLevel } from './levels.js';

export interface AccessChange {
  readonly email: string;
  /** In the files' form: `snowflake-prod/ANALYTICS`. */
  readonly object: string;
  readonly before: AccessLevel | null;
  readonly after: AccessLevel | null;
}

/** A loss: the level after is lower than before, no access being the lowest of all. */
export function isLoss(change: Pick<AccessChange, 'before' | 'after'>): boolean {
  return rank(change.after) < rank(change.before);
}

function rank(level: AccessLevel | null | undefined): number {
  return level === null || level === undefined ? -1 : levelRank(level);
}

/**
 * The order of a plan's access changes (access-diff.ts makes them in it): losses first, then gains; each by email,
 * then object, both in this code-unit order, the same on every machine and locale.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface AccessChangeSummary {
  /** Users with at least one gain. */
  readonly gain: number;
  /** Users with at least one loss. */
  readonly lose: number;
}

export function summarizeAccessChanges(changes: readonly AccessChange[]): AccessChangeSummary {
  const gain = new Set<string>();
  const lose = new Set<string>();
  // A user's changes come together (in their order, compareText's): a set is asked once per run of one user, not per change.
  let last: AccessChange | undefined;
  for (const change of changes) {
    const loss = isLoss(change);
    if (last && last.email === change.email && isLoss(last) === loss) continue;
    (loss ? lose : gain).add(change.email);
    last = change;
  }
  return { gain: gain.size, lose: lose.size };
}
