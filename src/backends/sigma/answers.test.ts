// What an answer means, above all for a write that must not take effect
// twice: a throttling answer certainly was not carried out (sent again as it
// is), a 500 may have been (a create looks before it posts again).

import { describe, expect, it } from 'vitest';
import { classifyResponse } from './answers.js';
import { Redactor } from './redaction.js';
import type { TransportResponse } from './transport.js';

const PAGE = '<!DOCTYPE html><html><body>Too many requests</body></html>';
const html = (status: number): TransportResponse => ({ status, headers: { 'content-type': 'text/html' }, body: PAGE });
const json = (status: number, body: unknown, headers: Record<string, string> = {}): TransportResponse => ({ status, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const classify = (response: TransportResponse) => classifyResponse('POST /v2/teams', response, new Redactor());

describe('classifyResponse', () => {
  it.each([
    ['the HTML page as 429', html(429)],
    ['the HTML page as 200', html(200)],
    ['the HTML page as 503', html(503)],
    ['JSON 429', json(429, { message: 'Too many requests' })],
  ])('reads %s as throttling that Sigma did not carry out', (_what, response) => {
    expect(classify(response)).toMatchObject({ kind: 'transient', transient: { cause: 'throttled', ambiguous: false } });
  });

  it('takes Retry-After from a 429', () => {
    expect(classify(json(429, {}, { 'retry-after': '2' }))).toMatchObject({ transient: { cause: 'throttled', retryAfterMs: 2_000 } });
  });

  it.each([
    ['a JSON 500', json(500, { message: 'Internal error' })],
    ['a 500 page', html(500)],
  ])('reads %s as possibly carried out', (_what, response) => {
    expect(classify(response)).toMatchObject({ kind: 'transient', transient: { ambiguous: true } });
  });

  it('reads {} as a value, and an empty body as {}', () => {
    expect(classify(json(200, {}))).toEqual({ kind: 'ok', value: {} });
    expect(classify({ status: 200, headers: {}, body: '' })).toEqual({ kind: 'ok', value: {} });
  });
});
