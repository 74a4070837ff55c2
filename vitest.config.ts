import { defineConfig } from 'vitest/config';

// The JSON report is what `.ci/run` reads to print its closing
// `tests: N passed, M failed` line; the default reporter is for people.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.test-results/vitest.json' }]],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
