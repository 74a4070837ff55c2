// A fake GitHub on loopback for the endpoints `report github` uses: create
// and update a check run, list, create and update issue comments. Every
// request is checked against GitHub's published OpenAPI description (the
// @octokit/openapi package) and against the limits GitHub documents beside
// it; what breaks either is answered 422 and kept in `violations`. Every
// request is kept, so tests can assert what GitHub would have received.

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export type Operation = 'checks/create' | 'checks/update' | 'issues/list-comments' | 'issues/create-comment' | 'issues/update-comment';

interface Route {
  readonly operation: Operation;
  readonly method: string;
  readonly openApiPath: string;
  readonly pattern: RegExp;
}

const ROUTES: readonly Route[] = [
  { operation: 'checks/create', method: 'POST', openApiPath: '/repos/{owner}/{repo}/check-runs', pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs$/ },
  { operation: 'checks/update', method: 'PATCH', openApiPath: '/repos/{owner}/{repo}/check-runs/{check_run_id}', pattern: /^\/repos\/([^/]+)\/([^/]+)\/check-runs\/([^/]+)$/ },
  { operation: 'issues/list-comments', method: 'GET', openApiPath: '/repos/{owner}/{repo}/issues/{issue_number}/comments', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/([^/]+)\/comments$/ },
  { operation: 'issues/create-comment', method: 'POST', openApiPath: '/repos/{owner}/{repo}/issues/{issue_number}/comments', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/([^/]+)\/comments$/ },
  { operation: 'issues/update-comment', method: 'PATCH', openApiPath: '/repos/{owner}/{repo}/issues/comments/{comment_id}', pattern: /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/([^/]+)$/ },
];

interface OperationSchemas {
  readonly body?: ValidateFunction;
  readonly query: ReadonlyMap<string, ValidateFunction>;
  readonly pathParameters: readonly string[];
  readonly pathValidators: ReadonlyMap<string, ValidateFunction>;
}

type OpenApiParameter = { $ref?: string; name?: string; in?: string; schema?: object };
interface OpenApiDocument {
  readonly paths: Record<string, Record<string, { operationId: string; parameters?: OpenApiParameter[]; requestBody?: { content: Record<string, { schema: object }> } }>>;
  readonly components: { readonly parameters: Record<string, OpenApiParameter> };
}

let compiled: Map<Operation, OperationSchemas> | undefined;

/** Compiles the request schemas of the five operations from GitHub's OpenAPI description, once per process. */
function schemas(): Map<Operation, OperationSchemas> {
  if (compiled) return compiled;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as OpenApiDocument;
  // OpenAPI 3.0 schemas: `nullable` is understood by Ajv; unknown keywords (`example`…) are ignored.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  compiled = new Map();
  for (const route of ROUTES) {
    const operation = spec.paths[route.openApiPath]?.[route.method.toLowerCase()];
    if (operation === undefined || operation.operationId !== route.operation) throw new Error(`OpenAPI description has no ${route.operation} at ${route.method} ${route.openApiPath}`);
    const parameters = (operation.parameters ?? []).map((parameter) => (parameter.$ref ? spec.components.parameters[parameter.$ref.split('/').pop() as string] : parameter) as OpenApiParameter);
    const query = new Map<string, ValidateFunction>();
    const pathValidators = new Map<string, ValidateFunction>();
    const pathParameters: string[] = [];
    for (const parameter of parameters) {
      if (parameter.name === undefined || parameter.schema === undefined) continue;
      if (parameter.in === 'query') query.set(parameter.name, ajv.compile(parameter.schema));
      if (parameter.in === 'path') {
        pathParameters.push(parameter.name);
        pathValidators.set(parameter.name, ajv.compile(parameter.schema));
      }
    }
    const bodySchema = operation.requestBody?.content['application/json']?.schema;
    compiled.set(route.operation, { ...(bodySchema && { body: ajv.compile(bodySchema) }), query, pathParameters, pathValidators });
  }
  return compiled;
}

export interface RecordedRequest {
  readonly operation: Operation | 'unknown';
  readonly method: string;
  readonly url: string;
  /** Headers as received, without `authorization` (kept apart in `authorization`). */
  readonly headers: Readonly<Record<string, string>>;
  readonly authorization: string | undefined;
  readonly bodyText: string;
  readonly body: unknown;
  readonly status: number;
}

export interface FakeAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column?: number;
  readonly end_column?: number;
  readonly annotation_level: string;
  readonly message: string;
  readonly title?: string;
  readonly raw_details?: string;
}

export interface FakeCheckRun {
  readonly id: number;
  readonly name: string;
  readonly head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title?: string; summary?: string; text?: string };
  readonly annotations: FakeAnnotation[];
}

export interface FakeComment {
  readonly id: number;
  readonly issueNumber: number;
  body: string;
  readonly user: { readonly login: string; readonly type: string };
}

export interface FakeGitHubOptions {
  readonly token: string;
  /** Answer 403 "Resource not accessible by integration" to these areas, like a read-only token. */
  readonly forbid?: ReadonlyArray<'checks' | 'comments'>;
  /** Answer these operations with a status once, then normally (to see retries). */
  readonly failOnce?: ReadonlyArray<{ readonly operation: Operation; readonly status: number }>;
}

export interface FakeGitHub {
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Every way a request broke the OpenAPI description or GitHub's documented limits. */
  readonly violations: string[];
  readonly checkRuns: FakeCheckRun[];
  readonly comments: FakeComment[];
  seedComment(issueNumber: number, body: string, user?: { login: string; type: string }): FakeComment;
  /** Everything received except the authorization header: URLs, other headers, bodies. */
  received(): string;
  close(): Promise<void>;
}

const COMMENT_BODY_LIMIT = 65_536; // GitHub: "Body is too long (maximum is 65536 characters)"
const ANNOTATION_TITLE_LIMIT = 255;
const ANNOTATION_TEXT_BYTES_LIMIT = 64 * 1024;

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const validators = schemas();
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const checkRuns: FakeCheckRun[] = [];
  const comments: FakeComment[] = [];
  const pendingFailures = [...(options.failOnce ?? [])];
  let nextId = 1000;
  let baseUrl = '';

  const server = createServer((request, response) => {
    void readBody(request).then((bodyText) => {
      const { status, payload, headers } = handle(request, bodyText);
      const { authorization, ...otherHeaders } = request.headers;
      const route = matchRoute(request.method ?? 'GET', new URL(request.url ?? '/', 'http://fake').pathname);
      let body: unknown;
      try {
        body = bodyText === '' ? undefined : JSON.parse(bodyText);
      } catch {
        body = undefined;
      }
      requests.push({
        operation: route?.operation ?? 'unknown',
        method: request.method ?? '',
        url: request.url ?? '',
        headers: Object.fromEntries(Object.entries(otherHeaders).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value)])),
        authorization: typeof authorization === 'string' ? authorization : undefined,
        bodyText,
        body,
        status,
      });
      send(response, status, payload, headers);
    });
  });

  function handle(request: IncomingMessage, bodyText: string): { status: number; payload: unknown; headers?: Record<string, string> } {
    const url = new URL(request.url ?? '/', 'http://fake');
    const route = matchRoute(request.method ?? 'GET', url.pathname);
    if (route === undefined) {
      violations.push(`no such endpoint: ${request.method} ${url.pathname}`);
      return { status: 404, payload: { message: 'Not Found' } };
    }
    const presented = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (presented !== options.token) return { status: 401, payload: { message: 'Bad credentials' } };
    const failure = pendingFailures.findIndex((each) => each.operation === route.operation);
    if (failure >= 0) {
      const status = pendingFailures.splice(failure, 1)[0]?.status ?? 500;
      return { status, payload: { message: `fake failure ${status}` } };
    }
    const area = route.operation.startsWith('checks/') ? 'checks' : 'comments';
    if (options.forbid?.includes(area)) {
      return { status: 403, payload: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } };
    }

    const schema = validators.get(route.operation) as OperationSchemas;
    const params = (route.pattern.exec(url.pathname) ?? []).slice(1).map(decodeURIComponent);
    const problems: string[] = [];
    schema.pathParameters.forEach((name, index) => {
      const raw = params[index] ?? '';
      const value = /^\d+$/.test(raw) ? Number(raw) : raw;
      const validate = schema.pathValidators.get(name);
      if (validate && !validate(value)) problems.push(`path parameter ${name}=${raw}: ${JSON.stringify(validate.errors)}`);
    });
    for (const [name, raw] of url.searchParams) {
      const validate = schema.query.get(name);
      if (!validate) problems.push(`unknown query parameter ${name}`);
      else if (!validate(/^\d+$/.test(raw) ? Number(raw) : raw)) problems.push(`query parameter ${name}=${raw}: ${JSON.stringify(validate.errors)}`);
    }
    let body: unknown;
    if (schema.body) {
      if ((request.headers['content-type'] ?? '').split(';')[0] !== 'application/json') problems.push(`content-type is ${request.headers['content-type']}`);
      try {
        body = JSON.parse(bodyText);
      } catch {
        problems.push('body is not JSON');
      }
      if (body !== undefined && !schema.body(body)) problems.push(`body: ${JSON.stringify(schema.body.errors)}`);
      problems.push(...documentedLimits(route.operation, body));
    }
    if (problems.length > 0) {
      violations.push(...problems.map((problem) => `${route.operation}: ${problem}`));
      return { status: 422, payload: { message: 'Validation Failed', errors: problems } };
    }
    const [owner, repo, id] = params as [string, string, string | undefined];
    return perform(route.operation, owner, repo, Number(id), body as Record<string, unknown> | undefined, url);
  }

  function perform(operation: Operation, owner: string, repo: string, id: number, body: Record<string, unknown> | undefined, url: URL): { status: number; payload: unknown; headers?: Record<string, string> } {
    switch (operation) {
      case 'checks/create': {
        const run: FakeCheckRun = {
          id: (nextId += 1),
          name: String(body?.name),
          head_sha: String(body?.head_sha),
          status: typeof body?.conclusion === 'string' ? 'completed' : String(body?.status ?? 'queued'),
          conclusion: typeof body?.conclusion === 'string' ? body.conclusion : null,
          output: {},
          annotations: [],
        };
        applyOutput(run, body?.output);
        checkRuns.push(run);
        return { status: 201, payload: checkRunPayload(run, owner, repo) };
      }
      case 'checks/update': {
        const run = checkRuns.find((each) => each.id === id);
        if (!run) return { status: 404, payload: { message: 'Not Found' } };
        if (typeof body?.status === 'string') run.status = body.status;
        if (typeof body?.conclusion === 'string') {
          run.conclusion = body.conclusion;
          run.status = 'completed';
        }
        applyOutput(run, body?.output);
        return { status: 200, payload: checkRunPayload(run, owner, repo) };
      }
      case 'issues/list-comments': {
        const perPage = Number(url.searchParams.get('per_page') ?? '30');
        const page = Number(url.searchParams.get('page') ?? '1');
        const all = comments.filter((comment) => comment.issueNumber === id);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        const lastPage = Math.max(1, Math.ceil(all.length / perPage));
        if (page < lastPage) {
          const link = (n: number) => `${baseUrl}/repos/${owner}/${repo}/issues/${id}/comments?per_page=${perPage}&page=${n}`;
          headers.link = `<${link(page + 1)}>; rel="next", <${link(lastPage)}>; rel="last"`;
        }
        return { status: 200, payload: slice.map((comment) => commentPayload(comment, owner, repo)), headers };
      }
      case 'issues/create-comment': {
        const comment: FakeComment = { id: (nextId += 1), issueNumber: id, body: String(body?.body), user: { login: 'github-actions[bot]', type: 'Bot' } };
        comments.push(comment);
        return { status: 201, payload: commentPayload(comment, owner, repo) };
      }
      case 'issues/update-comment': {
        const comment = comments.find((each) => each.id === id);
        if (!comment) return { status: 404, payload: { message: 'Not Found' } };
        comment.body = String(body?.body);
        return { status: 200, payload: commentPayload(comment, owner, repo) };
      }
    }
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    requests,
    violations,
    checkRuns,
    comments,
    seedComment(issueNumber, body, user = { login: 'reviewer', type: 'User' }) {
      const comment: FakeComment = { id: (nextId += 1), issueNumber, body, user };
      comments.push(comment);
      return comment;
    },
    received() {
      return requests.map((each) => `${each.method} ${each.url}\n${JSON.stringify(each.headers)}\n${each.bodyText}`).join('\n');
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function matchRoute(method: string, pathname: string): Route | undefined {
  return ROUTES.find((route) => route.method === method && route.pattern.test(pathname));
}

/** Limits that GitHub states in the descriptions of these endpoints rather than in their schemas. */
function documentedLimits(operation: Operation, body: unknown): string[] {
  const problems: string[] = [];
  if (typeof body !== 'object' || body === null) return problems;
  if (operation === 'issues/create-comment' || operation === 'issues/update-comment') {
    const text = (body as { body?: unknown }).body;
    if (typeof text === 'string' && text.length > COMMENT_BODY_LIMIT) problems.push(`comment body is ${text.length} characters, over ${COMMENT_BODY_LIMIT}`);
  }
  const annotations = (body as { output?: { annotations?: unknown } }).output?.annotations;
  if (Array.isArray(annotations)) {
    for (const [index, annotation] of (annotations as FakeAnnotation[]).entries()) {
      if (annotation.title !== undefined && annotation.title.length > ANNOTATION_TITLE_LIMIT) problems.push(`annotation ${index}: title over ${ANNOTATION_TITLE_LIMIT} characters`);
      if (Buffer.byteLength(annotation.message ?? '', 'utf8') > ANNOTATION_TEXT_BYTES_LIMIT) problems.push(`annotation ${index}: message over 64 KB`);
      if (Buffer.byteLength(annotation.raw_details ?? '', 'utf8') > ANNOTATION_TEXT_BYTES_LIMIT) problems.push(`annotation ${index}: raw_details over 64 KB`);
      const columns = annotation.start_column !== undefined || annotation.end_column !== undefined;
      if (columns && annotation.start_line !== annotation.end_line) problems.push(`annotation ${index}: columns on lines ${annotation.start_line}-${annotation.end_line}`);
      if (annotation.start_line < 1 || annotation.end_line < annotation.start_line) problems.push(`annotation ${index}: lines ${annotation.start_line}-${annotation.end_line}`);
      if (annotation.path.startsWith('/') || annotation.path.split('/').includes('..')) problems.push(`annotation ${index}: path ${annotation.path} is not repository-relative`);
    }
  }
  return problems;
}

function applyOutput(run: FakeCheckRun, output: unknown): void {
  if (typeof output !== 'object' || output === null) return;
  const { annotations, ...rest } = output as { annotations?: FakeAnnotation[]; title?: string; summary?: string; text?: string };
  run.output = { ...run.output, ...rest };
  // GitHub appends each request's annotations to those already there.
  if (annotations) run.annotations.push(...annotations);
}

function checkRunPayload(run: FakeCheckRun, owner: string, repo: string): object {
  return {
    id: run.id,
    name: run.name,
    head_sha: run.head_sha,
    status: run.status,
    conclusion: run.conclusion,
    html_url: `https://github.com/${owner}/${repo}/runs/${run.id}`,
    output: { ...run.output, annotations_count: run.annotations.length },
  };
}

function commentPayload(comment: FakeComment, owner: string, repo: string): object {
  return {
    id: comment.id,
    body: comment.body,
    html_url: `https://github.com/${owner}/${repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    user: comment.user,
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, payload: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(payload));
}
