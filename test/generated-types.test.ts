// The TypeScript types in src/model/generated/ come from schemas/ and must
// not drift: this fails when a schema changed without `npm run gen:types`.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { generatedDir, generateTypes } from '../scripts/gen-types.js';

it('committed generated types match a fresh generation from the schemas', async () => {
  const fresh = await generateTypes();
  expect(fresh.size).toBe(6);
  for (const [name, content] of fresh) {
    const committed = await readFile(path.join(generatedDir, name), 'utf8');
    expect(committed, `${name} is stale: run npm run gen:types`).toBe(content);
  }
}, 60_000);
