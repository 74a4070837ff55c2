// A preload for whole-process measurements (`node --import
// scripts/bench/process-usage.mjs …`): when the process exits, it writes
// its CPU seconds and peak resident memory, as one JSON line, to the file
// named by GRANTFORM_BENCH_USAGE. Plain JavaScript, so that it adds nothing
// to what it measures.

import { appendFileSync } from 'node:fs';

const file = process.env.GRANTFORM_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
    appendFileSync(file, `${JSON.stringify({ cpuSeconds, peakRssMb: usage.maxRSS / 1024 })}\n`);
  });
}
