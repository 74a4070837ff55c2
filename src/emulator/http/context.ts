// What a handler receives and returns, and the small helpers every handler
// shares: who is calling, what they may do, and the three list shapes.

import type { IncomingHttpHeaders } from 'node:http';
import { PERMISSIONS } from '../../model/account-types.js';
import { ApiError, forbidden } from '../api-error.js';
import type { QueryValues } from '../contract.js';
import type { Org } from '../org/org.js';
import type { MemberRecord } from '../org/types.js';
import { pageOf, pageSize, type Cursors, type Sequenced } from './pagination.js';
import type { TokenStore } from './tokens.js';

export interface Caller {
  readonly clientId: string;
  readonly memberId: string;
}

/** How the token endpoint takes the client credentials (`--token-auth`). */
export type TokenAuth = 'form' | 'basic' | 'both';
export const TOKEN_AUTH_MODES: readonly TokenAuth[] = ['form', 'basic', 'both'];

export interface RequestContext {
  readonly org: Org;
  readonly tokenAuth: TokenAuth;
  readonly tokens: TokenStore;
  readonly cursors: Cursors;
  readonly requestId: string;
  readonly pathname: string;
  readonly params: Readonly<Record<string, string>>;
  /** The declared query parameters, coerced to their schema types. */
  readonly query: QueryValues;
  readonly body: unknown;
  readonly headers: IncomingHttpHeaders;
  /** Absent only on the token endpoint. */
  readonly caller: Caller | undefined;
}

export interface Reply {
  readonly status: number;
  readonly body: unknown;
}

export type Handler = (context: RequestContext) => Reply;

/** Handlers by contract operation, `METHOD template`. */
export type HandlerTable = Readonly<Record<string, Handler>>;

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });

export function param(context: RequestContext, name: string): string {
  const value = context.params[name];
  if (value === undefined) throw new Error(`route has no parameter ${name}`);
  return value;
}

export function body(context: RequestContext): Record<string, unknown> {
  // The contract check has run: bodies of JSON operations are objects here.
  return (context.body ?? {}) as Record<string, unknown>;
}

export function callerMember(context: RequestContext): MemberRecord {
  const memberId = context.caller?.memberId;
  const member = memberId === undefined ? undefined : context.org.members.get(memberId);
  if (!member) throw new ApiError(401, 'Unauthorized');
  return member;
}

/**
 * Sigma documents "API credentials owned by a user assigned the Admin account
 * type" for account types, and Admin for write access (DESIGN §1).
 * Undocumented: the emulator assumes every member and team change needs Admin
 * credentials too, and connection and grant changes Admin or an account type
 * with manage-connections.
 */
export function requireAdmin(context: RequestContext, action: string): MemberRecord {
  const member = callerMember(context);
  if (member.memberType !== 'Admin') throw forbidden(`${action} requires API credentials owned by a member with the Admin account type`);
  return member;
}

export function requireManageConnections(context: RequestContext, action: string): MemberRecord {
  const member = callerMember(context);
  if (member.memberType === 'Admin') return member;
  const type = context.org.accountTypeByName(member.memberType);
  if (!type?.permissions.includes(PERMISSIONS.manageConnections)) {
    throw forbidden(`${action} requires API credentials owned by an Admin or a member whose account type has manage-connections`);
  }
  return member;
}

/** A list key: the path and the filters, so that a cursor only continues the list it came from. */
function listKey(context: RequestContext, exclude: readonly string[]): string {
  const filters = Object.entries(context.query)
    .filter(([key]) => !exclude.includes(key))
    .sort(([a], [b]) => a.localeCompare(b));
  return `${context.pathname}?${JSON.stringify(filters)}`;
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export interface PagedOptions {
  /**
   * Whether the operation's schema has `total`. [skills]: `total` "may count
   * only the current page"; the emulator does exactly that, so that a client
   * relying on it fails here first.
   */
  readonly total: boolean;
}

/** `page`/`limit` → `{ entries, nextPage }` (`nextPage: null` on the last page). */
export function paged<T extends Sequenced>(context: RequestContext, items: readonly T[], view: (item: T) => unknown, options: PagedOptions): Reply {
  const size = pageSize(optionalNumber(context.query.limit), context.org.options.defaultPageSize, 'limit');
  const page = pageOf(context.cursors, items, { listKey: listKey(context, ['page', 'limit']), cursor: optionalString(context.query.page), size });
  const result: Record<string, unknown> = { entries: page.entries.map(view), nextPage: page.next ?? null };
  if (options.total) result.total = page.entries.length;
  return ok(result);
}

/** /v2/teams and /v2/members: a bare array of everything without `limit`, a page with it. */
export function legacyOrPaged<T extends Sequenced>(context: RequestContext, items: readonly T[], view: (item: T) => unknown): Reply {
  if (context.query.limit === undefined) return ok(items.map(view));
  return paged(context, items, view, { total: false });
}

/** `pageToken`/`pageSize` → `{ entries, nextPageToken? }` (absent on the last page). */
export function tokenPaged<T extends Sequenced>(context: RequestContext, items: readonly T[], view: (item: T) => unknown): Reply {
  const size = pageSize(optionalNumber(context.query.pageSize), 50, 'pageSize');
  const page = pageOf(context.cursors, items, { listKey: listKey(context, ['pageToken', 'pageSize']), cursor: optionalString(context.query.pageToken), size });
  const result: Record<string, unknown> = { entries: page.entries.map(view) };
  if (page.next !== undefined) result.nextPageToken = page.next;
  return ok(result);
}

export function queryFlag(context: RequestContext, name: string): boolean {
  return context.query[name] === true;
}

export function queryText(context: RequestContext, name: string): string | undefined {
  const value = context.query[name];
  return typeof value === 'string' ? value : undefined;
}

export function bySeq<T extends Sequenced>(items: Iterable<T>): T[] {
  return [...items].sort((a, b) => a.seq - b.seq);
}
