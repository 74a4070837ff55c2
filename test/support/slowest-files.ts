// A reporter that ends `npm test` with the ten slowest test files: what to
// look at first when the suite gets slower, and what LONGEST in
// longest-first.ts should name.

import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const SHOWN = 10;

export class SlowestFiles implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const files = modules.map((module) => {
      const { collectDuration, setupDuration, duration } = module.diagnostic();
      return { name: path.relative(process.cwd(), module.moduleId), ms: collectDuration + setupDuration + duration };
    });
    files.sort((a, b) => b.ms - a.ms);
    const lines = files.slice(0, SHOWN).map((file) => `${(file.ms / 1000).toFixed(2).padStart(7)} s  ${file.name}`);
    process.stdout.write(`\nSlowest ${Math.min(SHOWN, files.length)} test files (import + tests):\n${lines.join('\n')}\n`);
  }
}
