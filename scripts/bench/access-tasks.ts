// Benchmark tasks of the access review (#14): `access --format json` and
// `--format html` on the synthetic org, the HTML's first paint in headless
// Chromium, and the plan with its access diff against the plan without.
// ACCESS_TARGETS turns the figures into PASS/FAIL lines.

import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AccessIndex } from '../../src/access/access-index.js';
import { planAccessChanges } from '../../src/access/access-diff.js';
import { reviewUsers } from '../../src/access/access-review.js';
import { accessDocument, renderAccessJson } from '../../src/cli/views/access-json.js';
import { renderAccessHtml } from '../../src/cli/views/access-html.js';
import { LocalBackend } from '../../src/backends/local/local-backend.js';
import { loadProject } from '../../src/config/load-project.js';
import type { Project } from '../../src/model/project.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { PLAN_TASKS } from './plan-tasks.js';
import type { BenchTask } from './tasks.js';

async function project(orgDir: string): Promise<Project> {
  const result = await loadProject(orgDir);
  if (!result.project) throw new Error(`synthetic org is invalid: ${result.diagnostics[0]?.message}`);
  return result.project;
}

function documentOf(loaded: Project) {
  const index = new AccessIndex(loaded);
  return { index, document: accessDocument({ index, reviews: reviewUsers(index) }) };
}

function html(loaded: Project): string {
  const { index, document } = documentOf(loaded);
  const writeConnections = [...loaded.connections.values()].filter((connection) => connection.writeAccess).map((connection) => connection.name);
  const writingTypes = [...new Set([...loaded.users.values()].map((user) => user.accountType))].filter((type) => index.caps.allows('write-only', type));
  return renderAccessHtml(document, { generatedAt: new Date().toISOString(), writeConnections, writingTypes });
}

function chromium(): string | undefined {
  try {
    return execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const statePath = (orgDir: string) => path.join(orgDir, '.grantform', 'state.json');

export const ACCESS_TASKS: readonly BenchTask[] = [
  {
    name: 'access --format json',
    description: 'load + validate + access index + every user\'s compact listing + JSON',
    async run({ orgDir }) {
      const text = renderAccessJson(documentOf(await project(orgDir)).document);
      return { outputMb: Number((Buffer.byteLength(text) / 1e6).toFixed(2)) };
    },
  },
  {
    name: 'access --format html',
    description: 'the same, rendered as the self-contained HTML page',
    async run({ orgDir }) {
      const text = html(await project(orgDir));
      return { outputMb: Number((Buffer.byteLength(text) / 1e6).toFixed(2)) };
    },
  },
  {
    name: 'access html first paint',
    description: 'headless Chromium: open the HTML page from disk until the matrix is drawn (browser start not counted)',
    repeats: 1,
    async run({ orgDir }): Promise<Record<string, number>> {
      const executablePath = chromium();
      if (!executablePath) return { skipped: 1 };
      const dir = await mkdtemp(path.join(os.tmpdir(), 'grantform-paint-'));
      const file = path.join(dir, 'access.html');
      await writeFile(file, html(await project(orgDir)));
      const { default: puppeteer } = await import('puppeteer-core');
      const browser = await puppeteer.launch({ executablePath, headless: true, args: ['--no-sandbox'] });
      try {
        const page = await browser.newPage();
        await page.setViewport({ width: 1280, height: 800 });
        const started = performance.now();
        await page.goto(pathToFileURL(file).href);
        await page.waitForSelector('body[data-ready="true"] #rows .row');
        await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
        return { firstPaintSeconds: Number(((performance.now() - started) / 1000).toFixed(3)) };
      } finally {
        await browser.close();
        await rm(dir, { recursive: true, force: true });
      }
    },
  },
  {
    name: 'plan + access diff',
    description: 'plan (as the `plan` task) and the access diff of every user, live against the files',
    // The `plan` task's drifted state, written and restored the same way.
    ...(PLAN_TASKS[0]?.prepare && { prepare: PLAN_TASKS[0].prepare }),
    ...(PLAN_TASKS[0]?.beforeEach && { beforeEach: PLAN_TASKS[0].beforeEach }),
    async run({ orgDir }) {
      const loaded = await project(orgDir);
      const run = await makePlan(loaded, new LocalBackend({ statePath: statePath(orgDir), env: {}, grantformVersion: 'bench' }));
      return { accessChanges: planAccessChanges(loaded, run.live).length };
    },
  },
];

interface Figure {
  readonly task: string;
  readonly scale: string;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly [extra: string]: number | string;
}

/** PASS/FAIL lines for #14's targets, on the full org. */
export function accessVerdicts(figures: readonly Figure[]): string[] {
  const at = (task: string) => figures.find((figure) => figure.task === task && figure.scale === 'full');
  const floor = at('parse-floor');
  const lines: string[] = [];
  const verdict = (pass: boolean, text: string) => lines.push(`${pass ? 'PASS' : 'FAIL'} ${text}`);
  for (const task of ['access --format json', 'access --format html']) {
    const figure = at(task);
    if (!figure || !floor) continue;
    const ratio = figure.seconds / floor.seconds;
    verdict(ratio <= 2 && figure.peakRssMb < 500, `${task}: ${ratio.toFixed(2)}× the parse floor (≤ 2×), peak ${figure.peakRssMb.toFixed(0)} MB (< 500 MB), output ${figure.outputMb} MB`);
  }
  const page = at('access --format html');
  if (page && typeof page.outputMb === 'number') verdict(page.outputMb <= 10, `access --format html: ${page.outputMb} MB (≤ 10 MB)`);
  const paint = at('access html first paint');
  if (paint && typeof paint.firstPaintSeconds === 'number') verdict(paint.firstPaintSeconds <= 3, `access html first paint: ${paint.firstPaintSeconds} s (≤ 3 s)`);
  const plan = at('plan');
  const withAccess = at('plan + access diff');
  if (plan && withAccess) verdict(withAccess.seconds <= 1.2 * plan.seconds, `plan + access diff: ${(withAccess.seconds / plan.seconds).toFixed(2)}× plan (≤ 1.2×), ${withAccess.accessChanges} access changes`);
  return lines;
}
