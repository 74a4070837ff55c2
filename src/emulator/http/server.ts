// One request, start to end: control endpoints apart; then faults, route
// (the trimmed contract decides what exists), bearer token, body and query
// checked against the contract, the handler, and one line in the request log.
// Every error leaves as `{message, code, requestId}`.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { ApiError, badRequest, errorBody, notFound, type ErrorStatus } from '../api-error.js';
import type { EmulatorCore } from '../emulator-core.js';
import type { FaultDecision } from '../faults.js';
import type { ThrottleVerdict } from '../throttle.js';
import { HANDLERS } from '../handlers/index.js';
import { freshUuid } from '../ids.js';
import { redactQuery } from '../request-log.js';
import { parseBody, readBody } from './body.js';
import type { Caller } from './context.js';
import { handleControl, CONTROL_PREFIX } from './control.js';
import { sendJson, sendThrottlePage } from './responses.js';

export function requestListener(core: EmulatorCore): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    // Prefixing keeps a path like `//host/x` a path instead of a host.
    const url = new URL(`http://emulator.invalid${request.url ?? '/'}`);
    const work = url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`) ? handleControl(core, request, response, url) : handleApi(core, request, response, url);
    work.catch((error: unknown) => {
      // A bug in the emulator itself: answer 500 if nothing was sent yet.
      if (!response.headersSent) sendJson(response, 500, errorBody(500, `Internal emulator error: ${error instanceof Error ? error.message : String(error)}`, 'none'));
      else response.destroy();
    });
  };
}

async function handleApi(core: EmulatorCore, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  const started = performance.now();
  const method = (request.method ?? 'GET').toUpperCase();
  const requestId = freshUuid();
  const match = core.contract.match(method, url.pathname);
  const operation = match ? `${method} ${match.operation.template}` : undefined;
  let status: number | null = null;
  let fault: FaultDecision | undefined;
  let throttled = false;
  try {
    const delay = core.faults.latency(method, url.pathname, match?.operation.template);
    if (delay > 0) await sleep(delay);
    const verdict = core.throttle.admit();
    if (!verdict.admitted) {
      throttled = true;
      status = answerThrottle(verdict, response, requestId);
      return;
    }
    fault = core.faults.decide(method, url.pathname, match?.operation.template);
    if (fault && fault.kind !== 'expire-token') {
      status = answerFault(fault, request, response, requestId);
      return;
    }
    const handler = operation === undefined ? undefined : HANDLERS[operation];
    if (!match || !handler) throw notFound(`No route for ${method} ${url.pathname}`);
    let caller: Caller | undefined;
    if (match.operation.requiresBearer) caller = authenticate(core, request.headers.authorization, fault?.kind === 'expire-token');
    const raw = await readBody(request);
    const parsed = parseBody(raw, request.headers['content-type'], match.operation.requestContentType);
    const query = core.contract.checkQuery(match.operation, url.searchParams);
    if (!query.ok) throw badRequest(`Invalid query parameters: ${query.errors.join('; ')}`);
    const problems = core.contract.checkRequestBody(match.operation, parsed);
    if (problems.length > 0) throw badRequest(`Invalid request body: ${problems.join('; ')}`);
    const reply = handler({
      org: core.org,
      tokenAuth: core.tokenAuth,
      tokens: core.tokens,
      cursors: core.cursors,
      requestId,
      pathname: url.pathname,
      params: match.params,
      query: query.values,
      body: parsed,
      headers: request.headers,
      caller,
    });
    sendJson(response, reply.status, reply.body);
    status = reply.status;
  } catch (error) {
    const known = error instanceof ApiError ? error : undefined;
    const errorStatus: ErrorStatus = known?.status ?? 500;
    const message = known ? known.message : `Internal emulator error: ${error instanceof Error ? error.message : String(error)}`;
    if (!response.headersSent && !response.destroyed) sendJson(response, errorStatus, errorBody(errorStatus, message, requestId));
    status = errorStatus;
  } finally {
    core.log.add({
      at: core.clock.iso(),
      method,
      path: url.pathname,
      query: redactQuery(url.searchParams),
      operation,
      status,
      fault: throttled ? 'rate-limit' : fault?.kind,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
    });
  }
}

function authenticate(core: EmulatorCore, header: string | undefined, expireFirst: boolean): Caller {
  const match = header === undefined ? null : /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new ApiError(401, 'Unauthorized: send Authorization: Bearer <access token>');
  const token = match[1] as string;
  if (expireFirst) core.tokens.expire(token);
  const check = core.tokens.check(token);
  if (!check.ok) throw new ApiError(401, check.reason === 'expired' ? 'Unauthorized: the access token has expired' : 'Unauthorized: invalid access token');
  const member = core.org.members.get(check.owner.memberId);
  if (!member || !core.org.isActive(member)) throw new ApiError(401, 'Unauthorized: the credentials belong to a deactivated member');
  return check.owner;
}

/** Sends the fault's answer; the status logged (null for a dropped connection). */
function answerFault(fault: Exclude<FaultDecision, { kind: 'expire-token' }>, request: IncomingMessage, response: ServerResponse, requestId: string): number | null {
  switch (fault.kind) {
    case 'drop':
      request.socket.destroy();
      return null;
    case 'throttle':
      sendJson(response, 429, errorBody(429, 'Too many requests', requestId), { 'retry-after': String(fault.retryAfterSeconds) });
      return 429;
    case 'html-throttle':
      sendThrottlePage(response, fault.status, fault.retryAfterSeconds);
      return fault.status;
    case 'error':
      sendJson(response, fault.status, errorBody(fault.status, fault.status === 500 ? 'Internal server error' : 'Service unavailable', requestId));
      return fault.status;
  }
}

/** Throttle mode's answer to a request beyond the rate: the HTML page (429 or 200, no Retry-After, as an edge sends it) or JSON 429 with Retry-After. */
function answerThrottle(verdict: Extract<ThrottleVerdict, { admitted: false }>, response: ServerResponse, requestId: string): number {
  if (verdict.answer === 'json-429') {
    sendJson(response, 429, errorBody(429, 'Too many requests', requestId), { 'retry-after': String(verdict.retryAfterSeconds) });
    return 429;
  }
  const status = verdict.answer === 'html-200' ? 200 : 429;
  sendThrottlePage(response, status, undefined);
  return status;
}
