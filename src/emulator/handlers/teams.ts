// Teams (teams → /v2/teams…, /v2.1/teams). The built-in "All Members" team
// appears in grants only: absent from the lists, and `GET /v2/teams/{id}`
// refuses it with "Cannot get All Members team" ([skills]). Undocumented, the
// emulator assumes: that refusal is a 400, and every other operation on All
// Members is refused the same way; team names are unique without regard to
// case (409); SCIM-provisioned teams refuse changes with 403; the name filter
// of the lists matches whole names without regard to case.

import { badRequest, conflict, forbidden, notFound } from '../api-error.js';
import { freshUuid, stableUuid } from '../ids.js';
import type { TeamRecord, Visibility } from '../org/types.js';
import { teamView, teamWithMembersView } from '../org/views.js';
import { body, legacyOrPaged, ok, paged, param, queryText, requireAdmin, type HandlerTable, type RequestContext, type Reply } from '../http/context.js';

function listed(context: RequestContext): TeamRecord[] {
  const name = queryText(context, 'name')?.toLowerCase();
  const description = queryText(context, 'description')?.toLowerCase();
  const visibility = queryText(context, 'visibility');
  const result: TeamRecord[] = [];
  for (const team of context.org.teams.values()) {
    if (name !== undefined && team.name.toLowerCase() !== name) continue;
    if (description !== undefined && (team.description ?? '').toLowerCase() !== description) continue;
    if (visibility !== undefined && team.visibility !== visibility) continue;
    result.push(team);
  }
  return result;
}

function teamOf(context: RequestContext): TeamRecord {
  const teamId = param(context, 'teamId');
  if (teamId === context.org.info.allMembersTeamId) throw badRequest('Cannot get All Members team');
  const team = context.org.teams.get(teamId);
  if (!team) throw notFound('Team not found');
  return team;
}

function changeableTeamOf(context: RequestContext): TeamRecord {
  const team = teamOf(context);
  if (team.scim) throw forbidden('This team is provisioned through SCIM: change it in the identity provider');
  return team;
}

function requireFreeName(context: RequestContext, name: string, except?: TeamRecord): void {
  const existing = context.org.teamByName(name);
  if (name.toLowerCase() === 'all members' || (existing && existing !== except)) throw conflict('A team with this name already exists');
}

/** Active members only: "Inactive members cannot be added or removed from a team" (teams → PATCH …/members). */
function activeMemberIds(context: RequestContext, ids: readonly string[]): string[] {
  for (const id of ids) {
    const member = context.org.members.get(id);
    if (!member) throw badRequest(`Member ${id} does not exist`);
    if (!context.org.isActive(member)) throw badRequest('Inactive members cannot be added or removed from a team');
  }
  return [...ids];
}

function create(context: RequestContext): Reply {
  const caller = requireAdmin(context, 'Creating a team');
  const { org } = context;
  const given = body(context);
  const name = String(given.name);
  requireFreeName(context, name);
  const memberIds = activeMemberIds(context, Array.isArray(given.members) ? (given.members as string[]) : []);
  const now = org.clock.iso();
  const teamId = freshUuid();
  const team: TeamRecord = {
    teamId,
    name,
    description: typeof given.description === 'string' ? given.description : null,
    // teams → POST /v2/teams: visibility defaults to private.
    visibility: (given.visibility as Visibility | undefined) ?? 'private',
    scim: false,
    // Undocumented: the emulator gives a team folder a stable workspace id, and none (null) without one.
    workspaceId: given.createTeamFolder === true ? stableUuid(teamId, 'workspace') : null,
    members: new Map(),
    createdBy: caller.memberId,
    updatedBy: caller.memberId,
    createdAt: now,
    updatedAt: now,
    seq: org.nextSeq(),
  };
  org.addTeam(team);
  for (const memberId of memberIds) org.addToTeam(team, memberId, caller.memberId);
  return ok({ ...teamWithMembersView(team), workspaceId: team.workspaceId });
}

function update(context: RequestContext): Reply {
  const caller = requireAdmin(context, 'Updating a team');
  const team = changeableTeamOf(context);
  const given = body(context);
  if (typeof given.name === 'string') {
    requireFreeName(context, given.name, team);
    team.name = given.name;
  }
  if (typeof given.description === 'string') team.description = given.description;
  if (given.visibility !== undefined) team.visibility = given.visibility as Visibility;
  team.updatedBy = caller.memberId;
  team.updatedAt = context.org.clock.iso();
  return ok(teamView(team));
}

function remove(context: RequestContext): Reply {
  requireAdmin(context, 'Deleting a team');
  context.org.deleteTeam(changeableTeamOf(context));
  return ok({});
}

function listMembers(context: RequestContext): Reply {
  const team = teamOf(context);
  const entries = [...team.members].map(([userId, membership]) => ({ userId, ...membership }));
  return paged(context, entries, ({ userId, isTeamAdmin, addedBy }) => ({ userId, isTeamAdmin, addedBy }), { total: true });
}

function updateMembers(context: RequestContext): Reply {
  const caller = requireAdmin(context, 'Changing the members of a team');
  const team = changeableTeamOf(context);
  const given = body(context);
  const add = activeMemberIds(context, Array.isArray(given.add) ? (given.add as string[]) : []);
  const remove = activeMemberIds(context, Array.isArray(given.remove) ? (given.remove as string[]) : []);
  for (const memberId of remove) context.org.removeFromTeam(team, memberId);
  for (const memberId of add) context.org.addToTeam(team, memberId, caller.memberId);
  if (add.length + remove.length > 0) {
    team.updatedBy = caller.memberId;
    team.updatedAt = context.org.clock.iso();
  }
  return ok({});
}

export const TEAM_HANDLERS: HandlerTable = {
  'GET /v2/teams': (context) => legacyOrPaged(context, listed(context), teamView),
  'GET /v2.1/teams': (context) => paged(context, listed(context), teamView, { total: true }),
  'POST /v2/teams': create,
  'GET /v2/teams/{teamId}': (context) => ok(teamWithMembersView(teamOf(context))),
  'PATCH /v2/teams/{teamId}': update,
  'DELETE /v2/teams/{teamId}': remove,
  'GET /v2/teams/{teamId}/members': listMembers,
  'PATCH /v2/teams/{teamId}/members': updateMembers,
};
