// Users, teams, team members and account types, in the fewest requests:
// each list once at 1,000 a page, members one list per team, permissions
// once per account type in use (docs/sigma-backend.md, the formula).

import type { LiveAccountType, LiveTeam, LiveUser } from '../../model/live.js';
import { SigmaApiError } from './errors.js';
import type { SigmaHttp } from './http.js';
import type { IdIndex } from './id-index.js';
import { listAll, listAllByToken } from './pagination.js';
import type { WireAccountType, WireMember, WirePermission, WireTeam, WireTeamMember } from './wire.js';

export interface People {
  readonly users: LiveUser[];
  readonly teams: LiveTeam[];
  readonly accountTypes: LiveAccountType[];
  /** Ids of active users: whose grants are read. */
  readonly activeUserIds: string[];
  /** The active user in the fewest teams (read-grants.ts: the All Members probe). */
  readonly probeUserId: string | undefined;
}

export interface ReadProgress {
  (done: number, total: number | undefined, what: string): void;
}

export async function readPeople(http: SigmaHttp, index: IdIndex, notes: string[], progress?: ReadProgress): Promise<People> {
  const [members, teams, accountTypes] = await Promise.all([
    // Deactivated users too: a user in the files who was deactivated is
    // reactivated, not created again (Sigma refuses a second account per email).
    listAll<WireMember>(http, { path: '/v2.1/members', query: { includeArchived: true, includeInactive: true } }),
    listAll<WireTeam>(http, { path: '/v2.1/teams' }),
    listAllByToken<WireAccountType>(http, { path: '/v2/accountTypes' }).catch((error: unknown) => {
      if (error instanceof SigmaApiError && error.status === 403) {
        notes.push('Account types were not read: the credentials are not an Admin\'s, so the linter assumes Sigma\'s documented defaults');
        return undefined;
      }
      throw error;
    }),
  ]);

  const users = new Map<string, LiveUser>();
  const activeUserIds: string[] = [];
  for (const member of members) {
    if (!member || typeof member.memberId !== 'string' || typeof member.email !== 'string') continue;
    const email = member.email.toLowerCase();
    const active = member.isArchived !== true && member.isInactive !== true;
    // One email, two accounts (an old deactivated one and a new one): the active one wins.
    if (users.has(email) && !active) continue;
    index.setUser({ id: member.memberId, email, active });
    const user: LiveUser = {
      id: member.memberId,
      email,
      accountType: member.memberType,
      ...(member.firstName && { firstName: member.firstName }),
      ...(member.lastName && { lastName: member.lastName }),
      managedBy: 'grantform',
      active,
    };
    users.set(email, user);
    if (active) activeUserIds.push(member.memberId);
  }

  const liveTeams = teams.filter((team) => team && typeof team.teamId === 'string' && team.isArchived !== true);
  for (const team of liveTeams) index.setTeam(team.name, team.teamId);
  let done = 0;
  const memberLists = await Promise.all(
    liveTeams.map(async (team) => {
      const entries = await listAll<WireTeamMember>(http, { path: '/v2/teams/{teamId}/members', params: { teamId: team.teamId } });
      done += 1;
      progress?.(done, liveTeams.length, 'team members');
      return entries;
    }),
  );
  const liveTeamList: LiveTeam[] = liveTeams.map((team, position) => ({
    id: team.teamId,
    name: team.name,
    ...(team.description && { description: team.description }),
    managedBy: 'grantform',
    members: [...new Set((memberLists[position] ?? []).map((member) => index.userEmail(member.userId)).filter((email): email is string => email !== undefined))].sort(),
  }));

  const live: LiveAccountType[] = [];
  if (accountTypes) {
    const inUse = new Set([...users.values()].filter((user) => user.active).map((user) => user.accountType));
    const used = accountTypes.filter((type) => inUse.has(type.accountTypeName));
    const permissions = await Promise.all(
      used.map((type) => http.request<WirePermission[]>({ method: 'GET', path: '/v2/accountTypes/{accountTypeId}/permissions', params: { accountTypeId: type.accountTypeId } })),
    );
    used.forEach((type, position) => {
      const list = permissions[position];
      live.push({
        id: type.accountTypeId,
        name: type.accountTypeName,
        permissions: (Array.isArray(list) ? list : []).map((each) => each.permission).filter((name) => typeof name === 'string').sort(),
      });
    });
  }

  const teamsPerUser = new Map<string, number>();
  for (const list of memberLists) for (const member of list) teamsPerUser.set(member.userId, (teamsPerUser.get(member.userId) ?? 0) + 1);
  let probeUserId: string | undefined;
  for (const id of activeUserIds) {
    if (probeUserId === undefined || (teamsPerUser.get(id) ?? 0) < (teamsPerUser.get(probeUserId) ?? 0)) probeUserId = id;
  }
  return { probeUserId, users: [...users.values()], teams: liveTeamList, accountTypes: live, activeUserIds };
}
