// Convergence, as properties over random files and random live states:
// apply then plan leaves nothing to do but manual steps (and what waits on
// them); a second apply changes nothing; a plan never deletes what manage:
// marks additive, nor more than maxDeletes without --allow-deletes; and a
// run that fails part-way converges when run again.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BackendError, type Backend } from '../../src/backends/backend.js';
import { executePlan } from '../../src/apply/executor.js';
import type { Change } from '../../src/model/changes.js';
import type { LiveSnapshot } from '../../src/model/live.js';
import { canonicalJson } from '../../src/plan/canonical-json.js';
import type { DesiredState } from '../../src/plan/desired.js';
import { DeleteLimitError, DocumentsOwnerError } from '../../src/plan/errors.js';
import { planChanges } from '../../src/plan/plan-changes.js';
import { countDeletes, type Plan, type PlanSettings } from '../../src/plan/plan.js';
import { checkDeleteLimit } from '../../src/plan/safety.js';
import { scenarioArbitrary } from '../support/org-arbitraries.js';
import { memoryBackend } from '../support/memory-backend.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);
const NO_RETRY = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };

function tryPlan(desired: DesiredState, live: LiveSnapshot, settings: PlanSettings): Plan | undefined {
  try {
    return planChanges({ desired, live, settings }).plan;
  } catch (error) {
    if (error instanceof DocumentsOwnerError) return undefined;
    throw error;
  }
}

/** Plans, applies and reads back; undefined when the plan is refused (no documents owner). */
async function applyOnce(desired: DesiredState, live: LiveSnapshot, settings: PlanSettings, parallelism: number, backend?: Backend) {
  const plan = tryPlan(desired, live, settings);
  if (!plan) return undefined;
  const target = backend ?? memoryBackend(live);
  const report = await executePlan(plan.changes, target, { parallelism, retry: NO_RETRY });
  const after = await target.read();
  return { plan, report, after };
}

const key = (change: Change) => `${change.action} ${change.address}`;
const normalised = (live: LiveSnapshot) => canonicalJson({ ...live, teams: live.teams.map((team) => ({ ...team, members: [...team.members].sort() })) });

describe('convergence (property)', () => {
  it('apply then plan leaves only manual steps and what waits on them; a second apply changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary, fc.integer({ min: 1, max: 8 }), async ({ desired, live, settings }, parallelism) => {
        const first = await applyOnce(desired, live, settings, parallelism);
        fc.pre(first !== undefined);
        const { plan, report, after } = first!;
        expect(report.counts.failed, JSON.stringify(report.results.filter((r) => r.outcome.status === 'failed'))).toBe(0);
        const leftOver = new Set(report.results.filter((result) => result.outcome.status !== 'done').map((result) => key(result.planned.change)));
        const again = tryPlan(desired, after, settings);
        expect(again).toBeDefined();
        for (const planned of again!.changes) expect(leftOver, key(planned.change)).toContain(key(planned.change));
        if (!plan.changes.some((planned) => planned.manual)) expect(again!.changes).toEqual([]);

        const second = await applyOnce(desired, after, settings, parallelism);
        expect(second!.report.counts.failed).toBe(0);
        expect(normalised(second!.after)).toBe(normalised(after));
      }),
      { numRuns: RUNS },
    );
  });

  it('never deletes an additive kind, and never more than maxDeletes without --allow-deletes', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ desired, live, settings }) => {
        const plan = tryPlan(desired, live, settings);
        fc.pre(plan !== undefined);
        const additive = new Set(Object.entries(settings.manage).filter(([, mode]) => mode === 'additive').map(([kind]) => kind.replace(/s$/, '')));
        for (const { change } of plan!.changes) {
          if (change.action === 'delete') expect(additive.has(change.type), change.address).toBe(false);
        }
        const deletes = countDeletes(plan!.changes);
        if (deletes > settings.safety.maxDeletes) {
          expect(() => checkDeleteLimit(plan!.changes, settings.safety.maxDeletes, false)).toThrow(DeleteLimitError);
          expect(() => checkDeleteLimit(plan!.changes, settings.safety.maxDeletes, true)).not.toThrow();
        } else {
          expect(() => checkDeleteLimit(plan!.changes, settings.safety.maxDeletes, false)).not.toThrow();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('is deterministic: the order of the live lists does not change the plan', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.func(fc.integer()), ({ desired, live, settings }, rank) => {
        const plan = tryPlan(desired, live, settings);
        fc.pre(plan !== undefined);
        const shuffle = <T>(items: readonly T[]) => [...items].map((item, index) => ({ item, order: rank(index) })).sort((a, b) => a.order - b.order).map(({ item }) => item);
        const shuffled = { ...live, users: shuffle(live.users), teams: shuffle(live.teams), grants: shuffle(live.grants), connections: shuffle(live.connections) };
        expect(tryPlan(desired, shuffled, settings)).toEqual(plan);
      }),
      { numRuns: RUNS },
    );
  });

  it('converges when run again after random failures', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary, fc.infiniteStream(fc.boolean()), async ({ desired, live, settings }, failures) => {
        const backend = memoryBackend(live);
        const flaky: Backend = {
          kind: 'local',
          read: () => backend.read(),
          findMissingObjects: (objects) => backend.findMissingObjects(objects),
          manualStep: () => undefined,
          preflight: (changes) => backend.preflight(changes),
          execute: async (change: Change) => {
            if (failures.next().value) throw new BackendError(`injected failure of ${change.address}`);
            return backend.execute(change);
          },
          close: () => backend.close(),
          requestCounts: () => backend.requestCounts(),
        };
        const first = await applyOnce(desired, live, settings, 4, flaky);
        fc.pre(first !== undefined);
        for (const result of first!.report.results) {
          if (result.outcome.status === 'skipped') expect(result.outcome.reason).toMatch(/failed$|manual step|interrupted/);
        }
        const rerun = await applyOnce(desired, first!.after, settings, 4);
        expect(rerun!.report.counts.failed).toBe(0);
        const final = tryPlan(desired, rerun!.after, settings);
        expect(final!.changes.every((planned) => rerun!.report.results.some((result) => result.outcome.status !== 'done' && key(result.planned.change) === key(planned.change)))).toBe(true);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
