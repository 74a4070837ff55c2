// The one way grantform sets up ajv for its schemas, shared by the run-time
// compiler (src/config/schemas.ts) and the generator of the precompiled
// validators (scripts/gen-validators.ts), so that both validate alike.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv2020, Options } from 'ajv/dist/2020.js';

// ajv itself is loaded only when a schema is compiled at run time: the
// project files' validators come precompiled, and loading ajv's compiler
// cost every command a tenth of a second.
const require = createRequire(import.meta.url);

export const SCHEMA_NAMES = ['grantform', 'resources', 'plan', 'plan-file', 'diagnostics', 'explain', 'access'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const SCHEMAS_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

/** The package's own schemas/ folder (absolute, with a trailing separator). */
export function schemasDir(): string {
  return SCHEMAS_DIR;
}

export function schemaPath(name: SchemaName): string {
  return `${SCHEMAS_DIR}${name}.schema.json`;
}

export function schemaText(name: SchemaName): string {
  return readFileSync(schemaPath(name), 'utf8');
}

export const schemaId = (name: SchemaName) => `https://grantform.dev/schemas/${name}.schema.json`;

/** A digest of every schema's text: the precompiled validators are used only while it is the one they were generated from. */
export function schemasDigest(): string {
  const hash = createHash('sha256');
  for (const name of SCHEMA_NAMES) hash.update(`${name}\0${schemaText(name)}\0`);
  return hash.digest('hex');
}

/** An ajv instance with every schema added (compiled on demand); `code` only for the generator. */
export function createAjv(code?: Options['code']): Ajv2020 {
  // strictTypes is off because if/then branches constrain properties without
  // repeating `type: object`; unknown keywords stay refused.
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormatsModule = require('ajv-formats') as typeof import('ajv-formats');
  const ajv = new Ajv({ allErrors: true, verbose: true, discriminator: true, strict: true, strictTypes: false, strictRequired: false, ...(code && { code }) });
  // `errorMessage` is an annotation for people (editors show it too): it is
  // the sentence grantform prints when the schema node holding it fails.
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  (addFormats as unknown as (target: Ajv2020) => void)(ajv);
  for (const name of SCHEMA_NAMES) ajv.addSchema(JSON.parse(schemaText(name)) as object);
  return ajv;
}
