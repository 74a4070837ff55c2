// The precompiled validators (src/config/generated/validators.ts) must be
// what `npm run gen:validators` writes from today's schemas, must be the ones
// the loader uses, and must report exactly what ajv compiled at run time
// reports (the same errors, with the same schema nodes) on every file of the
// invalid fixtures and the examples.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { createAjv, schemaId } from '../src/config/ajv-instance.js';
import * as precompiled from '../src/config/generated/validators.js';
import { usesPrecompiled, validatorFor } from '../src/config/schemas.js';
import { generateValidators, validatorsPath } from '../scripts/gen-validators.js';

it('the committed precompiled validators match a fresh generation from the schemas, and the loader uses them', async () => {
  expect(await readFile(validatorsPath, 'utf8'), 'src/config/generated/validators.ts is stale: run npm run gen:validators').toBe(generateValidators());
  expect(usesPrecompiled('grantform')).toBe(true);
  expect(usesPrecompiled('resources')).toBe(true);
  expect(validatorFor('resources')).toBe(precompiled.VALIDATORS.resources);
}, 60_000);

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && /\.ya?ml$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
}

it('the precompiled validators report what the run-time compiled ones report', async () => {
  const ajv = createAjv();
  const root = path.resolve(import.meta.dirname, '..');
  const files = [...(await yamlFiles(path.join(root, 'test/fixtures/invalid'))), ...(await yamlFiles(path.join(root, 'examples')))];
  let invalid = 0;
  for (const file of files) {
    const text = await readFile(file, 'utf8').catch(() => '');
    const document = parseDocument(text);
    if (document.errors.length > 0) continue;
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: 100 }) as unknown;
    } catch {
      continue; // an alias bomb: refused before validation
    }
    const name = /grantform\.ya?ml$/.test(file) ? 'grantform' : 'resources';
    const reference = ajv.getSchema(schemaId(name));
    const fast = precompiled.VALIDATORS[name];
    if (!reference) throw new Error(`no schema ${name}`);
    const ok = reference(value);
    expect(fast(value), file).toBe(ok);
    expect((fast as unknown as { errors?: unknown }).errors ?? null, file).toEqual(reference.errors ?? null);
    if (!ok) invalid += 1;
  }
  expect(invalid).toBeGreaterThan(10);
});
