// Members (members → /v2/members…, /v2.1/members). Users are never deleted:
// DELETE deactivates (`isArchived`). SCIM-provisioned members are "not
// directly editable in Sigma" (help: "Manage users and teams with SCIM") and
// DELETE is "not for members provisioned through SCIM" (the spec):
// undocumented, the emulator assumes every change to them is refused with 403.

import { badRequest, conflict, forbidden, notFound } from '../api-error.js';
import { freshUuid } from '../ids.js';
import { memberView } from '../org/views.js';
import type { MemberRecord, UserKind } from '../org/types.js';
import { body, legacyOrPaged, ok, paged, param, queryFlag, queryText, requireAdmin, type HandlerTable, type RequestContext, type Reply } from '../http/context.js';

function listed(context: RequestContext): MemberRecord[] {
  const email = queryText(context, 'email')?.toLowerCase();
  const search = queryText(context, 'search')?.toLowerCase();
  if (email !== undefined && search !== undefined) throw badRequest('Using email and search together is not supported');
  const includeArchived = queryFlag(context, 'includeArchived');
  const includeInactive = queryFlag(context, 'includeInactive');
  const result: MemberRecord[] = [];
  for (const member of context.org.members.values()) {
    if (member.isArchived && !includeArchived) continue;
    if (member.isInactive && !includeInactive) continue;
    if (email !== undefined && member.email.toLowerCase() !== email) continue;
    if (search !== undefined && !`${member.email} ${member.firstName} ${member.lastName}`.toLowerCase().includes(search)) continue;
    result.push(member);
  }
  return result;
}

function memberOf(context: RequestContext): MemberRecord {
  const member = context.org.members.get(param(context, 'memberId'));
  if (!member) throw notFound('Member not found');
  return member;
}

function accountTypeName(context: RequestContext, name: unknown): string {
  // Undocumented: memberType is the account type's name; the emulator matches it without regard to case.
  const type = typeof name === 'string' ? context.org.accountTypeByName(name) : undefined;
  if (!type) throw badRequest(`Unknown account type: memberType must name one of ${[...context.org.accountTypes.values()].map((each) => each.name).join(', ')}`);
  return type.name;
}

function create(context: RequestContext): Reply {
  const caller = requireAdmin(context, 'Creating a member');
  const { org } = context;
  const given = body(context);
  const email = String(given.email);
  if (org.memberByEmail(email)) throw conflict('A member with this email already exists');
  const memberType = accountTypeName(context, given.memberType ?? org.options.invitationDefaultAccountType);
  const additions = Array.isArray(given.addToTeams) ? (given.addToTeams as Array<{ teamId: string; isTeamAdmin?: boolean }>) : [];
  const teams = additions.map(({ teamId, isTeamAdmin }) => {
    const team = org.teams.get(teamId);
    if (!team) throw badRequest(`Team ${teamId} does not exist`);
    return { team, isTeamAdmin: isTeamAdmin === true };
  });
  const now = org.clock.iso();
  const memberId = freshUuid();
  const userKind: UserKind = given.userKind !== undefined ? (given.userKind as UserKind) : given.isGuest === true ? 'guest' : 'internal';
  const member: MemberRecord = {
    memberId,
    email,
    firstName: String(given.firstName),
    lastName: String(given.lastName),
    memberType,
    userKind,
    isArchived: false,
    isInactive: false,
    scim: false,
    homeFolderId: freshUuid(),
    profileImgUrl: null,
    createdBy: caller.memberId,
    updatedBy: caller.memberId,
    createdAt: now,
    updatedAt: now,
    seq: org.nextSeq(),
  };
  org.addMember(member);
  for (const { team, isTeamAdmin } of teams) org.addToTeam(team, memberId, caller.memberId, isTeamAdmin);
  return ok(memberView(org, member));
}

function update(context: RequestContext): Reply {
  const caller = requireAdmin(context, 'Updating a member');
  const { org } = context;
  const member = memberOf(context);
  if (member.scim) throw forbidden('This member is provisioned through SCIM: change it in the identity provider');
  const given = body(context);
  const archiving = given.isArchived === true || given.isInactive === true;
  if ((given.archiveDocuments !== undefined || given.archiveScheduledExports !== undefined) && !archiving) {
    throw badRequest('archiveDocuments and archiveScheduledExports can only be used with isArchived or isInactive set to true');
  }
  if (given.newOwnerId !== undefined) {
    if (given.isArchived !== true) throw badRequest('newOwnerId is only used when deactivating a member (isArchived: true)');
    const owner = org.members.get(String(given.newOwnerId));
    if (!owner || !org.isActive(owner) || owner.memberId === member.memberId) throw badRequest('newOwnerId must be another active member');
  }
  if (archiving && member.memberId === caller.memberId) throw badRequest('A member cannot deactivate the member who owns the API credentials in use');
  if (given.email !== undefined && String(given.email).toLowerCase() !== member.email.toLowerCase()) {
    if (org.memberByEmail(String(given.email))) throw conflict('A member with this email already exists');
    org.changeEmail(member, String(given.email));
  }
  if (given.memberType !== undefined) member.memberType = accountTypeName(context, given.memberType);
  if (typeof given.firstName === 'string') member.firstName = given.firstName;
  if (typeof given.lastName === 'string') member.lastName = given.lastName;
  if (given.profileImgUrl !== undefined) member.profileImgUrl = given.profileImgUrl as string | null;
  if (given.userKind !== undefined) member.userKind = given.userKind as UserKind;
  if (typeof given.isArchived === 'boolean') member.isArchived = given.isArchived;
  if (typeof given.isInactive === 'boolean') member.isInactive = given.isInactive;
  if (!org.isActive(member)) context.tokens.revokeMember(member.memberId);
  member.updatedBy = caller.memberId;
  member.updatedAt = org.clock.iso();
  return ok(memberView(org, member));
}

function deactivate(context: RequestContext): Reply {
  const caller = requireAdmin(context, 'Deactivating a member');
  const member = memberOf(context);
  if (member.scim) throw forbidden('This member is provisioned through SCIM: deactivate it in the identity provider');
  if (member.memberId === caller.memberId) throw badRequest('A member cannot deactivate the member who owns the API credentials in use');
  // Undocumented: deactivating a deactivated member again is accepted, and changes nothing.
  if (!member.isArchived) {
    member.isArchived = true;
    member.updatedBy = caller.memberId;
    member.updatedAt = context.org.clock.iso();
  }
  context.tokens.revokeMember(member.memberId);
  return ok({});
}

function get(context: RequestContext): Reply {
  return ok(memberView(context.org, memberOf(context)));
}

export const MEMBER_HANDLERS: HandlerTable = {
  'GET /v2/members': (context) => legacyOrPaged(context, listed(context), (each) => memberView(context.org, each)),
  'GET /v2.1/members': (context) => paged(context, listed(context), (each) => memberView(context.org, each), { total: true }),
  'POST /v2/members': create,
  'GET /v2/members/{memberId}': get,
  'PATCH /v2/members/{memberId}': update,
  'DELETE /v2/members/{memberId}': deactivate,
};
