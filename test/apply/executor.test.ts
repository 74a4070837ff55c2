// The executor's walk: bounded concurrency, dependencies first, a failure
// skipping only its dependents (with the reason), retries of retryable
// failures, manual steps left pending, interruption, and the backend closed
// whatever happens.

import { describe, expect, it } from 'vitest';
import { executePlan } from '../../src/apply/executor.js';
import type { ApplyEvent } from '../../src/apply/outcome.js';
import { BackendError, type Backend } from '../../src/backends/backend.js';
import type { Change } from '../../src/model/changes.js';
import { planChanges } from '../../src/plan/plan-changes.js';
import type { PlannedChange } from '../../src/plan/plan.js';
import { connection, desired, grant, live, settings, team, user } from '../support/plan-fixtures.js';

function fakeBackend(behaviour: (change: Change, attempt: number) => Promise<void> | void = () => undefined) {
  const executed: string[] = [];
  const attempts = new Map<string, number>();
  let inFlight = 0;
  let maxInFlight = 0;
  let closed = 0;
  const backend: Backend = {
    kind: 'local',
    read: async () => live({}),
    findMissingObjects: async () => new Set(),
    manualStep: () => undefined,
    preflight: async () => undefined,
    execute: async (change) => {
      const attempt = (attempts.get(change.address) ?? 0) + 1;
      attempts.set(change.address, attempt);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        await new Promise((resolve) => setTimeout(resolve, 2));
        await behaviour(change, attempt);
        executed.push(`${change.action} ${change.address}`);
      } finally {
        inFlight -= 1;
      }
    },
    close: async () => {
      closed += 1;
      return { warnings: ['a warning'] };
    },
    requestCounts: () => new Map(),
  };
  return { backend, executed, get maxInFlight() { return maxInFlight; }, get closed() { return closed; } };
}

function fixturePlan(): readonly PlannedChange[] {
  const teams = Array.from({ length: 12 }, (_, index) => team(`T${index}`, ['ann@example.com']));
  return planChanges({
    settings: settings(),
    desired: desired({ users: [user('ann@example.com')], teams, connections: [connection('snow')], grants: teams.map((each) => grant(`team:${each.name}`, 'snow', 'use')) }),
    live: live({}),
  }).plan.changes;
}

const fast = { attempts: 3, baseDelayMs: 1, maxDelayMs: 5 };

describe('executePlan', () => {
  it('runs independent changes concurrently, never more than --parallelism, each after what it needs', async () => {
    const fake = fakeBackend();
    const report = await executePlan(fixturePlan(), fake.backend, { parallelism: 3, retry: fast });
    expect(report.counts).toEqual({ done: 38, failed: 0, skipped: 0, manual: 0 });
    expect(fake.maxInFlight).toBe(3);
    const position = (entry: string) => fake.executed.indexOf(entry);
    expect(position('create user.ann@example.com')).toBeLessThan(position('create membership.T5.ann@example.com'));
    expect(position('create team.T5')).toBeLessThan(position('create grant.team.T5@snow'));
    expect(position('create connection.snow')).toBeLessThan(position('create grant.team.T0@snow'));
    expect(report.warnings).toEqual(['a warning']);
    expect(fake.closed).toBe(1);
  });

  it('stops only what depends on a failure, and says why each was skipped', async () => {
    const fake = fakeBackend((change) => {
      if (change.address === 'team.T3') throw new BackendError('Sigma refused the team name');
    });
    const report = await executePlan(fixturePlan(), fake.backend, { parallelism: 4, retry: fast });
    const outcome = (address: string) => report.results.find((result) => result.planned.change.address === address)?.outcome;
    expect(outcome('team.T3')).toMatchObject({ status: 'failed', error: 'Sigma refused the team name' });
    expect(outcome('membership.T3.ann@example.com')).toEqual({ status: 'skipped', reason: 'team.T3 failed' });
    expect(outcome('grant.team.T3@snow')).toEqual({ status: 'skipped', reason: 'team.T3 failed' });
    expect(report.counts).toEqual({ done: 35, failed: 1, skipped: 2, manual: 0 });
  });

  it('retries retryable failures with backoff, honouring Retry-After, and never the others', async () => {
    const events: ApplyEvent[] = [];
    const fake = fakeBackend((change, attempt) => {
      if (change.address === 'user.ann@example.com' && attempt < 3) throw new BackendError('429 Too Many Requests', true, 3);
      if (change.address === 'connection.snow') throw new BackendError('403 Forbidden', false);
    });
    const report = await executePlan(fixturePlan(), fake.backend, { parallelism: 2, retry: fast, onEvent: (event) => events.push(event) });
    expect(events.filter((event) => event.type === 'retrying').map((event) => event.type === 'retrying' && [event.change.address, event.attempt, event.delayMs])).toEqual([
      ['user.ann@example.com', 1, 3],
      ['user.ann@example.com', 2, 3],
    ]);
    expect(report.results.find((result) => result.planned.change.address === 'user.ann@example.com')?.outcome.status).toBe('done');
    expect(report.results.find((result) => result.planned.change.address === 'connection.snow')?.outcome).toMatchObject({ status: 'failed', error: '403 Forbidden' });
    expect(report.counts.skipped).toBe(12);
  });

  it('leaves manual steps pending and what waits on them skipped', async () => {
    const changes = fixturePlan().map((planned) => (planned.change.address === 'team.T1' ? { ...planned, manual: { instructions: 'make it by hand' } } : planned));
    const fake = fakeBackend();
    const report = await executePlan(changes, fake.backend, { parallelism: 8, retry: fast });
    expect(report.results.find((result) => result.planned.change.address === 'team.T1')?.outcome).toEqual({ status: 'manual', instructions: 'make it by hand' });
    expect(report.results.find((result) => result.planned.change.address === 'grant.team.T1@snow')?.outcome).toEqual({ status: 'skipped', reason: 'waits for the manual step on team.T1' });
    expect(fake.executed).not.toContain('create team.T1');
  });

  it('starts nothing new once interrupted, finishes what runs, and still closes the backend', async () => {
    const controller = new AbortController();
    const fake = fakeBackend((change) => {
      if (change.address === 'team.T0') controller.abort();
    });
    const report = await executePlan(fixturePlan(), fake.backend, { parallelism: 1, retry: fast, signal: controller.signal });
    expect(report.counts.done).toBe(2);
    expect(report.results.at(-1)?.outcome).toEqual({ status: 'skipped', reason: 'the run was interrupted before it started' });
    expect(fake.closed).toBe(1);
  });

  it('does nothing when the preflight refuses, and closes the backend', async () => {
    const fake = fakeBackend();
    const refusing = { ...fake.backend, preflight: async () => Promise.reject(new BackendError('the credentials are not an Admin')) };
    await expect(executePlan(fixturePlan(), refusing, { parallelism: 2 })).rejects.toThrow('the credentials are not an Admin');
    expect(fake.executed).toEqual([]);
    expect(fake.closed).toBe(1);
  });
});
