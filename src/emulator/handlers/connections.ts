// Connections (conn → /v2/connections…). Responses normalise the write
// destinations of every warehouse type into `writeAccess` and
// `writebacks`/`writebackSchemas` (org/views.ts); secrets are stored and
// never returned. PUT replaces `details` whole ("send any connection details
// that you want to keep"); DELETE archives, and PUT `restore: true` brings a
// connection back (the PUT usage notes).
//
// Undocumented, the emulator assumes: the other top-level fields of PUT
// (description, poolSizes, timeoutSecs, useFriendlyNames) are replaced as
// well, omitted meaning unset; PUT cannot change the warehouse type (400);
// a deleted connection is still returned by GET /v2/connections/{id} with
// `isArchived: true`, is listed only with `includeArchived=true`, and its
// grants, paths, lookups and test answer 404 until it is restored; a PUT on
// it without `restore` applies but leaves it archived; deleting it again
// changes nothing; connection names need not be unique; `search` matches a
// part of the name without regard to case.

import { badRequest, notFound } from '../api-error.js';
import { freshUuid } from '../ids.js';
import type { ConnectionRecord } from '../org/types.js';
import { connectionView } from '../org/views.js';
import { warehouseOfApiType, writeDestinations } from '../org/warehouse-api.js';
import { body, created, ok, paged, param, queryFlag, queryText, requireAdmin, requireManageConnections, type HandlerTable, type RequestContext, type Reply } from '../http/context.js';

/** A connection by id, archived or not (GET, PUT, DELETE). */
export function anyConnection(context: RequestContext): ConnectionRecord {
  const connection = context.org.connections.get(param(context, 'connectionId'));
  if (!connection) throw notFound('Connection not found');
  return connection;
}

/** A connection that is not deleted (grants, paths, lookup, test). */
export function liveConnection(context: RequestContext): ConnectionRecord {
  const connection = anyConnection(context);
  if (connection.isArchived) throw notFound('Connection not found');
  return connection;
}

function list(context: RequestContext): Reply {
  const includeArchived = queryFlag(context, 'includeArchived');
  const search = queryText(context, 'search')?.toLowerCase();
  const items = [...context.org.connections.values()].filter((each) => (includeArchived || !each.isArchived) && (search === undefined || each.name.toLowerCase().includes(search)));
  return paged(context, items, (each) => connectionView(context.org, each), { total: true });
}

interface ConnectionBody {
  readonly name: string;
  readonly details: Record<string, unknown>;
  readonly description: unknown;
  readonly timeoutSecs: number | undefined;
  readonly poolSizes: Record<string, unknown> | undefined;
  readonly useFriendlyNames: boolean | undefined;
}

function readBody(context: RequestContext): ConnectionBody {
  const given = body(context);
  return {
    name: String(given.name),
    details: { ...(given.details as Record<string, unknown>) },
    description: given.description,
    timeoutSecs: typeof given.timeoutSecs === 'number' ? given.timeoutSecs : undefined,
    poolSizes: typeof given.poolSizes === 'object' && given.poolSizes !== null ? { ...(given.poolSizes as Record<string, unknown>) } : undefined,
    useFriendlyNames: typeof given.useFriendlyNames === 'boolean' ? given.useFriendlyNames : undefined,
  };
}

/** Write access: every destination and the audit log, as one comparable string. */
function writeAccessKey(connection: Pick<ConnectionRecord, 'warehouse' | 'details'>): string {
  const { destinations, auditLog } = writeDestinations(connection.warehouse, connection.details);
  return JSON.stringify({ destinations, auditLog: auditLog ?? null });
}

function create(context: RequestContext): Reply {
  const caller = requireManageConnections(context, 'Creating a connection');
  const { org } = context;
  const given = readBody(context);
  const warehouse = warehouseOfApiType(given.details.type);
  if (!warehouse) throw badRequest('details.type is not a warehouse type the API knows');
  // Enabling write access requires an Admin account (DESIGN §1).
  if (writeAccessKey({ warehouse, details: {} }) !== writeAccessKey({ warehouse, details: given.details })) requireAdmin(context, 'Enabling write access on a connection');
  const connectionId = freshUuid();
  const pending = org.pendingWarehouses.get(given.name);
  const tree = pending?.warehouse === warehouse ? pending : undefined;
  const now = org.clock.iso();
  const connection: ConnectionRecord = {
    connectionId,
    warehouse,
    ...given,
    isArchived: false,
    rootInodeId: freshUuid(),
    lastActiveAt: now,
    test: tree ? { ...tree.test } : { read: 'SUCCESS', write: 'SUCCESS' },
    createdBy: caller.memberId,
    updatedBy: caller.memberId,
    createdAt: now,
    updatedAt: now,
    seq: org.nextSeq(),
  };
  org.addConnection(connection, { inodeId: connection.rootInodeId, urlId: null, connectionId, path: [], kind: 'root', seq: org.nextSeq() });
  if (tree) org.addTree(connectionId, tree.paths);
  return created(connectionView(org, connection));
}

function replace(context: RequestContext): Reply {
  const caller = requireManageConnections(context, 'Updating a connection');
  const connection = anyConnection(context);
  const given = readBody(context);
  if (warehouseOfApiType(given.details.type) !== connection.warehouse) throw badRequest('The warehouse type of a connection cannot change');
  if (writeAccessKey(connection) !== writeAccessKey({ warehouse: connection.warehouse, details: given.details })) {
    requireAdmin(context, 'Changing the write access of a connection');
  }
  connection.name = given.name;
  connection.details = given.details;
  connection.description = given.description;
  connection.timeoutSecs = given.timeoutSecs;
  connection.poolSizes = given.poolSizes;
  connection.useFriendlyNames = given.useFriendlyNames;
  if (body(context).restore === true) connection.isArchived = false;
  connection.updatedBy = caller.memberId;
  connection.updatedAt = context.org.clock.iso();
  return ok(connectionView(context.org, connection));
}

function remove(context: RequestContext): Reply {
  const caller = requireManageConnections(context, 'Deleting a connection');
  const connection = anyConnection(context);
  if (!connection.isArchived) {
    connection.isArchived = true;
    connection.updatedBy = caller.memberId;
    connection.updatedAt = context.org.clock.iso();
  }
  return ok({});
}

/** `write` is DISABLED without a destination; otherwise what the seed says (default SUCCESS). */
function test(context: RequestContext): Reply {
  const connection = liveConnection(context);
  const enabled = writeDestinations(connection.warehouse, connection.details).destinations.length > 0;
  return ok({ read: connection.test.read, write: enabled ? connection.test.write : 'DISABLED' });
}

export const CONNECTION_HANDLERS: HandlerTable = {
  'GET /v2/connections': list,
  'POST /v2/connections': create,
  'GET /v2/connections/{connectionId}': (context) => ok(connectionView(context.org, anyConnection(context))),
  'PUT /v2/connections/{connectionId}': replace,
  'DELETE /v2/connections/{connectionId}': remove,
  'GET /v2/connections/{connectionId}/test': test,
};
