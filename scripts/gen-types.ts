// Writes src/model/generated/*.ts from schemas/*.schema.json with
// json-schema-to-typescript. The schemas are the source of truth; the output
// is committed, and test/generated-types.test.ts fails when it is stale.
//
//   npm run gen:types            regenerate
//   npm run gen:types -- --check exit 1 if the committed files differ

import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const schemasDir = path.join(root, 'schemas');
export const generatedDir = path.join(root, 'src', 'model', 'generated');

/** Each schema and the name of its root type. */
const SCHEMAS = [
  { file: 'grantform.schema.json', typeName: 'ProjectFile', out: 'project-file.ts' },
  { file: 'resources.schema.json', typeName: 'ResourceFile', out: 'resource-file.ts' },
  { file: 'diagnostics.schema.json', typeName: 'DiagnosticsDocument', out: 'diagnostics-document.ts' },
  { file: 'plan.schema.json', typeName: 'PlanDocument', out: 'plan-document.ts' },
  { file: 'explain.schema.json', typeName: 'ExplainDocument', out: 'explain-document.ts' },
  { file: 'access.schema.json', typeName: 'AccessDocument', out: 'access-document.ts' },
] as const;

const BANNER = (file: string) =>
  `// Generated from schemas/${file} by \`npm run gen:types\`. Do not edit by hand.\n/* eslint-disable */`;

export async function generateTypes(): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  for (const { file, typeName, out } of SCHEMAS) {
    const schema = JSON.parse(await readFile(path.join(schemasDir, file), 'utf8')) as JSONSchema;
    // The root title would otherwise name the root type.
    const named = { ...schema, title: typeName };
    const source = await compile(named, typeName, {
      bannerComment: BANNER(file),
      cwd: schemasDir,
      additionalProperties: false,
      unreachableDefinitions: false,
      declareExternallyReferenced: true,
      format: true,
      style: { singleQuote: true, printWidth: 120 },
    });
    result.set(out, source);
  }
  return result;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const files = await generateTypes();
  let stale = 0;
  await mkdir(generatedDir, { recursive: true });
  for (const [name, content] of files) {
    const target = path.join(generatedDir, name);
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current === content) continue;
    if (check) {
      stale += 1;
      process.stderr.write(`${path.relative(root, target)} is out of date: run npm run gen:types\n`);
    } else {
      await writeFile(target, content);
      process.stdout.write(`wrote ${path.relative(root, target)}\n`);
    }
  }
  if (stale > 0) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
