// The three pagination styles of Sigma's lists (reference/sigma-api.md §3.2):
// `page`/`limit`/`nextPage`, `pageToken`/`pageSize`/`nextPageToken`, and the
// legacy bare arrays of /v2/teams and /v2/members without `limit`.
//
// Cursors are opaque: a signed token naming the list it belongs to and the
// creation sequence number of the last entry served (keyset pagination, so
// entries created or deleted between pages neither repeat nor vanish). A
// cursor that is not one of ours, or belongs to another list, is ignored and
// the list starts again from the top: Sigma's documented quirk ([skills]: "an
// invented value silently re-serves rows").

import { createHmac, randomBytes } from 'node:crypto';
import { badRequest } from '../api-error.js';

/** Sigma's documented maximum page size; larger values are clamped, not refused ([skills]). */
export const MAX_PAGE_SIZE = 1000;

export interface Sequenced {
  readonly seq: number;
}

export class Cursors {
  private readonly key = randomBytes(32);

  encode(listKey: string, lastSeq: number): string {
    const payload = `${this.listHash(listKey)}.${lastSeq.toString(36)}`;
    return `${Buffer.from(payload).toString('base64url')}.${this.sign(payload)}`;
  }

  /** The sequence number to continue after, or undefined to start from the top. */
  decode(listKey: string, cursor: string | undefined): number | undefined {
    if (cursor === undefined || cursor === '') return undefined;
    const [encoded, signature] = cursor.split('.');
    if (encoded === undefined || signature === undefined) return undefined;
    const payload = Buffer.from(encoded, 'base64url').toString();
    if (this.sign(payload) !== signature) return undefined;
    const [hash, seq] = payload.split('.');
    if (hash !== this.listHash(listKey) || seq === undefined) return undefined;
    const value = Number.parseInt(seq, 36);
    return Number.isSafeInteger(value) ? value : undefined;
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url').slice(0, 16);
  }

  private listHash(listKey: string): string {
    return createHmac('sha256', this.key).update(`list:${listKey}`).digest('base64url').slice(0, 10);
  }
}

export interface PageRequest {
  readonly listKey: string;
  readonly cursor: string | undefined;
  readonly size: number;
}

export interface Page<T> {
  readonly entries: T[];
  /** The cursor of the next page, or undefined on the last one. */
  readonly next: string | undefined;
}

/** One page of `items` (sorted by `seq`) after the cursor's position. */
export function pageOf<T extends Sequenced>(cursors: Cursors, items: readonly T[], request: PageRequest): Page<T> {
  const after = cursors.decode(request.listKey, request.cursor);
  const start = after === undefined ? 0 : firstAfter(items, after);
  const entries = items.slice(start, start + request.size);
  const last = entries[entries.length - 1];
  const more = start + entries.length < items.length;
  return { entries, next: more && last ? cursors.encode(request.listKey, last.seq) : undefined };
}

function firstAfter(items: readonly Sequenced[], seq: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle] as Sequenced).seq <= seq) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The page size from `limit` or `pageSize`: the default when absent, clamped
 * to 1,000. Undocumented: the emulator assumes a size below 1 is a 400.
 */
export function pageSize(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return Math.min(fallback, MAX_PAGE_SIZE);
  if (!Number.isFinite(value) || value < 1) throw badRequest(`${name} must be a positive number`);
  return Math.min(Math.floor(value), MAX_PAGE_SIZE);
}
