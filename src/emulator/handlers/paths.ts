// Warehouse objects: POST /v2/connection/{id}/lookup (singular `connection`)
// resolves a path of 0–3 names to its inode, and GET /v2/connections/paths
// lists the browsable ones with their `urlId`s. Both come from the seeded
// tree: the emulator browses no warehouse.
//
// Undocumented, the emulator assumes: names match exactly (case and all); an
// unknown path is a 404; the empty path resolves to the connection root
// (kind `scope`, the enum has no `connection`); the path list holds databases
// (catalogs, projects), schemas (datasets) and tables, but neither the root
// nor stored procedures ([skills]: the root "isn't in connections paths
// list"); a `connectionId` filter naming no live connection is a 404; the
// lookup `url` is an app URL of the emulator's invention.

import { notFound } from '../api-error.js';
import type { InodeRecord } from '../org/types.js';
import { body, paged, queryText, ok, type HandlerTable, type RequestContext, type Reply } from '../http/context.js';
import { liveConnection } from './connections.js';

function lookupKind(inode: InodeRecord): string {
  switch (inode.kind) {
    case 'table':
      return 'table';
    case 'procedure':
      return 'stored-procedure';
    default:
      return 'scope';
  }
}

function lookup(context: RequestContext): Reply {
  const connection = liveConnection(context);
  const path = (body(context).path as string[] | undefined) ?? [];
  const inode = context.org.inodeAt(connection.connectionId, path);
  if (!inode) throw notFound(`Path not found in connection ${connection.connectionId}`);
  const url = `https://app.sigmacomputing.com/${context.org.info.slug}/connection/${connection.connectionId}/${inode.urlId ?? inode.inodeId}`;
  return ok({ kind: lookupKind(inode), inodeId: inode.inodeId, url });
}

function listPaths(context: RequestContext): Reply {
  const { org } = context;
  const connectionId = queryText(context, 'connectionId');
  let connections = [...org.connections.values()].filter((each) => !each.isArchived);
  if (connectionId !== undefined) {
    connections = connections.filter((each) => each.connectionId === connectionId);
    if (connections.length === 0) throw notFound('Connection not found');
  }
  const items = connections.flatMap((each) => org.pathsOf(each.connectionId).filter((inode) => inode.kind !== 'procedure'));
  items.sort((a, b) => a.seq - b.seq);
  return paged(context, items, (inode) => ({ connectionId: inode.connectionId, urlId: inode.urlId, path: inode.path }), { total: true });
}

export const PATH_HANDLERS: HandlerTable = {
  'POST /v2/connection/{connectionId}/lookup': lookup,
  'GET /v2/connections/paths': listPaths,
};
