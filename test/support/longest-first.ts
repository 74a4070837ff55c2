// The order test files start in. Files share the workers (vitest.config.ts),
// each worker takes the next file when it is free, and one file alone (the
// crash-safety test) runs for a good part of the suite: started last, it
// would run on one worker while the other sits idle. So the longest files go
// first, and the many short ones fill in around them.
//
// vitest's own sequencer already runs the longest first when its cache
// (node_modules/.vite/vitest) has durations from an earlier run; a fresh
// clone (CI) has none, and vitest then starts the largest files first, which
// are not the slow ones. LONGEST names the slow files as measured (the
// slowest-ten lines that `npm test` prints, docs/performance.md): a file
// missing from it only starts later, so a stale list costs time, never a test.

import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The files that run longest, longest first (paths from the repository root). */
export const LONGEST: readonly string[] = [
  'test/cli/crash-safety.test.ts',
  'test/package/installed-package.test.ts',
  'test/cli/sarif.test.ts',
  'test/github/report-command.test.ts',
  'test/plan/convergence.property.test.ts',
  'test/cli/startup-modules.test.ts',
  'test/warehouse/pg.test.ts',
  'test/github/action.test.ts',
  'test/backends/sigma/request-count.test.ts',
  'test/cli/lsp.test.ts',
  'test/cli/access-html.test.ts',
  'test/cli/hostile-projects.test.ts',
];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = LONGEST.findIndex((name) => file.moduleId.endsWith(`/${name}`));
      return index === -1 ? LONGEST.length : index;
    };
    // Array.prototype.sort is stable: the rest keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
