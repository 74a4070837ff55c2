// Sigma's published contract, trimmed to the operations grantform uses
// (test/contract/sigma-openapi.trimmed.json, written by
// scripts/trim-openapi.ts): the emulator finds the operation of a request in
// it, checks query parameters and bodies against it, and tests check every
// response against it. Where the published schemas contradict themselves, the
// validators are lenient in the exact places listed in `lenient()` below.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: its plugin is the module itself or its `default`, depending on the loader.
function withFormats(ajv: Ajv2020): Ajv2020 {
  const plugin = (addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule;
  (plugin as (target: Ajv2020) => void)(ajv);
  return ajv;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export const DEFAULT_CONTRACT_PATH = fileURLToPath(new URL('../../test/contract/sigma-openapi.trimmed.json', import.meta.url));

export interface ContractOperation {
  readonly method: HttpMethod;
  /** The path template as the contract writes it, e.g. `/v2/teams/{teamId}`. */
  readonly template: string;
  readonly operationId: string;
  /** The body's media type, when the operation takes a body. */
  readonly requestContentType: string | undefined;
  readonly requiresBearer: boolean;
}

export interface OperationMatch {
  readonly operation: ContractOperation;
  readonly params: Readonly<Record<string, string>>;
}

export type QueryValues = Readonly<Record<string, string | number | boolean>>;

export type QueryCheck = { ok: true; values: QueryValues } | { ok: false; errors: string[] };

interface Template {
  readonly operation: ContractOperation;
  readonly segments: readonly string[];
  readonly literals: number;
  readonly raw: JsonObject;
}

const loaded = new Map<string, Contract>();

export class Contract {
  private readonly templates: Template[] = [];
  private readonly strictAjv = withFormats(new Ajv2020({ strict: false, allErrors: true }));
  private readonly coercingAjv = withFormats(new Ajv2020({ strict: false, allErrors: true, coerceTypes: true }));
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(document: unknown) {
    const paths = (document as { paths?: unknown }).paths;
    if (!isObject(paths)) throw new Error('the contract has no paths');
    for (const [template, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      for (const [method, raw] of Object.entries(item)) {
        if (!isObject(raw)) continue;
        const content = isObject(raw.requestBody) && isObject(raw.requestBody.content) ? Object.keys(raw.requestBody.content) : [];
        const security = Array.isArray(raw.security) ? raw.security : [];
        const operation: ContractOperation = {
          method: method.toUpperCase() as HttpMethod,
          template,
          operationId: typeof raw.operationId === 'string' ? raw.operationId : `${method} ${template}`,
          requestContentType: content[0],
          requiresBearer: security.some((each) => isObject(each) && 'oauth2' in each),
        };
        const segments = template.split('/').slice(1);
        const literals = segments.filter((each) => !each.startsWith('{')).length;
        this.templates.push({ operation, segments, literals, raw });
      }
    }
  }

  /**
   * The contract in `file`, one per file and process: its schemas compile on
   * first use and are kept, so that a second emulator in the same process
   * (tests start hundreds) does not compile them again. Nothing else in a
   * Contract changes after construction.
   */
  static load(file: string = DEFAULT_CONTRACT_PATH): Contract {
    let contract = loaded.get(file);
    if (!contract) {
      contract = new Contract(JSON.parse(readFileSync(file, 'utf8')));
      loaded.set(file, contract);
    }
    return contract;
  }

  operations(): ContractOperation[] {
    return this.templates.map((each) => each.operation);
  }

  operation(method: HttpMethod, template: string): ContractOperation | undefined {
    return this.templates.find((each) => each.operation.method === method && each.operation.template === template)?.operation;
  }

  /** The operation a concrete path calls; a literal segment beats a parameter (`/v2/connections/paths`). */
  match(method: string, pathname: string): OperationMatch | undefined {
    const segments = pathname.split('/').slice(1);
    let best: { template: Template; params: Record<string, string> } | undefined;
    for (const template of this.templates) {
      if (template.operation.method !== method || template.segments.length !== segments.length) continue;
      const params = matchSegments(template.segments, segments);
      if (params && (!best || template.literals > best.template.literals)) best = { template, params };
    }
    return best && { operation: best.template.operation, params: best.params };
  }

  /** Coerces and checks the query parameters the operation declares; others are ignored, as Sigma ignores them ([skills]). */
  checkQuery(operation: ContractOperation, query: URLSearchParams): QueryCheck {
    const raw = this.raw(operation);
    const parameters = Array.isArray(raw.parameters) ? raw.parameters.filter(isObject).filter((each) => each.in === 'query') : [];
    const values: Record<string, Json> = {};
    for (const parameter of parameters) {
      const name = String(parameter.name);
      const value = query.get(name);
      if (value !== null) values[name] = value;
    }
    const validate = this.compile(`${operation.method} ${operation.template} query`, this.coercingAjv, () => ({
      type: 'object',
      properties: Object.fromEntries(parameters.map((each) => [String(each.name), lenient(each.schema ?? {})])),
    }));
    if (!validate(values)) return { ok: false, errors: describeErrors(validate.errors, 'query') };
    return { ok: true, values: values as QueryValues };
  }

  /** Problems with a request body, as sentences without the submitted values (they may be secrets). */
  checkRequestBody(operation: ContractOperation, body: unknown): string[] {
    const type = operation.requestContentType;
    if (type === undefined) return [];
    const validate = this.compile(`${operation.method} ${operation.template} request`, this.strictAjv, () => {
      const content = (this.raw(operation).requestBody as JsonObject).content as JsonObject;
      return lenient((content[type] as JsonObject).schema ?? {});
    });
    return validate(body) ? [] : describeErrors(validate.errors, 'body');
  }

  /** Problems with a response body, against the schema of its status (or `default` for errors). */
  checkResponseBody(operation: ContractOperation, status: number, body: unknown): string[] {
    const responses = this.raw(operation).responses;
    if (!isObject(responses)) return ['the operation declares no responses'];
    const key = String(status) in responses ? String(status) : status >= 400 ? 'default' : undefined;
    if (key === undefined) return [`status ${status} is not a documented response of ${operation.operationId}`];
    const response = responses[key];
    const content = isObject(response) && isObject(response.content) ? response.content : undefined;
    const json = content && isObject(content['application/json']) ? content['application/json'] : undefined;
    if (!json) return [`response ${key} of ${operation.operationId} has no JSON schema`];
    const validate = this.compile(`${operation.method} ${operation.template} response ${key}`, this.strictAjv, () => lenient(json.schema ?? {}));
    return validate(body) ? [] : describeErrors(validate.errors, 'response');
  }

  private raw(operation: ContractOperation): JsonObject {
    const found = this.templates.find((each) => each.operation === operation);
    if (!found) throw new Error(`unknown operation ${operation.operationId}`);
    return found.raw;
  }

  // Compiling the large connection schemas takes tens of milliseconds: done on first use, not at start.
  private compile(key: string, ajv: Ajv2020, schema: () => Json): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = ajv.compile(schema() as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

function matchSegments(template: readonly string[], actual: readonly string[]): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (let i = 0; i < template.length; i += 1) {
    const expected = template[i] as string;
    const value = actual[i] as string;
    if (expected.startsWith('{') && expected.endsWith('}')) {
      if (value === '') return undefined;
      try {
        params[expected.slice(1, -1)] = decodeURIComponent(value);
      } catch {
        return undefined; // malformed percent-encoding: no operation matches, a 404
      }
    } else if (expected !== value) {
      return undefined;
    }
  }
  return params;
}

/**
 * The published schemas, corrected only where they contradict themselves or
 * are evidently mangled; every correction widens, none narrows:
 * 1. A `oneOf` of string enums that share values (connection permissions:
 *    `annotate` is in two branches, `view`/`edit`/`apply` in two) can never
 *    accept a shared value: read as one enum.
 * 2. `type: 'null'` beside a `oneOf` of strings (`idpType` in connection
 *    bodies) accepts nothing: read as "null or one of the strings".
 * 3. `type: [string, null]` with an `enum` that lacks null (team
 *    `visibility`): null is accepted.
 * 4. The connection body's `description` is typed as an object, most likely
 *    an artifact of the refined files (a property named like the annotation
 *    keyword); a string is accepted as well.
 * 5. A `oneOf` with a branch that requires nothing (Snowflake's
 *    `details.writeAccess`: `{writeDatabase, writeSchema, …}` or only
 *    `{materializationWarehouse?, useDynamicTables?}`) fails every value the
 *    other branches accept, since both then match: read as `anyOf`.
 */
export function lenient(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(lenient);
  if (!isObject(schema)) return schema;
  const result: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' && isObject(value)) {
      result.properties = Object.fromEntries(Object.entries(value).map(([name, each]) => [name, name === 'description' ? lenientDescription(each) : lenient(each)]));
    } else {
      result[key] = lenient(value);
    }
  }
  const merged = Array.isArray(result.oneOf) ? mergedStringEnums(result.oneOf) : undefined;
  if (merged) {
    delete result.oneOf;
    if (result.type === 'null') return { ...result, type: ['string', 'null'], enum: [...merged, null] };
    return { ...result, type: 'string', enum: merged };
  }
  if (Array.isArray(result.oneOf) && result.oneOf.length > 1 && result.oneOf.some(requiresNothing)) {
    const { oneOf, ...rest } = result;
    return { ...rest, anyOf: oneOf };
  }
  if (result.type === 'null' && Array.isArray(result.oneOf)) {
    const { type: _null, ...rest } = result;
    return { anyOf: [{ type: 'null' }, rest] };
  }
  if (Array.isArray(result.type) && result.type.includes('null') && Array.isArray(result.enum) && !result.enum.includes(null)) {
    result.enum = [...result.enum, null];
  }
  return result;
}

/** An object schema that any object satisfies: nothing required, nothing forbidden. */
function requiresNothing(schema: Json): boolean {
  if (!isObject(schema)) return false;
  if ((schema.type !== undefined && schema.type !== 'object') || schema.additionalProperties === false) return false;
  if ((Array.isArray(schema.required) && schema.required.length > 0) || 'enum' in schema || 'const' in schema || 'oneOf' in schema || 'anyOf' in schema) return false;
  return Array.isArray(schema.allOf) ? schema.allOf.every(requiresNothing) : true;
}

function lenientDescription(schema: Json): Json {
  if (isObject(schema) && schema.type === 'object' && isObject(schema.additionalProperties) && Object.keys(schema.additionalProperties).length === 0) {
    return { type: ['string', 'object'] };
  }
  return lenient(schema);
}

function mergedStringEnums(branches: Json[]): Json[] | undefined {
  const values: Json[] = [];
  for (const branch of branches) {
    if (!isObject(branch) || branch.type !== 'string' || !Array.isArray(branch.enum)) return undefined;
    if (Object.keys(branch).some((key) => key !== 'type' && key !== 'enum')) return undefined;
    for (const value of branch.enum) if (!values.includes(value)) values.push(value);
  }
  return values;
}

/**
 * At most three problems, most specific first, never quoting the data. The
 * branches of a `oneOf` whose `type` does not match (the warehouse variants
 * of connection `details`) are left out: their complaints would only mislead.
 */
function describeErrors(errors: ErrorObject[] | null | undefined, where: string): string[] {
  const all = errors ?? [];
  const otherBranches = all
    .filter((error) => error.keyword === 'enum' && error.instancePath.endsWith('/type'))
    .map((error) => /^(.*\/oneOf\/\d+\/)/.exec(error.schemaPath)?.[1])
    .filter((prefix): prefix is string => prefix !== undefined);
  const relevant = all.filter((error) => !otherBranches.some((prefix) => error.schemaPath.startsWith(prefix)));
  const specific = relevant.filter((error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf');
  const sentences: string[] = [];
  const sorted = [...(specific.length > 0 ? specific : relevant.length > 0 ? relevant : all)].sort((a, b) => b.instancePath.length - a.instancePath.length);
  for (const error of sorted) {
    const at = error.instancePath === '' ? where : `${where}${error.instancePath}`;
    const detail = error.keyword === 'enum' ? `must be one of ${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)}` : error.keyword === 'additionalProperties' ? `must not have property "${String((error.params as { additionalProperty?: unknown }).additionalProperty)}"` : (error.message ?? 'is invalid');
    const sentence = `${at} ${detail}`;
    if (!sentences.includes(sentence)) sentences.push(sentence);
    if (sentences.length === 3) break;
  }
  return sentences;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
