import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { LongestFirst } from './test/support/longest-first.js';
import { SlowestFiles } from './test/support/slowest-files.js';

// The JSON report is what `.ci/run` reads to print its closing
// `tests: N passed, M failed` line; the default reporter is for people, and
// SlowestFiles ends the run with the ten slowest files.
//
// Speed (docs/performance.md, "Test suite"): test files share worker
// processes (isolate: false) instead of starting a process and importing
// the sources again for each of the ~100 files, which took more time than
// the tests. That is safe because no test changes process-wide state
// (process.env, the working directory, globals): the CLI runs in-process on
// a context of its own (test/support/temp-project.ts), and what helpers
// create is undone after each test by the setup file. Many tests wait on
// child processes and loopback servers, so even two cores keep two workers
// busy (vitest's default would be one on a 2-core machine).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }], new SlowestFiles()],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    isolate: false,
    maxWorkers: Math.max(2, availableParallelism()),
    setupFiles: ['test/support/cleanup-hook.ts'],
    sequence: { sequencer: LongestFirst },
  },
});
