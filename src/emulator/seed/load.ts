// Reading a seed file: YAML (or JSON, which parses much faster for large
// benchmark seeds) checked against the seed schema. A broken seed stops the
// emulator with one sentence naming the file and the place.

import { readFile } from 'node:fs/promises';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { GrantformError } from '../../model/errors.js';
import { SEED_SCHEMA } from './schema.js';
import type { Seed } from './types.js';

export class SeedError extends GrantformError {
  override readonly name = 'SeedError';
}

let validator: ((value: unknown) => boolean) & { errors?: ErrorObject[] | null } | undefined;

function validate(): NonNullable<typeof validator> {
  if (validator) return validator;
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  const plugin = (addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule;
  (plugin as (target: Ajv2020) => void)(ajv);
  validator = ajv.compile(SEED_SCHEMA);
  return validator;
}

/** Reads and checks a seed file (`.json` as JSON, anything else as YAML). */
export async function loadSeed(file: string): Promise<Seed> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SeedError(code === 'ENOENT' ? `seed file ${file} does not exist` : `cannot read seed file ${file} (${code ?? 'unknown error'})`);
  }
  return parseSeed(text, file);
}

export function parseSeed(text: string, file = 'seed'): Seed {
  let value: unknown;
  try {
    value = file.endsWith('.json') ? JSON.parse(text) : parse(text, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    throw new SeedError(`${file} is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0] ?? ''}`);
  }
  return checkSeed(value, file);
}

export function checkSeed(value: unknown, file = 'seed'): Seed {
  const check = validate();
  if (!check(value)) {
    const error = check.errors?.[0];
    const where = error && error.instancePath !== '' ? ` at ${error.instancePath.slice(1).replaceAll('/', '.')}` : '';
    throw new SeedError(`${file} is not a valid emulator seed${where}: ${describe(error)}`);
  }
  return value as Seed;
}

function describe(error: ErrorObject | undefined): string {
  if (!error) return 'unknown problem';
  if (error.keyword === 'additionalProperties') return `unknown key "${String((error.params as { additionalProperty: unknown }).additionalProperty)}"`;
  if (error.keyword === 'enum') return `must be one of ${JSON.stringify((error.params as { allowedValues: unknown }).allowedValues)}`;
  return error.message ?? 'invalid';
}
