// Users, teams and memberships: create, update, deactivate or delete.
// Creates are not idempotent and Sigma has no lock: a team is created once by
// name (create-once.ts), a user once by email (Sigma refuses a second: 409).
// SCIM-owned users and teams are never created, renamed, deactivated or
// given members (DESIGN.md §2).

import type { MembershipChange, TeamChange, UserChange } from '../../model/changes.js';
import { assertNever } from '../../model/errors.js';
import type { TeamSpec, UserSpec } from '../../model/resources.js';
import { BackendError } from '../backend.js';
import { createByName } from './create-once.js';
import { SigmaApiError } from './errors.js';
import type { SigmaHttp } from './http.js';
import type { IdIndex } from './id-index.js';
import { listAll } from './pagination.js';
import type { CreateMemberBody, CreateTeamBody, UpdateMemberBody, UpdateTeamBody, WireMember, WireTeam } from './wire.js';

export interface PeopleWriter {
  readonly http: SigmaHttp;
  readonly index: IdIndex;
}

function refuseScim(kind: 'User' | 'Team', name: string, what: string): never {
  throw new BackendError(`${kind} ${name} is provisioned by SCIM: grantform never ${what} it; make the change in the identity provider`);
}

export async function executeUserChange({ http, index }: PeopleWriter, change: UserChange): Promise<void> {
  switch (change.action) {
    case 'create': {
      const spec = change.after;
      if (spec.managedBy === 'scim') refuseScim('User', spec.email, 'creates');
      const known = index.user(spec.email);
      if (known) {
        // A deactivated account with this email: reactivate it rather than try a second one.
        await patchMember(http, index, known.id, spec.email, { ...memberFields(spec), ...(!known.active && { isArchived: false }) });
        return;
      }
      await createByName<WireMember>({
        what: `User ${spec.email}`,
        nameIsUnique: true,
        find: async () => {
          const member = await findMember(http, spec.email);
          return member ? [member] : [];
        },
        post: () => http.request<WireMember>({ method: 'POST', path: '/v2/members', body: createMemberBody(spec), idempotent: false }),
        id: (member) => member.memberId,
        createdAt: () => undefined,
        differs: (member) =>
          member.isArchived === true || member.isInactive === true
            ? 'is deactivated'
            : member.memberType !== spec.accountType
              ? `has account type ${member.memberType}, not ${spec.accountType}`
              : undefined,
        remove: async () => undefined,
        learn: (member) => index.setUser({ id: member.memberId, email: spec.email, active: true }),
      });
      return;
    }
    case 'update': {
      if (change.before.managedBy === 'scim' || change.after.managedBy === 'scim') refuseScim('User', change.after.email, 'changes');
      const known = index.requireUser(change.before.email);
      await patchMember(http, index, known.id, change.after.email, { ...memberFields(change.after), ...(!known.active && { isArchived: false }) });
      return;
    }
    case 'delete': {
      if (change.before.managedBy === 'scim') refuseScim('User', change.before.email, 'deactivates');
      const known = index.user(change.before.email);
      if (!known || !known.active) return;
      const ownerEmail = change.documentsOwner;
      try {
        if (ownerEmail !== undefined) {
          const owner = index.requireUser(ownerEmail);
          await http.request({ method: 'PATCH', path: '/v2/members/{memberId}', params: { memberId: known.id }, body: { isArchived: true, newOwnerId: owner.id } satisfies UpdateMemberBody });
        } else {
          // Sigma hands the documents to the owner of the API credentials.
          await http.request({ method: 'DELETE', path: '/v2/members/{memberId}', params: { memberId: known.id } });
        }
      } catch (error) {
        if (!(error instanceof SigmaApiError && error.status === 404)) throw error;
      }
      index.setUser({ ...known, active: false });
      return;
    }
    default:
      assertNever(change, 'user change');
  }
}

export async function executeTeamChange({ http, index }: PeopleWriter, change: TeamChange): Promise<void> {
  switch (change.action) {
    case 'create': {
      const spec = change.after;
      if (spec.managedBy === 'scim') refuseScim('Team', spec.name, 'creates');
      await createByName<WireTeam>({
        what: `Team ${spec.name}`,
        find: () => findTeams(http, spec.name),
        post: () => http.request<WireTeam>({ method: 'POST', path: '/v2/teams', body: teamBody(spec) satisfies CreateTeamBody, idempotent: false }),
        id: (team) => team.teamId,
        createdAt: (team) => team.createdAt,
        differs: (team) => ((team.description ?? '') === (spec.description ?? '') ? undefined : `has the description "${team.description ?? ''}"`),
        remove: (team) => deleteTeam(http, team.teamId),
        learn: (team) => index.setTeam(spec.name, team.teamId),
      });
      return;
    }
    case 'update': {
      const previous = change.renamedFrom ?? change.before.name;
      if (change.before.managedBy === 'scim' || change.after.managedBy === 'scim') refuseScim('Team', previous, 'renames or changes');
      const teamId = index.requireTeam(previous);
      const body: UpdateTeamBody = {
        ...(change.after.name !== previous && { name: change.after.name }),
        ...(change.after.description !== change.before.description && { description: change.after.description ?? '' }),
      };
      if (Object.keys(body).length > 0) await http.request({ method: 'PATCH', path: '/v2/teams/{teamId}', params: { teamId }, body });
      index.setTeam(change.after.name, teamId);
      return;
    }
    case 'delete': {
      if (change.before.managedBy === 'scim') refuseScim('Team', change.before.name, 'deletes');
      const teamId = index.teamId(change.before.name);
      if (teamId === undefined) return;
      await deleteTeam(http, teamId);
      index.removeTeam(change.before.name);
      return;
    }
    default:
      assertNever(change, 'team change');
  }
}

/** The planner never plans members for a SCIM-owned team (DESIGN.md §2); Sigma refuses them anyway. */
export async function executeMembershipChange({ http, index }: PeopleWriter, change: MembershipChange): Promise<void> {
  const spec = change.action === 'create' ? change.after : change.before;
  const teamId = index.requireTeam(spec.team);
  // Removing a member who is no longer in Sigma is already done.
  const user = change.action === 'delete' ? index.user(spec.email) : index.requireUser(spec.email);
  if (!user) return;
  const body = change.action === 'create' ? { add: [user.id] } : { remove: [user.id] };
  await http.request({ method: 'PATCH', path: '/v2/teams/{teamId}/members', params: { teamId }, body });
}

function memberFields(spec: UserSpec): UpdateMemberBody {
  return {
    memberType: spec.accountType,
    ...(spec.firstName !== undefined && { firstName: spec.firstName }),
    ...(spec.lastName !== undefined && { lastName: spec.lastName }),
  };
}

function createMemberBody(spec: UserSpec): CreateMemberBody {
  // Sigma requires both names; the files may leave them out.
  const local = spec.email.split('@')[0] ?? spec.email;
  return { email: spec.email, firstName: spec.firstName ?? local, lastName: spec.lastName ?? '', memberType: spec.accountType };
}

function teamBody(spec: TeamSpec): CreateTeamBody {
  return { name: spec.name, ...(spec.description !== undefined && { description: spec.description }) };
}

async function patchMember(http: SigmaHttp, index: IdIndex, memberId: string, email: string, body: UpdateMemberBody): Promise<void> {
  await http.request<WireMember>({ method: 'PATCH', path: '/v2/members/{memberId}', params: { memberId }, body });
  index.setUser({ id: memberId, email, active: true });
}

async function findMember(http: SigmaHttp, email: string): Promise<WireMember | undefined> {
  const found = await listAll<WireMember>(http, { path: '/v2.1/members', query: { email, includeArchived: true, includeInactive: true } });
  return found.find((member) => member.email.toLowerCase() === email.toLowerCase());
}

async function findTeams(http: SigmaHttp, name: string): Promise<WireTeam[]> {
  const found = await listAll<WireTeam>(http, { path: '/v2.1/teams', query: { name } });
  return found.filter((team) => team.name === name && team.isArchived !== true);
}

async function deleteTeam(http: SigmaHttp, teamId: string): Promise<void> {
  try {
    await http.request({ method: 'DELETE', path: '/v2/teams/{teamId}', params: { teamId } });
  } catch (error) {
    if (!(error instanceof SigmaApiError && error.status === 404)) throw error;
  }
}
