// The JSON Schemas in schemas/ are the contract: loaded from disk at run
// time (they ship with the package) and compiled once per process. The two
// that every command validates project files with (grantform, resources)
// come precompiled (src/config/generated/validators.ts, `npm run
// gen:validators`): compiling them took 0.2–0.4 s of every run. They are
// used only while the schemas on disk are the ones they were generated from;
// otherwise the schemas are compiled as before (slower, never wrong).

import type { ValidateFunction } from 'ajv/dist/2020.js';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { createAjv, schemaId, schemasDigest, type SchemaName } from './ajv-instance.js';
import * as precompiled from './generated/validators.js';

export { SCHEMA_NAMES, schemaPath, schemasDir, schemaText, type SchemaName } from './ajv-instance.js';

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaName, ValidateFunction>();
let precompiledCurrent: boolean | undefined;

function precompiledFor(name: SchemaName): ValidateFunction | undefined {
  const validate = (precompiled.VALIDATORS as Partial<Record<SchemaName, ValidateFunction>>)[name];
  if (!validate) return undefined;
  precompiledCurrent ??= precompiled.SCHEMAS_DIGEST === schemasDigest();
  return precompiledCurrent ? validate : undefined;
}

export function validatorFor(name: SchemaName): ValidateFunction {
  let validate = compiled.get(name);
  if (!validate) {
    validate = precompiledFor(name) ?? (ajv ??= createAjv()).getSchema(schemaId(name));
    if (!validate) throw new Error(`schema ${name} is not registered`);
    compiled.set(name, validate);
  }
  return validate;
}

/** Whether `validatorFor(name)` answers with the precompiled validator (tests, bench). */
export function usesPrecompiled(name: SchemaName): boolean {
  return precompiledFor(name) !== undefined;
}
