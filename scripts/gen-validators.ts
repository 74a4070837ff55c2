// Writes src/config/generated/validators.ts: the validators of the project
// files' schemas (grantform, resources) as ajv standalone code, so that no
// run compiles them (0.2–0.4 s each time). The schemas are the source of
// truth; the output is committed, src/config/schemas.ts uses it only while
// the schemas' digest is the one recorded in it, and
// test/generated-validators.test.ts fails when it is stale.
//
//   npm run gen:validators            regenerate
//   npm run gen:validators -- --check exit 1 if the committed file differs

import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import standaloneModule from 'ajv/dist/standalone/index.js';
import { _ } from 'ajv/dist/compile/codegen/index.js';
import { createAjv, schemaId, schemasDigest } from '../src/config/ajv-instance.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const validatorsPath = path.join(root, 'src', 'config', 'generated', 'validators.ts');

const standaloneCode = ((standaloneModule as unknown as { default?: typeof standaloneModule }).default ?? standaloneModule) as unknown as (
  ajv: unknown,
  refs: Record<string, string>,
) => string;

export function generateValidators(): string {
  const ajv = createAjv({ source: true, esm: true, lines: true, formats: _`require("ajv-formats/dist/formats").fullFormats` });
  const code = standaloneCode(ajv, { grantform: schemaId('grantform'), resources: schemaId('resources') });
  // ajv's ESM output still loads its run-time helpers with require().
  const body = code.replace(/^"use strict";/, '');
  return [
    '// Generated from schemas/*.schema.json by `npm run gen:validators` (ajv standalone code). Do not edit by hand.',
    '// @ts-nocheck',
    '/* eslint-disable */',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
    `export const SCHEMAS_DIGEST = ${JSON.stringify(schemasDigest())};`,
    'export const VALIDATORS = { get grantform() { return grantform; }, get resources() { return resources; } };',
    body,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const fresh = generateValidators();
  const current = await readFile(validatorsPath, 'utf8').catch(() => '');
  if (current === fresh) return;
  if (process.argv.includes('--check')) {
    process.stderr.write(`${path.relative(root, validatorsPath)} is out of date: run npm run gen:validators\n`);
    process.exitCode = 1;
    return;
  }
  await mkdir(path.dirname(validatorsPath), { recursive: true });
  await writeFile(validatorsPath, fresh);
  process.stdout.write(`wrote ${path.relative(root, validatorsPath)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
