// `npm run bench`: writes the synthetic org at full size and at 1/10, runs
// every task on both in child processes, and prints seconds, peak RSS and
// the ratio to the parse floor measured in the same run.
//
//   npm run bench -- --only parse-floor,validate --scale full
//
// Then issue 13's targets (scripts/bench/targets.ts): every layout at full
// size and one at ten times, paired with the parse floor, PASS/FAIL; and
// orgs of other shapes (scripts/bench/shapes.ts).
//
//   npm run bench -- --only targets --layouts single-file --ten-times none --pairs 5
//   npm run bench -- --only shapes

import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { FULL_SIZE, TENTH_SIZE, writeSyntheticOrg } from './synthetic-org.js';
import { LAYOUTS } from './synthetic-org.js';
import { layoutsFrom, runTargets } from './targets.js';
import { runShapes } from './shapes.js';
import { accessVerdicts } from './access-tasks.js';
import { TASKS } from './tasks.js';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const benchDir = path.join(root, '.bench');

interface Figure {
  task: string;
  scale: 'full' | 'tenth';
  seconds: number;
  peakRssMb: number;
  /** A task's own figures (the Sigma plan: requests, predicted, concurrency). */
  [extra: string]: number | string;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const only = argument('only')?.split(',');
const scales = (argument('scale') ?? 'both') === 'both' ? (['tenth', 'full'] as const) : ([argument('scale') as 'full' | 'tenth'] as const);
/** Each task runs this many times; the fastest run is kept (the machines are shared and noisy). */
const repeats = Number(argument('repeats') ?? 3);
const tasks = TASKS.filter((task) => (only ? only.includes(task.name) || task.name === 'parse-floor' : !task.optional));
/** `--only targets` runs only the targets; any other `--only` only its tasks. */
const classic = !only || only.some((name) => name !== 'targets' && name !== 'shapes');
const targets = !only || only.includes('targets');
const shapes = !only || only.includes('shapes');

const figures: Figure[] = [];
for (const scale of classic ? scales : []) {
  const orgDir = path.join(benchDir, `org-${scale}`);
  process.stderr.write(`writing the ${scale} synthetic org to ${path.relative(root, orgDir)}\n`);
  await writeSyntheticOrg(orgDir, scale === 'full' ? FULL_SIZE : TENTH_SIZE);
  for (const task of tasks) {
    if (task.scales && !task.scales.includes(scale)) continue;
    if (task.prepare) await task.prepare({ orgDir, scale });
    let best: Figure | undefined;
    for (let attempt = 0; attempt < (task.repeats ?? repeats); attempt += 1) {
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/bench/measure.ts'), task.name, orgDir, scale], {
        cwd: root,
        maxBuffer: 1 << 20,
      });
      // A task's own report (targets with PASS/FAIL).
      if (stderr) process.stderr.write(stderr);
      const figure: Figure = { task: task.name, scale, ...(JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { seconds: number; peakRssMb: number }) };
      if (!best || figure.seconds < best.seconds) best = { ...figure, peakRssMb: Math.max(figure.peakRssMb, best?.peakRssMb ?? 0) };
    }
    if (task.finish) await task.finish({ orgDir, scale });
    if (best) {
      figures.push(best);
      process.stderr.write(`  ${task.name.padEnd(22)} ${scale.padEnd(5)} ${best.seconds.toFixed(3)} s  ${best.peakRssMb.toFixed(0)} MB\n`);
    }
  }
}

const floor = (scale: string) => figures.find((figure) => figure.task === 'parse-floor' && figure.scale === scale)?.seconds ?? NaN;
const lines = ['| task | scale | seconds | × parse floor | peak RSS (MB) | growth 1/10 → full |', '|---|---|---:|---:|---:|---:|'];
for (const figure of figures) {
  const tenth = figures.find((each) => each.task === figure.task && each.scale === 'tenth');
  const growth = figure.scale === 'full' && tenth ? `${(figure.seconds / tenth.seconds).toFixed(1)}×` : '';
  lines.push(
    `| ${figure.task} | ${figure.scale} | ${figure.seconds.toFixed(3)} | ${(figure.seconds / floor(figure.scale)).toFixed(2)} | ${figure.peakRssMb.toFixed(0)} | ${growth} |`,
  );
}
if (classic) process.stdout.write(`${lines.join('\n')}\n`);

// The Sigma plan: requests against the formula, and the speed-up of concurrency.
const sigma = figures.filter((figure) => typeof figure.requests === 'number' && typeof figure.concurrency === 'number');
if (sigma.length > 0) {
  const table = ['', '| task | scale | concurrency | requests | formula | seconds | peak RSS (MB) | speed-up vs concurrency 1 |', '|---|---|---:|---:|---:|---:|---:|---:|'];
  for (const figure of sigma) {
    const serial = sigma.find((each) => each.scale === figure.scale && each.concurrency === 1);
    const speedup = serial && figure !== serial ? `${(serial.seconds / figure.seconds).toFixed(1)}×` : '';
    table.push(`| ${figure.task} | ${figure.scale} | ${figure.concurrency} | ${figure.requests} | ${figure.predicted} | ${figure.seconds.toFixed(2)} | ${figure.peakRssMb.toFixed(0)} | ${speedup} |`);
  }
  process.stdout.write(`${table.join('\n')}\n`);
}
for (const line of accessVerdicts(figures)) process.stdout.write(`${line}\n`);
// Sigma at the server's pace (scripts/bench/sigma-throttle-tasks.ts): time against requests ÷ R, throttled share.
const paced = figures.filter((figure) => typeof figure.rate === 'number');
if (paced.length > 0) {
  const table = ['', '| task | R (req/s) | requests | formula | throttled | seconds | × requests ÷ R | peak RSS (MB) |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const figure of paced) {
    table.push(`| ${figure.task} | ${figure.rate} | ${figure.requests} | ${figure.predicted} | ${figure.throttled} | ${figure.seconds.toFixed(2)} | ${Number(figure.ratio).toFixed(2)} | ${figure.peakRssMb.toFixed(0)} |`);
  }
  process.stdout.write(`${table.join('\n')}\n`);
}
// The language server: latencies in milliseconds and the server's memory (scripts/bench/lsp-tasks.ts).
const lspFigures = figures.filter((figure) => typeof figure.changeMedianMs === 'number');
if (lspFigures.length > 0) {
  const table = [
    '',
    '| scale | edits | didChange → diagnostics median (ms) | p95 (ms) | hover median (ms) | completion median (ms) | server RSS after 100 / 500 / all edits (MB) |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const ms = (value: number | string | undefined) => (typeof value === 'number' ? value.toFixed(1) : '');
  const mb = (value: number | string | undefined) => (typeof value === 'number' ? value.toFixed(0) : '–');
  for (const figure of lspFigures) {
    const rss = `${mb(figure.serverRssAt100EditsMb)} / ${mb(figure.serverRssAt500EditsMb)} / ${mb(figure.serverRssAfterEditsMb)}`;
    table.push(`| ${figure.scale} | ${figure.edits} | ${ms(figure.changeMedianMs)} | ${ms(figure.changeP95Ms)} | ${ms(figure.hoverMedianMs)} | ${ms(figure.completionMedianMs)} | ${rss} |`);
  }
  process.stdout.write(`${table.join('\n')}\n`);
}
await mkdir(benchDir, { recursive: true });
if (classic) await writeFile(path.join(benchDir, 'results.json'), `${JSON.stringify({ node: process.version, figures }, null, 2)}\n`);

if (targets) {
  const table = await runTargets({
    root,
    benchDir,
    layouts: layoutsFrom(argument('layouts'), LAYOUTS),
    // The users file (the bench's first layout at ten times) and the single file, whose one 24 MiB document is
    // the hardest on memory; `--ten-times per-team,users-file,single-file,deep-tree,per-user` runs all five.
    tenTimesLayouts: layoutsFrom(argument('ten-times'), ['users-file', 'single-file']),
    pairs: Number(argument('pairs') ?? 3),
    tenTimesPairs: Number(argument('ten-times-pairs') ?? 3),
  });
  process.stdout.write(`\n${table}`);
  await writeFile(path.join(benchDir, 'targets.md'), table);
}

if (shapes) {
  const table = await runShapes({ root, benchDir });
  process.stdout.write(`\n${table}`);
  await writeFile(path.join(benchDir, 'shapes.md'), table);
}
