// docs/pull-request.md shows what a reviewer sees, made by a real run
// (scripts/github-example/render.ts): it must be what that run gives today.

import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { pullRequestMarkdown, runExample } from '../../scripts/github-example/render.js';

it('docs/pull-request.md is current (npx tsx scripts/github-example/render.ts rewrites it)', async () => {
  const rendered = pullRequestMarkdown(await runExample());
  expect(rendered).toBe(readFileSync('docs/pull-request.md', 'utf8'));
});
