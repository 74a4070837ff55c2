// Reading a request body in the media type the operation declares: JSON, or
// form-encoded for the token endpoint. Undocumented: the emulator assumes a
// body in another media type, or unparsable, is a 400, and one over 5 MB a 413.

import type { IncomingMessage } from 'node:http';
import { ApiError, badRequest } from '../api-error.js';

const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new ApiError(413, 'Request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** The body as a value for the contract check: undefined when empty, or when the operation takes none. */
export function parseBody(raw: Buffer, contentType: string | undefined, expected: string | undefined): unknown {
  if (expected === undefined || raw.length === 0) return undefined;
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (expected === 'application/json') {
    if (type !== 'application/json' && !type.endsWith('+json')) throw badRequest('Content-Type must be application/json');
    try {
      return JSON.parse(raw.toString('utf8')) as unknown;
    } catch {
      throw badRequest('Request body is not valid JSON');
    }
  }
  if (expected === 'application/x-www-form-urlencoded') {
    if (type !== expected) throw badRequest('Content-Type must be application/x-www-form-urlencoded');
    const form: Record<string, string> = {};
    for (const [key, value] of new URLSearchParams(raw.toString('utf8'))) if (!(key in form)) form[key] = value;
    return form;
  }
  throw badRequest(`Unsupported request media type ${expected}`);
}
