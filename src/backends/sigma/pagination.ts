// Sigma's three list styles (reference/sigma-api.md §3.2), read to the end:
// `page`/`limit`/`nextPage` (follow until null or absent), the legacy bare
// array that /v2/teams and /v2/members return without `limit`, and
// `pageToken`/`pageSize`/`nextPageToken` (account types). Always the largest
// page Sigma allows, so that a list costs the fewest requests.

import type { QueryValue, SigmaHttp } from './http.js';
import { SigmaApiError } from './errors.js';
import type { PageResponse, TokenPageResponse } from './wire.js';

/** The maximum page size of every Sigma list. */
export const PAGE_LIMIT = 1000;

/** Stops a server that keeps answering with the same cursor from looping forever. */
const MAX_PAGES = 100_000;

export interface ListSpec {
  readonly path: string;
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, QueryValue>>;
  /** Continue from this `nextPage` cursor instead of the first page. */
  readonly startPage?: string;
}

/** Every entry of a `page`/`limit` list; a bare array (legacy shape) is one whole page. */
export async function listAll<T>(http: SigmaHttp, spec: ListSpec): Promise<T[]> {
  const entries: T[] = [];
  const seen = new Set<string>();
  let page: string | undefined = spec.startPage;
  for (let count = 0; count < MAX_PAGES; count += 1) {
    const body = await http.request<unknown>({ method: 'GET', path: spec.path, ...(spec.params && { params: spec.params }), query: { ...spec.query, limit: PAGE_LIMIT, page } });
    if (Array.isArray(body)) {
      entries.push(...(body as T[]));
      return entries;
    }
    const shaped = body as Partial<PageResponse<T>> | null;
    if (!shaped || typeof shaped !== 'object' || !Array.isArray(shaped.entries)) throw malformed(spec.path, 'entries');
    entries.push(...shaped.entries);
    const next = shaped.nextPage;
    if (next === null || next === undefined || next === '') return entries;
    if (typeof next !== 'string' || seen.has(next)) throw malformed(spec.path, 'nextPage');
    seen.add(next);
    page = next;
  }
  throw malformed(spec.path, 'nextPage');
}

/** Every entry of a `pageToken`/`pageSize` list (acct → GET /v2/accountTypes). */
export async function listAllByToken<T>(http: SigmaHttp, spec: ListSpec): Promise<T[]> {
  const entries: T[] = [];
  const seen = new Set<string>();
  let pageToken: string | undefined;
  for (let count = 0; count < MAX_PAGES; count += 1) {
    const body = await http.request<unknown>({ method: 'GET', path: spec.path, ...(spec.params && { params: spec.params }), query: { ...spec.query, pageSize: PAGE_LIMIT, pageToken } });
    if (Array.isArray(body)) return [...entries, ...(body as T[])];
    const shaped = body as Partial<TokenPageResponse<T>> | null;
    if (!shaped || typeof shaped !== 'object' || !Array.isArray(shaped.entries)) throw malformed(spec.path, 'entries');
    entries.push(...shaped.entries);
    const next = shaped.nextPageToken;
    if (next === undefined || next === null || next === '') return entries;
    if (typeof next !== 'string' || seen.has(next)) throw malformed(spec.path, 'nextPageToken');
    seen.add(next);
    pageToken = next;
  }
  throw malformed(spec.path, 'nextPageToken');
}

function malformed(path: string, field: string): SigmaApiError {
  return new SigmaApiError(`Sigma answered GET ${path} with a list whose ${field} grantform cannot read`, { endpoint: `GET ${path}` });
}
