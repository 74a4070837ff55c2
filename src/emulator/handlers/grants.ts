// The generic grants API (grants → /v2/grants…), as far as connection
// objects go: list by grantee or object, create (escalate only), read and
// delete by id.
//
// Listing needs `inodeId`, `teamId` or `userId`: "User, Team or Inode need to
// be specified" otherwise (400, [skills]). Entries carry `inodeType`: `scope`
// for connection roots, databases and schemas, `table`, `storedProcedure`.
//
// Creating: whether `writeback` (Can write only) and `admin` (Can admin) can
// be granted here on a connection is an open question (sigma-api.md §5.4);
// the emulator refuses them (400) unless the seed sets
// `options.grantsApiAcceptsAllLevels: true`. Undocumented, the emulator also
// assumes: both are refused below the connection root (connection-only
// levels); `update` and document-level permissions are refused on connection
// objects; `tagId` (version tags) is not emulated (400); a connection id is
// not an inode id (the inode of the root comes from lookup with an empty
// path: [skills] say an inode id "is not the same thing as its … connection
// id"); unknown ids are 404.

import { badRequest, notFound } from '../api-error.js';
import { grantOrEscalate, isVisible, queryGrants, type GrantablePermission } from '../org/grants.js';
import type { GrantRecord, InodeRecord } from '../org/types.js';
import { genericGrantView } from '../org/views.js';
import { body, ok, paged, param, queryFlag, queryText, requireManageConnections, type HandlerTable, type RequestContext, type Reply } from '../http/context.js';
import { resolveGrantee } from './grantees.js';

function liveInode(context: RequestContext, id: string): InodeRecord {
  const inode = context.org.resolveInode(id);
  const connection = inode ? context.org.connections.get(inode.connectionId) : undefined;
  if (!inode || !connection || connection.isArchived) throw notFound('Inode not found');
  return inode;
}

function list(context: RequestContext): Reply {
  const { org } = context;
  const inodeId = queryText(context, 'inodeId');
  const teamId = queryText(context, 'teamId');
  const userId = queryText(context, 'userId');
  if (inodeId === undefined && teamId === undefined && userId === undefined) throw badRequest('User, Team or Inode need to be specified');
  if (teamId !== undefined && teamId !== org.info.allMembersTeamId && !org.teams.has(teamId)) throw notFound('Team not found');
  if (userId !== undefined && !org.members.has(userId)) throw notFound('Member not found');
  const grants = queryGrants(org, {
    ...(inodeId !== undefined ? { inode: liveInode(context, inodeId) } : {}),
    ...(teamId !== undefined ? { teamId } : {}),
    ...(userId !== undefined ? { userId } : {}),
    directGrantsOnly: queryFlag(context, 'directGrantsOnly'),
  });
  return paged(context, grants, (grant) => genericGrantView(org, grant), { total: true });
}

const CONNECTION_ONLY = new Set(['writeback', 'admin']);
const CONNECTION_LEVELS = new Set(['usage', 'annotate', 'writeback', 'admin']);

function create(context: RequestContext): Reply {
  const caller = requireManageConnections(context, 'Granting access to connection data');
  const { org } = context;
  const given = body(context);
  if (given.tagId !== undefined) throw badRequest('Version tags (tagId) are not emulated');
  const inode = liveInode(context, String(given.inodeId));
  const permission = String(given.permission);
  if (!CONNECTION_LEVELS.has(permission)) throw badRequest(`Permission ${permission} does not apply to connection data`);
  if (CONNECTION_ONLY.has(permission)) {
    if (inode.kind !== 'root') throw badRequest(`Permission ${permission} can only be granted on a whole connection`);
    if (!org.options.grantsApiAcceptsAllLevels) throw badRequest(`Permission ${permission} cannot be granted through this endpoint`);
  }
  const grantee = resolveGrantee(org, given.grantee);
  const { grant } = grantOrEscalate(org, inode, grantee, permission as GrantablePermission, caller.memberId);
  return ok(genericGrantView(org, grant));
}

function grantOf(context: RequestContext): GrantRecord {
  const grant = context.org.grants.get(param(context, 'grantId'));
  if (!grant || !isVisible(context.org, grant)) throw notFound('Grant not found');
  return grant;
}

function remove(context: RequestContext): Reply {
  requireManageConnections(context, 'Revoking access to connection data');
  const grant = grantOf(context);
  const view = genericGrantView(context.org, grant);
  context.org.removeGrant(grant);
  // grants → DELETE /v2/grants/{grantId} answers the deleted grant.
  return ok(view);
}

export const GRANT_HANDLERS: HandlerTable = {
  'GET /v2/grants': list,
  'POST /v2/grants': create,
  'GET /v2/grants/{grantId}': (context) => ok(genericGrantView(context.org, grantOf(context))),
  'DELETE /v2/grants/{grantId}': remove,
};
