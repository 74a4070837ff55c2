// Issue 13's targets, each with PASS/FAIL: on every layout of the synthetic
// org at full size, `lint --format json`, `validate` and `plan` (local
// backend, empty state) as ratios to the parse floor, and peak RSS; at ten
// times the size, the same commands, their growth from full size, and the
// time `explain --user` / `explain --on` take after loading.
//
// Each command is paired with a parse-floor run of the same files, one
// after the other in the same minute (in alternating order, so that a
// machine getting busier or quieter does not favour either); the figure is
// the median ratio of those pairs, which is robust on a shared, noisy VM.

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { FULL_SIZE, LAYOUTS, TEN_TIMES_SIZE, writeSyntheticOrg, type Layout } from './synthetic-org.js';
import type { BenchScale } from './tasks.js';

const run = promisify(execFile);

interface Measured {
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

const COMMANDS = ['lint', 'validate', 'plan-empty'] as const;
type Command = (typeof COMMANDS)[number];

/** Ratio targets (× the parse floor) by scale; undefined: measured, no target. */
const RATIO_TARGET: Record<'full' | 'ten-times', Partial<Record<Command, number>>> = {
  full: { lint: 1.5, validate: 1.3, 'plan-empty': 1.6 },
  'ten-times': { lint: 1.5, 'plan-empty': 1.8 },
};
const RSS_TARGET_MB = { full: 400, 'ten-times': 1536 } as const;
const GROWTH_TARGET = 11;
const EXPLAIN_TARGET_SECONDS = 0.3;

async function measure(root: string, task: string, orgDir: string, scale: BenchScale): Promise<Measured> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench/measure.ts'), task, orgDir, scale], { cwd: root, maxBuffer: 1 << 20 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as Measured;
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
  readonly seconds: number;
  readonly floorSeconds: number;
  readonly peakRssMb: number;
}

const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

export async function runTargets(options: TargetOptions): Promise<string> {
  const rows: Row[] = [];
  const explains: { layout: Layout; scale: string; userSeconds: number; onSeconds: number }[] = [];
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
      const seconds: number[] = [];
      const floors: number[] = [];
      let peakRssMb = 0;
      for (let pair = 0; pair < pairs; pair += 1) {
        const floorFirst = pair % 2 === 0;
        const first = await measure(options.root, floorFirst ? 'parse-floor' : command, orgDir, scale);
        const second = await measure(options.root, floorFirst ? command : 'parse-floor', orgDir, scale);
        const [floor, measured] = floorFirst ? [first, second] : [second, first];
        ratios.push(measured.seconds / floor.seconds);
        seconds.push(measured.seconds);
        floors.push(floor.seconds);
        peakRssMb = Math.max(peakRssMb, measured.peakRssMb);
      }
      const row: Row = { layout, scale, command, ratio: median(ratios), ratios, seconds: median(seconds), floorSeconds: median(floors), peakRssMb };
      rows.push(row);
      process.stderr.write(`  ${layout.padEnd(11)} ${scale.padEnd(9)} ${command.padEnd(10)} ${row.ratio.toFixed(2)}× (${ratios.map((r) => r.toFixed(2)).join(' ')})  ${row.seconds.toFixed(2)} s vs ${row.floorSeconds.toFixed(2)} s  ${peakRssMb.toFixed(0)} MB\n`);
    }
    const explain = await measure(options.root, 'explain-after-load', orgDir, scale);
    explains.push({ layout, scale, userSeconds: explain.userSeconds as number, onSeconds: explain.onSeconds as number });
  }

  const lines = [
    `Paired runs: ${options.pairs} per command at full size, ${options.tenTimesPairs} at ten times; each figure is the median of the pairs' ratios (seconds: medians too).`,
    '',
    '| layout | scale | command | × parse floor | target | seconds | parse floor (s) | peak RSS (MB) | target | result |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const row of rows) {
    const target = RATIO_TARGET[row.scale][row.command];
    const rssTarget = RSS_TARGET_MB[row.scale];
    const ok = (target === undefined || row.ratio <= target) && row.peakRssMb < rssTarget;
    lines.push(
      `| ${row.layout} | ${row.scale} | ${row.command} | ${row.ratio.toFixed(2)} | ${target === undefined ? '—' : `≤ ${target}`} | ${row.seconds.toFixed(2)} | ${row.floorSeconds.toFixed(2)} | ${row.peakRssMb.toFixed(0)} | < ${rssTarget} | ${verdict(ok)} |`,
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
  lines.push('', '| layout | scale | explain --user after load (s) | explain --on after load (s) | target | result |', '|---|---|---:|---:|---:|---|');
  for (const each of explains) {
    const ok = each.userSeconds < EXPLAIN_TARGET_SECONDS && each.onSeconds < EXPLAIN_TARGET_SECONDS;
    lines.push(`| ${each.layout} | ${each.scale} | ${each.userSeconds.toFixed(3)} | ${each.onSeconds.toFixed(3)} | < ${EXPLAIN_TARGET_SECONDS} | ${verdict(ok)} |`);
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
