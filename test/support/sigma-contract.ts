// The client's own contract check: every request it sends must be an
// operation of Sigma's published OpenAPI definitions, with declared query
// parameters only (Sigma ignores the others, so a misspelt filter would
// silently return everything) and a body its schema accepts. The source is
// the trimmed contract the emulator branch commits (test/contract/), else
// the saved OpenAPI files; without either, the checks skip.
//
// One leniency, stated: `oneOf` is read as `anyOf`. The published schemas
// have branches that overlap (Snowflake's `writeAccess`: its second branch,
// without `additionalProperties: false`, matches every object the first
// does), so a strict `oneOf` would refuse bodies Sigma documents.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import type { RecordedRequest } from './recording-proxy.js';

const TRIMMED = path.resolve('test/contract/sigma-openapi.trimmed.json');
const SHARED = '/work/shared/reference/sigma-openapi';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Operation {
  readonly method: string;
  readonly template: string;
  readonly segments: readonly string[];
  readonly raw: JsonObject;
}

export class SigmaContract {
  private readonly operations: Operation[] = [];
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly coercing = new Ajv2020({ strict: false, allErrors: true, coerceTypes: true });
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(paths: JsonObject) {
    for (const [template, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      for (const [method, raw] of Object.entries(item)) {
        if (isObject(raw) && ['get', 'post', 'put', 'patch', 'delete'].includes(method)) {
          this.operations.push({ method: method.toUpperCase(), template, segments: template.split('/').slice(1), raw });
        }
      }
    }
  }

  /** The contract, or undefined when neither source is on this machine. */
  static load(): SigmaContract | undefined {
    if (existsSync(TRIMMED)) {
      const paths = { ...(JSON.parse(readFileSync(TRIMMED, 'utf8')) as { paths: JsonObject }).paths };
      // Published (conn → getInodeConnectionPath) but not in the trimmed file: the client
      // uses it to place grants on tables the files do not name. Taken from the saved
      // definitions when present, else described here from them.
      paths['/v2/connections/paths/{inodeId}'] ??= sharedPaths()?.['/v2/connections/paths/{inodeId}'] ?? INODE_PATH_OPERATION;
      return new SigmaContract(paths);
    }
    const shared = sharedPaths();
    return shared && new SigmaContract(shared);
  }


  /** The problems with one request, as sentences; empty when it keeps to the contract. */
  check(request: RecordedRequest): string[] {
    const operation = this.match(request.method, request.path);
    const where = `${request.method} ${request.path}`;
    if (!operation) return [`${where} is not an operation of Sigma's API`];
    const problems: string[] = [];
    const declared = (Array.isArray(operation.raw.parameters) ? operation.raw.parameters : []).filter(isObject).filter((each) => each.in === 'query');
    const values: JsonObject = {};
    for (const [name, value] of request.query) {
      const parameter = declared.find((each) => each.name === name);
      if (!parameter) problems.push(`${where} sends query parameter "${name}", which ${operation.template} does not declare`);
      else values[name] = value;
    }
    const query = this.compile(`${operation.method} ${operation.template} query`, this.coercing, {
      type: 'object',
      properties: Object.fromEntries(declared.map((each) => [String(each.name), anyOf((each.schema ?? {}) as Json)])),
    });
    if (!query(values)) problems.push(`${where} query: ${this.coercing.errorsText(query.errors)}`);

    const content = isObject(operation.raw.requestBody) && isObject(operation.raw.requestBody.content) ? operation.raw.requestBody.content : undefined;
    if (content) {
      const type = Object.keys(content)[0] as string;
      if (!request.contentType?.startsWith(type)) problems.push(`${where} sends ${request.contentType ?? 'no content type'}, not ${type}`);
      const schema = isObject(content[type]) ? (content[type] as JsonObject).schema : undefined;
      const body = this.compile(`${operation.method} ${operation.template} body`, this.ajv, anyOf((schema ?? {}) as Json));
      if (!body(request.body ?? {})) problems.push(`${where} body: ${this.ajv.errorsText(body.errors?.slice(0, 3))}`);
    } else if (request.rawBody !== '') {
      problems.push(`${where} sends a body, which ${operation.template} does not take`);
    }
    const bearer = request.authorization?.startsWith('Bearer ');
    const basic = request.authorization?.startsWith('Basic ');
    if (operation.template === '/v2/auth/token') {
      // The spec's `basicAuth`, or the form fields of Sigma's token reference: one of the two (RFC 6749 §2.3.1).
      const form = isObject(request.body) && typeof request.body.client_id === 'string' && typeof request.body.client_secret === 'string';
      if (basic === form) problems.push(`${where} sends the client credentials ${form ? 'both as HTTP Basic and as form fields' : 'neither as HTTP Basic nor as form fields'}`);
    } else if (!bearer) problems.push(`${where} lacks the expected Authorization scheme`);
    return problems;
  }

  /** The operation a concrete path calls; a literal segment beats a parameter (`/v2/connections/paths`). */
  match(method: string, pathname: string): Operation | undefined {
    const segments = pathname.split('/').slice(1);
    let best: { operation: Operation; literals: number } | undefined;
    for (const operation of this.operations) {
      if (operation.method !== method || operation.segments.length !== segments.length) continue;
      const fits = operation.segments.every((each, i) => (each.startsWith('{') ? segments[i] !== '' : each === segments[i]));
      const literals = operation.segments.filter((each) => !each.startsWith('{')).length;
      if (fits && (!best || literals > best.literals)) best = { operation, literals };
    }
    return best?.operation;
  }

  private compile(key: string, ajv: Ajv2020, schema: Json): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = ajv.compile(schema as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

/** `GET /v2/connections/paths/{inodeId}` as conn → getInodeConnectionPath declares it: no query, no body. */
const INODE_PATH_OPERATION: JsonObject = {
  get: { operationId: 'getInodeConnectionPath', parameters: [{ name: 'inodeId', in: 'path', required: true, schema: { type: 'string' } }], security: [{ oauth2: [] }] },
};

/** Every path of the saved OpenAPI files, merged; undefined when they are not on this machine. */
function sharedPaths(): JsonObject | undefined {
  if (!existsSync(SHARED)) return undefined;
  const paths: JsonObject = {};
  for (const file of readdirSync(SHARED).filter((name) => name.endsWith('.yml'))) {
    const document = parse(readFileSync(path.join(SHARED, file), 'utf8')) as { paths?: JsonObject };
    for (const [template, item] of Object.entries(document.paths ?? {})) {
      paths[template] = { ...(isObject(paths[template]) ? paths[template] : {}), ...(isObject(item) ? item : {}) };
    }
  }
  return paths;
}

function anyOf(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(anyOf);
  if (!isObject(schema)) return schema;
  return Object.fromEntries(Object.entries(schema).map(([key, value]) => [key === 'oneOf' ? 'anyOf' : key, anyOf(value)]));
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
