// Runs one benchmark task in this process and prints one JSON line:
// { "seconds": …, "cpuSeconds": …, "peakRssMb": … }. Called by scripts/bench/run.ts.

import { performance } from 'node:perf_hooks';
import { TASKS } from './tasks.js';

const [name, orgDir, scale] = process.argv.slice(2);
const task = TASKS.find((each) => each.name === name);
if (!task || !orgDir || (scale !== 'full' && scale !== 'tenth' && scale !== 'ten-times')) {
  process.stderr.write('usage: measure.ts TASK ORG_DIR full|tenth|ten-times\n');
  process.exitCode = 2;
} else {
  await task.beforeEach?.({ orgDir, scale });
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const extra = await task.run({ orgDir, scale });
  const seconds = (performance.now() - started) / 1000;
  // CPU time of every thread (GC helpers included): steadier than wall time on a shared machine.
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds, peakRssMb, ...(extra ?? {}) })}\n`);
}
