// The executor (Terraform's graph walk): each change runs once what it
// depends on is done; independent changes run concurrently, at most
// `parallelism` at a time, started in plan order. A failure stops only the
// changes that depend on it, reported as skipped because of it. Manual steps
// are left pending, and what depends on them waits too. The backend is
// closed at the end whatever happened (the local state is written there,
// once).

import type { Backend } from '../backends/backend.js';
import { GrantformError } from '../model/errors.js';
import { dependenciesOf } from '../plan/graph.js';
import { MinHeap } from '../plan/min-heap.js';
import type { PlannedChange } from '../plan/plan.js';
import type { ApplyEvent, ApplyReport, ChangeOutcome, OutcomeStatus } from './outcome.js';
import { DEFAULT_RETRY, retryDelay, wait, type RetryPolicy } from './retry.js';

export interface ExecuteOptions {
  /** Changes in flight at once (`--parallelism`, default 8). */
  readonly parallelism: number;
  /** Aborting starts nothing new; what runs finishes, the rest is skipped. */
  readonly signal?: AbortSignal;
  readonly onEvent?: (event: ApplyEvent) => void;
  readonly retry?: RetryPolicy;
}

export async function executePlan(changes: readonly PlannedChange[], backend: Backend, options: ExecuteOptions): Promise<ApplyReport> {
  const outcomes: (ChangeOutcome | undefined)[] = new Array(changes.length);
  let warnings: readonly string[] = [];
  try {
    await backend.preflight(changes.filter((planned) => !planned.manual).map((planned) => planned.change));
    await walk(changes, backend, options, outcomes);
  } finally {
    options.onEvent?.({ type: 'closing' });
    warnings = (await backend.close()).warnings;
  }
  const counts: Record<OutcomeStatus, number> = { done: 0, failed: 0, skipped: 0, manual: 0 };
  const results = changes.map((planned, index) => {
    const outcome = outcomes[index] ?? { status: 'skipped', reason: 'not reached' };
    counts[outcome.status] += 1;
    return { planned, outcome };
  });
  return { results, warnings, counts };
}

async function walk(changes: readonly PlannedChange[], backend: Backend, options: ExecuteOptions, outcomes: (ChangeOutcome | undefined)[]): Promise<void> {
  const total = changes.length;
  const dependencies = dependenciesOf(changes.map((planned) => planned.change));
  const dependents: number[][] = changes.map(() => []);
  dependencies.forEach((needs, index) => needs.forEach((need) => dependents[need]?.push(index)));
  const waiting = dependencies.map((needs) => needs.length);
  const ready = new MinHeap();
  waiting.forEach((count, index) => count === 0 && ready.push(index));
  const retry = options.retry ?? DEFAULT_RETRY;
  const parallelism = Math.max(1, Math.floor(options.parallelism));
  let finished = 0;

  const record = (first: number, outcome: ChangeOutcome) => {
    // Iterative, so that a long chain of skipped dependents cannot overflow the stack.
    const pending: [number, ChangeOutcome][] = [[first, outcome]];
    while (pending.length > 0) {
      const [index, result] = pending.pop() as [number, ChangeOutcome];
      if (outcomes[index]) continue;
      outcomes[index] = result;
      finished += 1;
      const change = (changes[index] as PlannedChange).change;
      options.onEvent?.({ type: 'finished', index, change, outcome: result, finished, total });
      for (const next of dependents[index] ?? []) {
        if (outcomes[next]) continue;
        if (result.status === 'done') {
          waiting[next] = (waiting[next] as number) - 1;
          if (waiting[next] === 0) ready.push(next);
        } else {
          pending.push([next, { status: 'skipped', reason: skipReason(change.address, result) }]);
        }
      }
    }
  };

  const run = async (index: number): Promise<ChangeOutcome> => {
    const change = (changes[index] as PlannedChange).change;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await backend.execute(change);
        return { status: 'done' };
      } catch (error) {
        const delayMs = options.signal?.aborted ? undefined : retryDelay(retry, attempt, error);
        if (delayMs === undefined) return { status: 'failed', error: describeError(error), cause: error };
        options.onEvent?.({ type: 'retrying', index, change, attempt, delayMs, error: describeError(error) });
        await wait(delayMs, options.signal);
      }
    }
  };

  const inflight = new Map<number, Promise<void>>();
  for (;;) {
    while (inflight.size < parallelism && ready.size > 0) {
      const index = ready.pop();
      if (outcomes[index]) continue;
      const planned = changes[index] as PlannedChange;
      if (options.signal?.aborted) {
        record(index, { status: 'skipped', reason: 'the run was interrupted before it started' });
      } else if (planned.manual) {
        record(index, { status: 'manual', instructions: planned.manual.instructions });
      } else {
        options.onEvent?.({ type: 'started', index, change: planned.change, total });
        inflight.set(
          index,
          run(index).then((outcome) => {
            inflight.delete(index);
            record(index, outcome);
          }),
        );
      }
    }
    if (inflight.size === 0) break;
    await Promise.race(inflight.values());
  }
}

function skipReason(address: string, cause: ChangeOutcome): string {
  switch (cause.status) {
    case 'failed':
      return `${address} failed`;
    case 'manual':
      return `waits for the manual step on ${address}`;
    case 'skipped':
      return cause.reason;
    case 'done':
      return '';
  }
}

function describeError(error: unknown): string {
  if (error instanceof GrantformError) return error.message;
  return `unexpected failure: ${error instanceof Error ? error.message : String(error)}`;
}
