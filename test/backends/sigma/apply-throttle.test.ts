// An apply against a throttled Sigma (issue 13.3): the emulator in throttle
// mode, a token bucket of 200 requests a second with a burst of 5, answered
// with the HTML page as 429, the HTML page as 200, or JSON 429 with
// Retry-After. A small org drifted from its files by changes of every kind
// and action (creates of users, teams, memberships and grants; raises,
// replaces, deletes), planned unthrottled and applied throttled, so that the
// writes themselves meet the throttle from a client that has not learnt the
// pace yet. Then, from the emulator's request log and state: nothing failed,
// nothing lost (every write the changes call for carried out, the next plan
// empty), nothing repeated (no write carried out twice, none found done
// already, no duplicate). Counts only, nothing timed.

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { executePlan } from '../../../src/apply/executor.js';
import { SigmaBackend } from '../../../src/backends/sigma/sigma-backend.js';
import { loadProject } from '../../../src/config/load-project.js';
import type { RequestLogEntry, StateDump, ThrottleAnswer } from '../../../src/emulator/index.js';
import type { Project } from '../../../src/model/project.js';
import { makePlan } from '../../../src/plan/make-plan.js';
import { driftedSeed, seedFromProject } from '../../../scripts/bench/sigma-seed.js';
import { writeSyntheticOrg } from '../../../scripts/bench/synthetic-org.js';
import { auditApply } from '../../support/sigma-apply-audit.js';
import { startSigma, type SigmaTestbed } from '../../support/sigma-emulator.js';
import { writeProject } from '../../support/temp-project.js';

const DRIFT = {
  missingUsers: 2,
  retypedUsers: 2,
  missingTeams: 1,
  extraTeams: 1,
  missingMembers: 4,
  extraMembers: 2,
  missingGrants: 20,
  lowerGrants: 5,
  higherGrants: 5,
  extraGrants: 5,
};

let loaded: Project | undefined;

/** The files, loaded once: every case starts its own emulator from them, and nothing reads the folder again. */
async function smallOrg(): Promise<Project> {
  if (loaded) return loaded;
  const dir = path.join(await writeProject({}), 'org');
  await writeSyntheticOrg(dir, { users: 30, teams: 8, grants: 120 });
  const { project, diagnostics } = await loadProject(dir);
  if (!project) throw new Error(`the small synthetic org is invalid: ${diagnostics[0]?.message}`);
  loaded = project;
  return project;
}

function backendFor(sigma: SigmaTestbed, project: Project): SigmaBackend {
  return sigma.backend({ objects: project.grants.map((grant) => grant.object), connections: [...project.connections.values()] });
}

function withSigma(project: Project, sigma: SigmaTestbed): Project {
  return { ...project, settings: { ...project.settings, backend: sigma.settings } };
}

describe.each<ThrottleAnswer>(['html-429', 'html-200', 'json-429'])('an apply against a throttled Sigma (%s)', (answer) => {
  it('carries out every change once: nothing failed, lost or repeated, and the next plan is empty', async () => {
    const files = await smallOrg();
    const sigma = await startSigma(driftedSeed(seedFromProject(files), DRIFT));
    const project = withSigma(files, sigma);
    const backend = backendFor(sigma, files);
    const { plan } = await makePlan(project, backend);
    const kinds = new Set(plan.changes.map(({ change }) => `${change.type} ${change.action}`));
    for (const kind of ['user create', 'user update', 'team create', 'team delete', 'membership create', 'membership delete', 'grant create', 'grant update', 'grant replace', 'grant delete']) {
      expect(kinds, kind).toContain(kind);
    }

    sigma.emulator.control.resetLog();
    sigma.emulator.control.setThrottle({ rate: 200, burst: 5, answer });
    const report = await executePlan(plan.changes, backend, { parallelism: 8 });
    const failures = report.results.filter(({ outcome }) => outcome.status !== 'done').map(({ planned, outcome }) => `${planned.change.address}: ${JSON.stringify(outcome)}`);
    expect(failures).toEqual([]);
    const gate = sigma.emulator.control.throttle();
    sigma.emulator.control.setThrottle(undefined);

    const log: readonly RequestLogEntry[] = sigma.emulator.control.requests();
    const state: StateDump = sigma.emulator.control.state();
    const audit = auditApply(
      plan.changes.map(({ change }) => change),
      log,
      state,
    );
    // The throttle was met, by writes too, and every throttled request was answered again later.
    expect(gate?.throttled).toBeGreaterThan(0);
    expect(audit.writes.reduce((sum, write) => sum + write.throttled, 0)).toBeGreaterThan(0);
    expect(audit.throttled).toBe(gate?.throttled);
    expect(audit.serverFailures).toBe(0);
    expect(audit.missing).toEqual([]);
    expect(audit.repeated).toEqual([]);

    const next = await makePlan(project, backendFor(sigma, files));
    expect(next.plan.changes.map(({ change }) => change.address)).toEqual([]);
  });
});

describe('the apply audit', () => {
  const entry = (seq: number, operation: string, status: number, fault?: string): RequestLogEntry => ({
    seq,
    at: '2026-01-01T00:00:00Z',
    method: operation.split(' ')[0] as string,
    path: '/',
    query: {},
    operation,
    status,
    fault,
    durationMs: 1,
  });
  const state: StateDump = { organization: {} as StateDump['organization'], options: {} as StateDump['options'], credentials: [], accountTypes: [], members: [], teams: [], connections: [], grants: [] };
  const create = { type: 'team', action: 'create', address: 'team.Ops', after: { name: 'Ops', managedBy: 'grantform' } } as const;

  it('counts a throttled write sent again as an honest retry, and a second write after a success as a repeat', () => {
    const retried = auditApply([create], [entry(1, 'POST /v2/teams', 429, 'rate-limit'), entry(2, 'POST /v2/teams', 200, 'rate-limit'), entry(3, 'POST /v2/teams', 201)], state);
    expect(retried).toMatchObject({ repeated: [], missing: [], throttled: 2 });
    const twice = auditApply([create], [entry(1, 'POST /v2/teams', 201), entry(2, 'POST /v2/teams', 201)], state);
    expect(twice.repeated).toEqual(['POST /v2/teams: carried out 2 times for 1 changes']);
    const foundDone = auditApply([create], [entry(1, 'POST /v2/teams', 201), entry(2, 'POST /v2/teams', 409)], state);
    expect(foundDone.repeated).toEqual(['POST /v2/teams: 1 answered as done already (404 or 409)']);
    const lost = auditApply([create], [entry(1, 'POST /v2/teams', 429, 'rate-limit')], state);
    expect(lost.missing).toEqual(['POST /v2/teams: carried out 0 times for 1 changes']);
  });

  it('finds a grant twice for one grantee and object in the state', () => {
    const grant = { grantId: 'g', memberId: 'm', teamId: null, inodeId: 'i' };
    expect(auditApply([], [], { ...state, grants: [grant, { ...grant, grantId: 'h' }] }).repeated).toEqual(['grant m@i twice in the state']);
  });
});
