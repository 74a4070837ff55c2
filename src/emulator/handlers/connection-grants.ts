// Grants on a connection root (conn → /v2/connections/{id}/grants…) and on
// its paths (conn → /v2/connections/paths/{connectionPathId}/grants…). The
// POSTs take `{grants: [{grantee, permission}]}`, accept only `usage` and
// `annotate` (the contract's enum: anything else is a 400 before the handler
// runs), escalate only (org/grants.ts), and answer `{}` — no grant id, so a
// client lists afterwards to learn it.
//
// `connectionPathId` is the `inodeId` from lookup or the `urlId` from the path
// list (the docs name both). Undocumented, the emulator assumes: the lookup
// inode of the connection root (empty path) is a valid `connectionPathId`
// too, its grants being the connection's; a request whose grants are not all
// valid changes nothing; the path grant list shows direct grants only.

import { badRequest, notFound } from '../api-error.js';
import { grantOrEscalate, isVisible, type GrantablePermission, type GranteeIds } from '../org/grants.js';
import type { InodeRecord } from '../org/types.js';
import { grantView } from '../org/views.js';
import { body, bySeq, ok, paged, param, requireManageConnections, type HandlerTable, type RequestContext, type Reply } from '../http/context.js';
import { liveConnection } from './connections.js';
import { resolveGrantee } from './grantees.js';

function rootOf(context: RequestContext): InodeRecord {
  const connection = liveConnection(context);
  const root = context.org.inodes.get(connection.rootInodeId);
  if (!root) throw new Error(`connection ${connection.connectionId} has no root inode`);
  return root;
}

function pathOf(context: RequestContext): InodeRecord {
  const inode = context.org.resolveInode(param(context, 'connectionPathId'));
  const connection = inode ? context.org.connections.get(inode.connectionId) : undefined;
  if (!inode || !connection || connection.isArchived) throw notFound('Connection path not found');
  return inode;
}

function addGrants(context: RequestContext, inode: InodeRecord): Reply {
  const caller = requireManageConnections(context, 'Granting access to connection data');
  const requests = (body(context).grants as Array<{ grantee: unknown; permission: unknown }>).map(({ grantee, permission }) => {
    if (permission !== 'usage' && permission !== 'annotate') throw badRequest('permission must be usage or annotate');
    return { grantee: resolveGrantee(context.org, grantee) satisfies GranteeIds, permission: permission as GrantablePermission };
  });
  for (const { grantee, permission } of requests) grantOrEscalate(context.org, inode, grantee, permission, caller.memberId);
  return ok({});
}

function listGrants(context: RequestContext, inode: InodeRecord, total: boolean): Reply {
  const grants = bySeq(context.org.grantsOn(inode.inodeId).filter((grant) => isVisible(context.org, grant)));
  return paged(context, grants, (grant) => grantView(context.org, grant), { total });
}

function deleteGrant(context: RequestContext, inode: InodeRecord): Reply {
  requireManageConnections(context, 'Revoking access to connection data');
  const grant = context.org.grants.get(param(context, 'grantId'));
  if (!grant || grant.inodeId !== inode.inodeId) throw notFound('Grant not found');
  context.org.removeGrant(grant);
  return ok({});
}

export const CONNECTION_GRANT_HANDLERS: HandlerTable = {
  'GET /v2/connections/{connectionId}/grants': (context) => listGrants(context, rootOf(context), true),
  'POST /v2/connections/{connectionId}/grants': (context) => addGrants(context, rootOf(context)),
  'DELETE /v2/connections/{connectionId}/grants/{grantId}': (context) => deleteGrant(context, rootOf(context)),
  // The path grant list's schema has no `total`.
  'GET /v2/connections/paths/{connectionPathId}/grants': (context) => listGrants(context, pathOf(context), false),
  'POST /v2/connections/paths/{connectionPathId}/grants': (context) => addGrants(context, pathOf(context)),
  'DELETE /v2/connections/paths/{connectionPathId}/grants/{grantId}': (context) => deleteGrant(context, pathOf(context)),
};
