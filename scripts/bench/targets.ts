// Issue 13's targets, each with PASS/FAIL: on every layout of the synthetic
// org at full size, `grantform lint --format json`, `grantform validate` and
// `grantform plan` (local backend, no state yet: every resource a create,
// the whole plan printed) as ratios to the parse floor, and peak RSS; at ten
// times the size, the same commands, their growth from full size, and the
// time `explain --user` / `explain --on` take after loading.
//
// Each command runs as a user runs it: the built CLI in a process of its
// own, start-up and output included (to /dev/null). The parse floor is a
// process too (scripts/bench/parse-floor.mjs: the `yaml` package parsing
// the same files with positions). Each command is paired with a floor run,
// one after the other in the same minute (in alternating order, so that a
// machine getting busier or quieter does not favour either); the figure is
// the median ratio of those pairs, which is robust on a shared, noisy VM.

import { execFile, spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { FULL_SIZE, LAYOUTS, TEN_TIMES_SIZE, writeSyntheticOrg, type Layout } from './synthetic-org.js';
import type { BenchScale } from './tasks.js';

const run = promisify(execFile);

export interface Measured {
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly [extra: string]: number;
}

export interface TargetOptions {
  readonly root: string;
  readonly benchDir: string;
  readonly layouts: readonly Layout[];
  /** Layouts also measured at ten times the size. */
  readonly tenTimesLayouts: readonly Layout[];
  /** Paired runs per command (the median ratio is kept). */
  readonly pairs: number;
  readonly tenTimesPairs: number;
}

const COMMANDS = ['lint', 'validate', 'plan'] as const;
type Command = (typeof COMMANDS)[number];

/** Ratio targets (× the parse floor) by scale; undefined: measured, no target. */
const RATIO_TARGET: Record<'full' | 'ten-times', Partial<Record<Command, number>>> = {
  full: { lint: 1.5, validate: 1.3, plan: 1.6 },
  'ten-times': { lint: 1.5, plan: 1.8 },
};
const RSS_TARGET_MB = { full: 400, 'ten-times': 1536 } as const;
const GROWTH_TARGET = 11;
const EXPLAIN_TARGET_SECONDS = 0.3;

async function measure(root: string, task: string, orgDir: string, scale: BenchScale, env: Record<string, string> = {}): Promise<Measured> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench/measure.ts'), task, orgDir, scale], { cwd: root, maxBuffer: 1 << 20, env: { ...process.env, ...env } });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Measured;
}

/** What a measured process may run: issue 13's commands, the access review (JSON), or the parse floor. */
export type MeasuredCommand = Command | 'access' | 'parse-floor';

/** What each measured process runs: the CLI as a user runs it, or the parse floor. */
function commandLine(root: string, command: MeasuredCommand, orgDir: string, scratch: string): string[] {
  const cli = path.join(root, 'bin/grantform.js');
  switch (command) {
    case 'parse-floor':
      return [path.join(root, 'scripts/bench/parse-floor.mjs'), orgDir];
    case 'lint':
      return [cli, 'lint', orgDir, '--format', 'json'];
    case 'validate':
      return [cli, 'validate', orgDir];
    case 'plan':
      // A state file that does not exist yet: the plan creates everything.
      return [cli, 'plan', orgDir, '--state', path.join(scratch, 'no-state-yet.json')];
    case 'access':
      return [cli, 'access', orgDir, '--format', 'json'];
  }
}

/** One whole process: wall seconds from spawn to exit; CPU seconds and peak RSS from the process itself (process-usage.mjs). */
export async function measureProcess(root: string, command: MeasuredCommand, orgDir: string): Promise<Measured> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'grantform-bench-'));
  const usageFile = path.join(scratch, 'usage.json');
  try {
    const argv = ['--import', path.join(root, 'scripts/bench/process-usage.mjs'), ...commandLine(root, command, orgDir, scratch)];
    const started = performance.now();
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, argv, { cwd: root, env: { ...process.env, GRANTFORM_BENCH_USAGE: usageFile, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
      child.on('error', reject);
      child.on('close', (exit) => resolve({ code: exit, stderr: errors }));
    });
    const seconds = (performance.now() - started) / 1000;
    // lint exits 1 on the synthetic org's errors (account-type-too-low); anything else is a failed run.
    if (code !== 0 && !(command === 'lint' && code === 1)) throw new Error(`${command} on ${orgDir} exited ${code}: ${stderr.slice(0, 500)}`);
    const usage = JSON.parse((await readFile(usageFile, 'utf8')).trim()) as { cpuSeconds: number; peakRssMb: number };
    return { seconds, ...usage };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

interface Row {
  readonly layout: Layout;
  readonly scale: 'full' | 'ten-times';
  readonly command: Command;
  readonly ratio: number;
  readonly ratios: readonly number[];
  /** The median ratio of CPU seconds. */
  readonly cpuRatio: number;
  readonly seconds: number;
  readonly floorSeconds: number;
  readonly peakRssMb: number;
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

/** Processes per explain figure: one answer each, timed cold as the CLI answers it. */
const EXPLAIN_RUNS = 3;

interface ExplainSeconds {
  readonly user: number;
  readonly on: number;
}

/** The median, over EXPLAIN_RUNS processes, of `explain --user` and `explain --on` after loading, in one output format. */
async function explainSeconds(root: string, orgDir: string, scale: BenchScale, format: 'json' | 'text'): Promise<ExplainSeconds> {
  const runs: Measured[] = [];
  for (let each = 0; each < EXPLAIN_RUNS; each += 1) runs.push(await measure(root, 'explain-after-load', orgDir, scale, { GRANTFORM_BENCH_EXPLAIN_FORMAT: format }));
  return { user: median(runs.map((run) => run.userSeconds as number)), on: median(runs.map((run) => run.onSeconds as number)) };
}

export async function runTargets(options: TargetOptions): Promise<string> {
  // The commands run from dist/: build it, so that the figures are those of the code in the tree.
  await run('npm', ['run', 'build'], { cwd: options.root });
  const rows: Row[] = [];
  const explains: { layout: Layout; scale: string; json: ExplainSeconds; text: ExplainSeconds }[] = [];
  const plan: [Layout, 'full' | 'ten-times'][] = [
    ...options.layouts.map((layout) => [layout, 'full'] as [Layout, 'full']),
    ...options.tenTimesLayouts.map((layout) => [layout, 'ten-times'] as [Layout, 'ten-times']),
  ];
  for (const [layout, scale] of plan) {
    const orgDir = path.join(options.benchDir, `org-${layout}-${scale}`);
    process.stderr.write(`writing the ${layout} synthetic org (${scale}) to ${path.relative(options.root, orgDir)}\n`);
    await writeSyntheticOrg(orgDir, scale === 'full' ? FULL_SIZE : TEN_TIMES_SIZE, 42, layout);
    const pairs = scale === 'full' ? options.pairs : options.tenTimesPairs;
    for (const command of COMMANDS) {
      const ratios: number[] = [];
      // CPU seconds (every thread): steadier than wall time on a shared machine, shown beside it.
      const cpuRatios: number[] = [];
      const seconds: number[] = [];
      const floors: number[] = [];
      let peakRssMb = 0;
      for (let pair = 0; pair < pairs; pair += 1) {
        const floorFirst = pair % 2 === 0;
        const first = await measureProcess(options.root, floorFirst ? 'parse-floor' : command, orgDir);
        const second = await measureProcess(options.root, floorFirst ? command : 'parse-floor', orgDir);
        const [floor, measured] = floorFirst ? [first, second] : [second, first];
        ratios.push(measured.seconds / floor.seconds);
        cpuRatios.push((measured.cpuSeconds as number) / (floor.cpuSeconds as number));
        seconds.push(measured.seconds);
        floors.push(floor.seconds);
        peakRssMb = Math.max(peakRssMb, measured.peakRssMb);
      }
      const row: Row = { layout, scale, command, ratio: median(ratios), ratios, cpuRatio: median(cpuRatios), seconds: median(seconds), floorSeconds: median(floors), peakRssMb };
      rows.push(row);
      process.stderr.write(`  ${layout.padEnd(11)} ${scale.padEnd(9)} ${command.padEnd(10)} ${row.ratio.toFixed(2)}× (${ratios.map((r) => r.toFixed(2)).join(' ')}; CPU ${row.cpuRatio.toFixed(2)}×)  ${row.seconds.toFixed(2)} s vs ${row.floorSeconds.toFixed(2)} s  ${peakRssMb.toFixed(0)} MB\n`);
    }
    explains.push({ layout, scale, json: await explainSeconds(options.root, orgDir, scale, 'json'), text: await explainSeconds(options.root, orgDir, scale, 'text') });
  }

  const lines = [
    `Paired runs: ${options.pairs} per command at full size, ${options.tenTimesPairs} at ten times; each figure is the median of the pairs' ratios (seconds: medians too).`,
    '',
    '| layout | scale | command | × parse floor | target | CPU × parse floor | seconds | parse floor (s) | peak RSS (MB) | target | result |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const row of rows) {
    const target = RATIO_TARGET[row.scale][row.command];
    const rssTarget = RSS_TARGET_MB[row.scale];
    const ok = (target === undefined || row.ratio <= target) && row.peakRssMb < rssTarget;
    lines.push(
      `| ${row.layout} | ${row.scale} | ${row.command} | ${row.ratio.toFixed(2)} | ${target === undefined ? '—' : `≤ ${target}`} | ${row.cpuRatio.toFixed(2)} | ${row.seconds.toFixed(2)} | ${row.floorSeconds.toFixed(2)} | ${row.peakRssMb.toFixed(0)} | < ${rssTarget} | ${verdict(ok)} |`,
    );
  }
  const growth = rows.filter((row) => row.scale === 'ten-times');
  if (growth.length > 0) {
    lines.push('', '| layout | command | seconds, full | seconds, ten times | growth | target | result |', '|---|---|---:|---:|---:|---:|---|');
    for (const big of growth) {
      const small = rows.find((row) => row.scale === 'full' && row.layout === big.layout && row.command === big.command);
      if (!small) continue;
      const factor = big.seconds / small.seconds;
      lines.push(`| ${big.layout} | ${big.command} | ${small.seconds.toFixed(2)} | ${big.seconds.toFixed(2)} | ${factor.toFixed(1)}× | ≤ ${GROWTH_TARGET}× | ${verdict(factor <= GROWTH_TARGET)} |`);
    }
  }
  lines.push(
    '',
    `Explain after load: the median of ${EXPLAIN_RUNS} processes, each timing its first answer (index, answer, output); JSON (--format json: every source of every user) and text (the default: one line per user).`,
    '',
    '| layout | scale | --user, JSON (s) | --on, JSON (s) | --user, text (s) | --on, text (s) | target | result |',
    '|---|---|---:|---:|---:|---:|---:|---|',
  );
  for (const each of explains) {
    const ok = [each.json.user, each.json.on, each.text.user, each.text.on].every((seconds) => seconds < EXPLAIN_TARGET_SECONDS);
    lines.push(
      `| ${each.layout} | ${each.scale} | ${each.json.user.toFixed(3)} | ${each.json.on.toFixed(3)} | ${each.text.user.toFixed(3)} | ${each.text.on.toFixed(3)} | < ${EXPLAIN_TARGET_SECONDS} | ${verdict(ok)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export function layoutsFrom(text: string | undefined, fallback: readonly Layout[]): Layout[] {
  if (text === undefined) return [...fallback];
  if (text === '' || text === 'none') return [];
  const names = text.split(',');
  for (const name of names) if (!(LAYOUTS as readonly string[]).includes(name)) throw new Error(`unknown layout "${name}" (layouts: ${LAYOUTS.join(', ')})`);
  return names as Layout[];
}
