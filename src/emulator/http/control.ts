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
//   POST   /__emulator/expire-tokens    expire every access token now
//   POST   /__emulator/clock            { advanceSeconds }: move the clock forward
//   POST   /__emulator/reset            back to the seed (state, tokens, faults, log)

import type { IncomingMessage, ServerResponse } from 'node:http';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { errorBody } from '../api-error.js';
import type { EmulatorCore } from '../emulator-core.js';
import { FAULT_CONFIG_SCHEMA, type FaultConfig } from '../faults.js';
import { dumpState } from '../org/state-dump.js';
import { readBody } from './body.js';
import { sendJson } from './responses.js';

export const CONTROL_PREFIX = '/__emulator';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const checkFaults = new Ajv2020({ strict: false }).compile(FAULT_CONFIG_SCHEMA);

export async function handleControl(core: EmulatorCore, request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
  if (!LOOPBACK.has(request.socket.remoteAddress ?? '')) {
    sendJson(response, 403, errorBody(403, 'The control endpoints answer loopback clients only', 'control'));
    return;
  }
  const route = `${(request.method ?? 'GET').toUpperCase()} ${url.pathname.slice(CONTROL_PREFIX.length) || '/'}`;
  const raw = await readBody(request);
  const given = raw.length === 0 ? undefined : parseJson(raw);
  const reply = answer(core, route, given);
  sendJson(response, reply.status, reply.body);
}

function answer(core: EmulatorCore, route: string, given: unknown): { status: number; body: unknown } {
  switch (route) {
    case 'GET /':
      return { status: 200, body: { endpoints: ['GET requests', 'POST reset-log', 'GET state', 'GET faults', 'PUT faults', 'DELETE faults', 'POST expire-tokens', 'POST clock', 'POST reset'].map((each) => `${each.split(' ')[0]} ${CONTROL_PREFIX}/${each.split(' ')[1]}`) } };
    case 'GET /requests':
      return { status: 200, body: { requests: core.log.list() } };
    case 'POST /reset-log':
      core.log.clear();
      return { status: 200, body: {} };
    case 'GET /state':
      return { status: 200, body: dumpState(core.org) };
    case 'GET /faults':
      return { status: 200, body: { seed: core.faults.config().seed ?? null, rules: core.faults.status() } };
    case 'PUT /faults':
      if (!checkFaults(given)) return invalid(`a fault configuration is { seed?, rules: [{ kind, rate?, after?, count?, match?, status?, retryAfterSeconds?, ms? }] } (${checkFaults.errors?.[0]?.instancePath ?? ''} ${checkFaults.errors?.[0]?.message ?? ''})`);
      core.faults.set(given as FaultConfig);
      return { status: 200, body: core.faults.config() };
    case 'DELETE /faults':
      core.faults.set({ rules: [] });
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

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return Symbol.for('invalid-json');
  }
}
