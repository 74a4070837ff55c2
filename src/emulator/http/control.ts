// The control endpoints under /__emulator/: no token, loopback clients only,
// never faulted, never logged. They let tests and benchmarks read the
// request log and the state, inject faults, expire tokens, move the clock
// and reset to the seed.
//
//   GET    /__emulator                  what is here
//   GET    /__emulator/requests         the request log
//   POST   /__emulator/reset-log        empty it
//   GET    /__emulator/state            the organization (no secrets)
//   GET    /__emulator/faults           fault rules, with how often each matched and fired
//   PUT    /__emulator/faults           replace them: { seed?, rules: [...] }
//   DELETE /__emulator/faults           remove them
//   GET    /__emulator/throttle         throttle mode: { rate, burst, answer, admitted, throttled }, or null when off
//   PUT    /__emulator/throttle         turn it on: { rate, burst?, answer?: html-429 | html-200 | json-429 }
//   DELETE /__emulator/throttle         turn it off
//   POST   /__emulator/expire-tokens    expire every access token now
//   POST   /__emulator/clock            { advanceSeconds }: move the clock forward
//   POST   /__emulator/reset            back to the seed (state, tokens, faults, log)

import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorBody } from '../api-error.js';
import type { EmulatorCore } from '../emulator-core.js';
import { checkFaultConfig } from '../faults.js';
import { checkThrottleConfig } from '../throttle.js';
import { dumpState } from '../org/state-dump.js';
import { readBody } from './body.js';
import { sendJson } from './responses.js';

export const CONTROL_PREFIX = '/__emulator';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const ENDPOINTS = ['GET requests', 'POST reset-log', 'GET state', 'GET faults', 'PUT faults', 'DELETE faults', 'GET throttle', 'PUT throttle', 'DELETE throttle', 'POST expire-tokens', 'POST clock', 'POST reset'];

export async function handleControl(core: EmulatorCore, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) {
    sendJson(response, 403, errorBody(403, 'The control endpoints answer loopback clients only', 'control'));
    return;
  }
  const route = `${(request.method ?? 'GET').toUpperCase()} ${url.pathname.slice(CONTROL_PREFIX.length) || '/'}`;
  const raw = await readBody(request);
  let given: unknown;
  try {
    given = raw.length === 0 ? undefined : (JSON.parse(raw.toString('utf8')) as unknown);
  } catch {
    sendJson(response, 400, errorBody(400, 'The body is not valid JSON', 'control'));
    return;
  }
  const reply = answer(core, route, given);
  sendJson(response, reply.status, reply.body);
}

function answer(core: EmulatorCore, route: string, given: unknown): { status: number; body: unknown } {
  switch (route) {
    case 'GET /':
      return { status: 200, body: { endpoints: ENDPOINTS.map((each) => each.replace(' ', ` ${CONTROL_PREFIX}/`)) } };
    case 'GET /requests':
      return { status: 200, body: { requests: core.log.list() } };
    case 'POST /reset-log':
      core.log.clear();
      return { status: 200, body: {} };
    case 'GET /state':
      return { status: 200, body: dumpState(core.org) };
    case 'GET /faults':
      return { status: 200, body: { seed: core.faults.config().seed ?? null, rules: core.faults.status() } };
    case 'PUT /faults': {
      const checked = checkFaultConfig(given);
      if (!checked.ok) return invalid(checked.message);
      core.faults.set(checked.config);
      return { status: 200, body: core.faults.config() };
    }
    case 'DELETE /faults':
      core.faults.set({ rules: [] });
      return { status: 200, body: {} };
    case 'GET /throttle':
      return { status: 200, body: core.throttle.status() ?? null };
    case 'PUT /throttle': {
      const checked = checkThrottleConfig(given);
      if (!checked.ok) return invalid(checked.message);
      core.throttle.set(checked.config);
      return { status: 200, body: core.throttle.status() };
    }
    case 'DELETE /throttle':
      core.throttle.set(undefined);
      return { status: 200, body: {} };
    case 'POST /expire-tokens':
      return { status: 200, body: { expired: core.tokens.expireAll() } };
    case 'POST /clock': {
      const seconds = (given as { advanceSeconds?: unknown } | undefined)?.advanceSeconds;
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) return invalid('send { "advanceSeconds": N } with N ≥ 0');
      core.clock.advance(seconds * 1000);
      return { status: 200, body: { now: core.clock.iso() } };
    }
    case 'POST /reset':
      core.reset();
      return { status: 200, body: {} };
    default:
      return { status: 404, body: errorBody(404, `No control endpoint ${route}`, 'control') };
  }
}

function invalid(message: string): { status: number; body: unknown } {
  return { status: 400, body: errorBody(400, message, 'control') };
}
