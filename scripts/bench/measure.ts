// Runs one benchmark task in this process and prints one JSON line:
// { "seconds": …, "peakRssMb": … }. Called by scripts/bench/run.ts.

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
  const extra = await task.run({ orgDir, scale });
  const seconds = (performance.now() - started) / 1000;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ seconds, peakRssMb, ...(extra ?? {}) })}\n`);
}
