// Planning the synthetic org against the Sigma API emulator, 20 ms added to
// every request as a network would, at concurrency 1 and 8. The emulator runs
// in the harness process (started by `prepare`, stopped by `finish`), so that
// the measured child's seconds and peak RSS are the client's own; each
// figure comes with the requests made and the formula's prediction
// (test/support/sigma-request-formula.ts, docs/sigma-backend.md).

import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openBackend } from '../../src/backends/open-backend.js';
import { loadProject } from '../../src/config/load-project.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js';
import { formatObjectPath } from '../../src/model/object-path.js';
import type { Project, SigmaBackendSettings } from '../../src/model/project.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { hasChanges } from '../../src/plan/plan.js';
import { predictPlanRequests, total } from '../../test/support/sigma-request-formula.js';
import { BENCH_CLIENT_ID, BENCH_CLIENT_SECRET, seedFromProject } from './sigma-seed.js';
import type { BenchContext, BenchTask } from './tasks.js';

/** Added to every request, as a network between grantform and Sigma would. */
const LATENCY_MS = 20;

interface EmulatorInfo {
  readonly url: string;
  readonly predicted: number;
}

const infoFile = (orgDir: string) => path.join(orgDir, '.sigma-emulator.json');
let running: RunningEmulator | undefined;

async function loaded(orgDir: string): Promise<Project> {
  const { project, diagnostics } = await loadProject(orgDir);
  if (!project) throw new Error(`synthetic org is invalid: ${diagnostics[0]?.message}`);
  return project;
}

async function prepare({ orgDir }: BenchContext): Promise<void> {
  const project = await loaded(orgDir);
  running = await startEmulator({ seed: seedFromProject(project), env: {} });
  running.control.setFaults({ rules: [{ kind: 'latency', ms: LATENCY_MS }] });
  const predicted = total(predictPlanRequests(running.control.state(), project.grants.map((grant) => formatObjectPath(grant.object))));
  const info: EmulatorInfo = { url: running.url, predicted };
  await writeFile(infoFile(orgDir), JSON.stringify(info));
}

async function finish(): Promise<void> {
  await running?.close();
  running = undefined;
}

function planTask(concurrency: number): BenchTask {
  return {
    name: `sigma-plan-c${concurrency}`,
    description: `plan against the emulator (${LATENCY_MS} ms per request), concurrency ${concurrency}`,
    repeats: 1,
    prepare,
    finish,
    async run({ orgDir }) {
      const info = JSON.parse(await readFile(infoFile(orgDir), 'utf8')) as EmulatorInfo;
      const project = await loaded(orgDir);
      const settings: SigmaBackendSettings = {
        type: 'sigma',
        baseUrl: info.url,
        clientId: BENCH_CLIENT_ID,
        clientSecret: { env: 'BENCH_SIGMA_SECRET' },
        concurrency,
        tryGrantApiForAllLevels: false,
      };
      const sigmaProject: Project = { ...project, settings: { ...project.settings, backend: settings } };
      const backend = openBackend(settings, {
        env: { BENCH_SIGMA_SECRET: BENCH_CLIENT_SECRET },
        grantformVersion: 'bench',
        showPath: (absolute) => absolute,
        objects: project.grants.map((grant) => grant.object),
        connections: [...project.connections.values()],
      });
      const run = await makePlan(sigmaProject, backend);
      await backend.close();
      if (hasChanges(run.plan)) throw new Error(`the steady state planned ${run.plan.changes.length} changes, the first ${run.plan.changes[0]?.change.address}`);
      const requests = [...backend.requestCounts().values()].reduce((sum, n) => sum + n, 0);
      return { requests, predicted: info.predicted, concurrency };
    },
  };
}

export const SIGMA_TASKS: readonly BenchTask[] = [planTask(1), planTask(8)];
