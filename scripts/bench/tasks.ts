// The benchmark tasks, an explicit registry. Each runs in a child process of
// its own (scripts/bench/measure.ts) so that its peak RSS is its own.
// `prepare` runs untimed, once per org, before any measurement.

import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { findResourceFiles } from '../../src/config/project-files.js';
import { loadProject } from '../../src/config/load-project.js';
import { AccessIndex } from '../../src/access/access-index.js';
import { accessOn } from '../../src/access/effective-access.js';
import { lintProject } from '../../src/lint/runner.js';
import { renderDiagnosticsJson } from '../../src/cli/views/diagnostics-json.js';
import { renderAccessOnJson } from '../../src/cli/views/explain-json.js';
import { LAYOUT_TASKS } from './layout-tasks.js';
import { ACCESS_TASKS } from './access-tasks.js';
import { PLAN_TASKS } from './plan-tasks.js';
import { SIGMA_TASKS } from './sigma-tasks.js';
import { THROTTLE_TASKS } from './sigma-throttle-tasks.js';
import { LSP_TASKS } from './lsp-tasks.js';

export interface BenchContext {
  /** The synthetic org's project folder. */
  readonly orgDir: string;
  readonly scale: BenchScale;
}

/** The org's size: 1/10, full (5,000 users) or ten times (50,000 users). */
export type BenchScale = 'full' | 'tenth' | 'ten-times';

export interface BenchTask {
  readonly name: string;
  readonly description: string;
  /** Runs per measurement when not the harness's default (slow tasks: 1). */
  readonly repeats?: number;
  /** The scales it runs at, when not both. */
  readonly scales?: ReadonlyArray<'full' | 'tenth'>;
  /** Runs only when named in --only (a long task). */
  readonly optional?: boolean;
  readonly prepare?: (context: BenchContext) => Promise<void>;
  /** Runs untimed before every measured run, in the measuring process (e.g. to restore a state that the task changes). */
  readonly beforeEach?: (context: BenchContext) => Promise<void>;
  /** Untimed, after the task's runs on an org: stops what `prepare` started. */
  readonly finish?: (context: BenchContext) => Promise<void>;
  /** May return figures of its own (requests made…), printed beside the timing. */
  readonly run: (context: BenchContext) => Promise<void | Readonly<Record<string, number>>>;
}

/** What reading the files costs with the yaml package alone: the floor every other figure is compared with. */
const parseFloor: BenchTask = {
  name: 'parse-floor',
  description: 'yaml.parseDocument of every file, with positions (the floor)',
  async run({ orgDir }) {
    for (const file of (await findResourceFiles(orgDir)).files) {
      const counter = new LineCounter();
      const document = parseDocument(await readFile(file.real, 'utf8'), { lineCounter: counter });
      if (document.errors.length > 0) throw new Error(`${file.path}: ${document.errors[0]?.message}`);
    }
  },
};

const validate: BenchTask = {
  name: 'validate',
  description: 'load + schema validation + reference resolution',
  async run({ orgDir }) {
    const result = await loadProject(orgDir);
    if (!result.project) throw new Error(`synthetic org is invalid: ${result.diagnostics[0]?.message}`);
  },
};

/** What `grantform lint --format json` does: load, build the access index, run every rule, render. */
const lint: BenchTask = {
  name: 'lint',
  description: 'load + validate + access index + every lint rule + JSON rendering',
  async run({ orgDir }) {
    const { project, diagnostics } = await loadProject(orgDir);
    if (!project) throw new Error(`synthetic org is invalid: ${diagnostics[0]?.message}`);
    const result = lintProject(project);
    if (renderDiagnosticsJson(result.diagnostics).length === 0) throw new Error('no output');
  },
};

/** What `grantform explain --on snowflake-prod --format json` does: everyone with access on a whole connection. */
const explainConnection: BenchTask = {
  name: 'explain-on-connection',
  description: 'load + validate + access index + explain --on a whole connection (JSON)',
  async run({ orgDir }) {
    const { project, diagnostics } = await loadProject(orgDir);
    if (!project) throw new Error(`synthetic org is invalid: ${diagnostics[0]?.message}`);
    const result = accessOn(new AccessIndex(project), { connection: 'snowflake-prod', path: [] });
    if (result.users.length === 0 || [...renderAccessOnJson(result)].join('').length === 0) throw new Error('nobody has access');
  },
};

export const TASKS: readonly BenchTask[] = [parseFloor, validate, lint, explainConnection, ...PLAN_TASKS, ...LAYOUT_TASKS, ...ACCESS_TASKS, ...SIGMA_TASKS, ...THROTTLE_TASKS, ...LSP_TASKS];
