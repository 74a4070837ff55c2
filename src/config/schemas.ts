// The JSON Schemas in schemas/ are the contract: loaded from disk at run
// time (they ship with the package) and compiled once per process.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

export const SCHEMA_NAMES = ['grantform', 'resources', 'plan', 'diagnostics', 'explain', 'access'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const SCHEMAS_DIR = fileURLToPath(new URL('../../schemas/', import.meta.url));

export function schemaPath(name: SchemaName): string {
  return `${SCHEMAS_DIR}${name}.schema.json`;
}

export function schemaText(name: SchemaName): string {
  return readFileSync(schemaPath(name), 'utf8');
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();

function instance(): Ajv2020 {
  if (ajv) return ajv;
  // strictTypes is off because if/then branches constrain properties without
  // repeating `type: object`; unknown keywords stay refused.
  ajv = new Ajv2020({ allErrors: true, verbose: true, discriminator: true, strict: true, strictTypes: false, strictRequired: false });
  // `errorMessage` is an annotation for people (editors show it too): it is
  // the sentence grantform prints when the schema node holding it fails.
  ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' });
  const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
  (addFormats as unknown as (target: Ajv2020) => void)(ajv);
  for (const name of SCHEMA_NAMES) ajv.addSchema(JSON.parse(schemaText(name)) as object);
  return ajv;
}

export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = instance().getSchema(`https://grantform.dev/schemas/${name}.schema.json`);
    if (!validate) throw new Error(`schema ${name} is not registered`);
    compiled.set(name, validate);
  }
  return validate;
}
