// Benchmark tasks of the reconciler: plan the synthetic org against a local
// state that holds it 10% different, render that plan in each format, and
// apply it on the local backend (the state written once, at the end).
// `prepare` writes the drifted state once per org; `beforeEach` puts it
// back before every measured run, since apply changes it.

import { access, copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pc from 'picocolors';
import { executePlan } from '../../src/apply/executor.js';
import { LocalBackend } from '../../src/backends/local/local-backend.js';
import { serializeState } from '../../src/backends/local/state-file.js';
import { loadProject } from '../../src/config/load-project.js';
import type { Project } from '../../src/model/project.js';
import { desiredFromProject } from '../../src/plan/desired.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { renderPlanJson } from '../../src/plan/render/json.js';
import { renderPlanMarkdown } from '../../src/plan/render/markdown.js';
import { renderPlanText } from '../../src/plan/render/text.js';
import { driftedSnapshot } from './drifted-state.js';
import type { BenchContext, BenchTask } from './tasks.js';

const statePath = (orgDir: string) => path.join(orgDir, '.grantform', 'state.json');
const pristinePath = (orgDir: string) => path.join(orgDir, '.grantform', 'drifted-state.json');

async function project(orgDir: string): Promise<Project> {
  const result = await loadProject(orgDir);
  if (!result.project) throw new Error(`synthetic org is invalid: ${result.diagnostics[0]?.message}`);
  return result.project;
}

function backend(orgDir: string): LocalBackend {
  return new LocalBackend({ statePath: statePath(orgDir), env: {}, grantformVersion: 'bench' });
}

/** Once per org (the org is written afresh by every bench run), whichever of these tasks runs first. */
async function prepare({ orgDir }: BenchContext): Promise<void> {
  if (await access(pristinePath(orgDir)).then(() => true, () => false)) return;
  const snapshot = driftedSnapshot(desiredFromProject(await project(orgDir)));
  await mkdir(path.dirname(statePath(orgDir)), { recursive: true });
  await writeFile(pristinePath(orgDir), serializeState({ serial: 1, lineage: 'bench', nextId: 1_000_000, snapshot }, 'bench'));
  await restore({ orgDir, scale: 'full' });
  const { plan } = await makePlan(await project(orgDir), backend(orgDir));
  process.stderr.write(`  (the drifted state gives a plan of ${plan.changes.length} changes)\n`);
}

async function restore({ orgDir }: BenchContext): Promise<void> {
  await copyFile(pristinePath(orgDir), statePath(orgDir));
  await rm(`${statePath(orgDir)}.lock`, { force: true });
}

async function planOf(orgDir: string) {
  return (await makePlan(await project(orgDir), backend(orgDir))).plan;
}

const plain = pc.createColors(false);

export const PLAN_TASKS: readonly BenchTask[] = [
  { name: 'plan', description: 'load + read the local state + plan (no output)', prepare, beforeEach: restore, run: async ({ orgDir }) => void (await planOf(orgDir)) },
  {
    name: 'plan --format text',
    prepare,
    description: 'plan, rendered as text',
    beforeEach: restore,
    run: async ({ orgDir }) => void renderPlanText(await planOf(orgDir), plain).length,
  },
  {
    name: 'plan --format json',
    prepare,
    description: 'plan, rendered as JSON',
    beforeEach: restore,
    run: async ({ orgDir }) => void renderPlanJson(await planOf(orgDir), { grantformVersion: 'bench', backend: 'local' }).length,
  },
  {
    name: 'plan --format markdown',
    prepare,
    description: 'plan, rendered as Markdown (cut to 60,000 characters)',
    beforeEach: restore,
    run: async ({ orgDir }) => void renderPlanMarkdown(await planOf(orgDir)).length,
  },
  {
    name: 'apply',
    prepare,
    description: 'lock + load + read + plan + make every change + write the state once',
    beforeEach: restore,
    async run({ orgDir }) {
      const target = backend(orgDir);
      const lock = await target.lock({ operation: 'apply', timeoutMs: 0 });
      try {
        const { plan } = await makePlan(await project(orgDir), target);
        const report = await executePlan(plan.changes, target, { parallelism: 8 });
        if (report.counts.failed > 0) throw new Error(`apply failed: ${JSON.stringify(report.results.find((result) => result.outcome.status === 'failed'))}`);
      } finally {
        await lock.release();
      }
    },
  },
];
