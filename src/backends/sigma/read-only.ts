// The read-only gate of the Sigma client: which requests are reads. Called
// by SigmaHttp.request before anything is sent, so that in read-only mode a
// write never leaves the process, whatever code path asked for it.
//
// Reads are every GET, plus the two POSTs that change nothing in Sigma:
// the token request (auth.ts sends it through the transport, not through
// request(), so it never reaches this gate) and the object lookup
// `POST /v2/connection/{connectionId}/lookup`, which resolves a path to an
// inode id. Everything else (POST, PUT, PATCH, DELETE) writes.

import { ReadOnlyError, type ReadOnlyMode } from '../../model/read-only.js';

const READING_POSTS: ReadonlySet<string> = new Set(['/v2/auth/token', '/v2/connection/{connectionId}/lookup']);

export function isRead(method: string, endpoint: string): boolean {
  return method === 'GET' || (method === 'POST' && READING_POSTS.has(endpoint));
}

/** Throws before sending a request that is not a read, when read-only mode is on. */
export function checkReadOnly(mode: ReadOnlyMode | undefined, method: string, endpoint: string): void {
  if (mode === undefined || isRead(method, endpoint)) return;
  throw new ReadOnlyError(`read-only mode (${mode.source}) refused to send ${method} ${endpoint} to Sigma: it would change the live state, and only reads are allowed`);
}
