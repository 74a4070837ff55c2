// Sigma at the server's pace: plan and apply against the emulator in
// throttle mode (a token bucket of R requests a second over every client,
// answered beyond it with the HTML page as 429 or as 200, or JSON 429 with
// Retry-After), 20 ms added to every request as a network would. Each task
// prints the requests, how many were throttled, and the time against
// requests ÷ R, each with its target and PASS/FAIL.
//
// The org is the issue's (#13.3): 600 users, 150 teams, 2,500 grants, written
// beside the synthetic org at the `tenth` scale. The same tasks on the full
// synthetic org (about 10,000 requests, 200 s at 50/s) run only when named:
// `npm run bench -- --only sigma-plan-throttle-50-full --scale full`, and so
// does the apply at 200/s with the HTML page as 200 (`sigma-apply-throttle-200`).

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { executePlan } from '../../src/apply/executor.js';
import { openBackend } from '../../src/backends/open-backend.js';
import { loadProject } from '../../src/config/load-project.js';
import { startEmulator, type RunningEmulator, type Seed, type ThrottleAnswer, type ThrottleStatus } from '../../src/emulator/index.js';
import { formatObjectPath } from '../../src/model/object-path.js';
import type { Project, SigmaBackendSettings } from '../../src/model/project.js';
import { makePlan } from '../../src/plan/make-plan.js';
import type { Backend } from '../../src/backends/backend.js';
import { auditApply } from '../../test/support/sigma-apply-audit.js';
import { predictPlanRequests, total } from '../../test/support/sigma-request-formula.js';
import type { RequestLogEntry, StateDump } from '../../src/emulator/index.js';
import { BENCH_CLIENT_ID, BENCH_CLIENT_SECRET, driftedSeed, driftFor, seedFromProject } from './sigma-seed.js';
import { writeSyntheticOrg, type OrgSize } from './synthetic-org.js';
import type { BenchContext, BenchTask } from './tasks.js';

const LATENCY_MS = 20;
/** The org of issue #13.3. */
export const THROTTLE_SIZE: OrgSize = { users: 600, teams: 150, grants: 2_500 };
/** The apply task's live org drifted from the files by about this many changes, of every kind and action (sigma-seed.ts). */
const APPLY_CHANGES = 2_000;

interface Info {
  readonly url: string;
  readonly orgDir: string;
  readonly predicted: number;
  readonly rate: number;
  readonly answer: ThrottleAnswer;
}

let running: RunningEmulator | undefined;
const infoFile = (orgDir: string, name: string) => path.join(orgDir, `.${name}.json`);

async function loaded(orgDir: string): Promise<Project> {
  const { project, diagnostics } = await loadProject(orgDir);
  if (!project) throw new Error(`synthetic org is invalid: ${diagnostics[0]?.message}`);
  return project;
}

function sigmaBackend(project: Project, url: string): { backend: Backend; project: Project } {
  const settings: SigmaBackendSettings = {
    type: 'sigma',
    baseUrl: url,
    clientId: BENCH_CLIENT_ID,
    clientSecret: { env: 'BENCH_SIGMA_SECRET' },
    concurrency: 8,
    tryGrantApiForAllLevels: false,
  };
  const backend = openBackend(settings, {
    env: { BENCH_SIGMA_SECRET: BENCH_CLIENT_SECRET },
    grantformVersion: 'bench',
    showPath: (absolute) => absolute,
    objects: project.grants.map((grant) => grant.object),
    connections: [...project.connections.values()],
  });
  return { backend, project: { ...project, settings: { ...project.settings, backend: settings } } };
}

const control = async (url: string, method: string, route: string, body?: unknown): Promise<unknown> => {
  const response = await fetch(`${url}/__emulator${route}`, { method, ...(body !== undefined && { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) });
  if (!response.ok) throw new Error(`${method} /__emulator${route}: HTTP ${response.status}`);
  return response.json();
};

const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

interface Shape {
  readonly name: string;
  readonly rate: number;
  readonly answer: ThrottleAnswer;
  readonly apply: boolean;
  /** The full synthetic org instead of the issue's, run only when named. */
  readonly full?: boolean;
  /** Run only when named (`--only`): a check beyond the issue's targets. */
  readonly optional?: boolean;
}

function throttleTask(shape: Shape): BenchTask {
  const target = shape.apply ? 1.3 : 1.2;
  return {
    name: shape.name,
    description: `${shape.apply ? `apply ${APPLY_CHANGES} changes` : 'plan'} against the emulator throttled at ${shape.rate}/s (${shape.answer}), ${LATENCY_MS} ms per request`,
    repeats: 1,
    scales: shape.full ? ['full'] : ['tenth'],
    optional: (shape.full ?? false) || (shape.optional ?? false),
    async prepare({ orgDir }: BenchContext) {
      const dir = shape.full ? orgDir : path.join(path.dirname(orgDir), 'org-throttle');
      if (!shape.full) await writeSyntheticOrg(dir, THROTTLE_SIZE);
      const project = await loaded(dir);
      const full = seedFromProject(project);
      const seed: Seed = { ...(shape.apply ? driftedSeed(full, driftFor(APPLY_CHANGES)) : full), options: { requestLogLimit: 50_000 } };
      running = await startEmulator({ seed, env: {} });
      running.control.setFaults({ rules: [{ kind: 'latency', ms: LATENCY_MS }] });
      const predicted = total(predictPlanRequests(running.control.state(), project.grants.map((grant) => formatObjectPath(grant.object))));
      const info: Info = { url: running.url, orgDir: dir, predicted, rate: shape.rate, answer: shape.answer };
      await writeFile(infoFile(orgDir, shape.name), JSON.stringify(info));
    },
    async beforeEach({ orgDir }) {
      const info = JSON.parse(await readFile(infoFile(orgDir, shape.name), 'utf8')) as Info;
      await control(info.url, 'POST', '/reset');
      await control(info.url, 'PUT', '/faults', { rules: [{ kind: 'latency', ms: LATENCY_MS }] });
      await control(info.url, 'PUT', '/throttle', { rate: info.rate, answer: info.answer });
    },
    async finish() {
      await running?.close();
      running = undefined;
    },
    async run({ orgDir }) {
      const info = JSON.parse(await readFile(infoFile(orgDir, shape.name), 'utf8')) as Info;
      const result = shape.apply ? await runApply(info, target) : await runPlan(info, target);
      process.stderr.write(`${result.lines.map((line) => `${shape.name}${line}`).join('\n')}\n`);
      return result.figures;
    },
  };
}

interface TaskResult {
  readonly lines: readonly string[];
  readonly figures: Record<string, number>;
}

async function runPlan(info: Info, target: number): Promise<TaskResult> {
  const started = performance.now();
  const { backend, project } = sigmaBackend(await loaded(info.orgDir), info.url);
  const { plan } = await makePlan(project, backend);
  await backend.close();
  const seconds = (performance.now() - started) / 1000;
  const requests = [...backend.requestCounts().values()].reduce((sum, n) => sum + n, 0);
  const gate = (await control(info.url, 'GET', '/throttle')) as ThrottleStatus;
  const ideal = info.predicted / info.rate;
  const ratio = seconds / ideal;
  const share = gate.throttled / info.predicted;
  return {
    lines: [
      `: ${requests} requests (formula ${info.predicted}), ${gate.throttled} throttled, ${plan.changes.length} changes`,
      `  time ${seconds.toFixed(1)} s against formula ÷ R = ${ideal.toFixed(1)} s: ${ratio.toFixed(2)}× (target ≤ ${target}×) ${verdict(ratio <= target)}`,
      `  throttled ${(100 * share).toFixed(1)}% of the formula's requests (target ≤ 2%) ${verdict(share <= 0.02)}; failed 0 (a failed request fails the plan)`,
    ],
    figures: { requests, predicted: info.predicted, rate: info.rate, throttled: gate.throttled, ratio, throttledShare: share },
  };
}

/**
 * What `grantform apply` does: plan, then apply, against the throttled emulator, timed as a whole against the
 * requests the server carried out ÷ R. Then, unthrottled: the request log of the apply and the final state against
 * the plan (test/support/sigma-apply-audit.ts), and a plan that must be empty.
 */
async function runApply(info: Info, target: number): Promise<TaskResult> {
  const started = performance.now();
  const { backend, project } = sigmaBackend(await loaded(info.orgDir), info.url);
  const { plan } = await makePlan(project, backend);
  const planned = performance.now();
  await control(info.url, 'POST', '/reset-log');
  const report = await executePlan(plan.changes, backend, { parallelism: 8 });
  const seconds = (performance.now() - started) / 1000;
  const applySeconds = (performance.now() - planned) / 1000;
  const sent = [...backend.requestCounts().values()].reduce((sum, n) => sum + n, 0);
  const gate = (await control(info.url, 'GET', '/throttle')) as ThrottleStatus;
  await control(info.url, 'DELETE', '/throttle');
  const { requests: log } = (await control(info.url, 'GET', '/requests')) as { requests: RequestLogEntry[] };
  const state = (await control(info.url, 'GET', '/state')) as StateDump;
  const done = report.results.filter((result) => result.outcome.status === 'done').map((result) => result.planned.change);
  const audit = auditApply(done, log, state);
  const again = sigmaBackend(await loaded(info.orgDir), info.url);
  const next = await makePlan(again.project, again.backend);
  await again.backend.close();

  const kinds = new Map<string, number>();
  for (const { change } of plan.changes) kinds.set(`${change.type} ${change.action}`, (kinds.get(`${change.type} ${change.action}`) ?? 0) + 1);
  const failed = report.counts.failed + report.counts.skipped;
  const ideal = gate.admitted / info.rate;
  const ratio = seconds / ideal;
  const applyRequests = log.length - audit.throttled;
  const lost = next.plan.changes.length + audit.missing.length + failed;
  return {
    lines: [
      `: ${plan.changes.length} changes (${[...kinds].map(([kind, n]) => `${n} ${kind}`).join(', ')})`,
      `  ${gate.admitted} requests carried out (${gate.admitted - applyRequests} to plan, ${applyRequests} to apply), ${gate.throttled} throttled (${((100 * gate.throttled) / (gate.admitted + gate.throttled)).toFixed(1)}% of ${sent} sent), ${failed} changes failed or skipped, ${audit.serverFailures} server failures`,
      `  time ${seconds.toFixed(1)} s (apply ${applySeconds.toFixed(1)} s) against requests ÷ R = ${ideal.toFixed(1)} s: ${ratio.toFixed(2)}× (target ≤ ${target}×) ${verdict(ratio <= target)}`,
      `  writes carried out / called for: ${audit.writes.map((write) => `${write.kind} ${write.carriedOut}/${write.expected}${write.throttled > 0 ? ` (+${write.throttled} throttled)` : ''}`).join(', ')}`,
      `  nothing lost: next plan ${next.plan.changes.length} changes, ${audit.missing.length} writes missing, ${failed} changes failed (target 0, 0, 0) ${verdict(lost === 0)}`,
      `  nothing repeated: ${audit.repeated.length === 0 ? 'no write took effect twice, no duplicate in the state' : audit.repeated.join('; ')} ${verdict(audit.repeated.length === 0)}`,
    ],
    figures: {
      changes: plan.changes.length,
      requests: gate.admitted,
      predicted: info.predicted,
      sent,
      rate: info.rate,
      throttled: gate.throttled,
      failed,
      nextPlan: next.plan.changes.length,
      repeated: audit.repeated.length,
      ratio,
      applySeconds,
    },
  };
}

export const THROTTLE_TASKS: readonly BenchTask[] = [
  throttleTask({ name: 'sigma-plan-throttle-50', rate: 50, answer: 'html-429', apply: false }),
  throttleTask({ name: 'sigma-plan-throttle-200', rate: 200, answer: 'html-200', apply: false }),
  throttleTask({ name: 'sigma-apply-throttle-50', rate: 50, answer: 'json-429', apply: true }),
  // The same apply at another rate and with the other answer style: the pace is not tuned to the one above.
  throttleTask({ name: 'sigma-apply-throttle-200', rate: 200, answer: 'html-200', apply: true, optional: true }),
  throttleTask({ name: 'sigma-plan-throttle-50-full', rate: 50, answer: 'html-429', apply: false, full: true }),
];
