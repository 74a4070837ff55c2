// The `grantee` of a grant request (`{memberId}` or `{teamId}`, the nested
// form writes need) resolved against the organization. The built-in All
// Members team is a valid grantee although no team list shows it.
// Undocumented: the emulator assumes a grantee that does not exist is a 400.

import { badRequest } from '../api-error.js';
import type { GranteeIds } from '../org/grants.js';
import type { Org } from '../org/org.js';

export function resolveGrantee(org: Org, grantee: unknown): GranteeIds {
  const given = (grantee ?? {}) as { memberId?: unknown; teamId?: unknown };
  if (typeof given.memberId === 'string') {
    if (!org.members.has(given.memberId)) throw badRequest(`Member ${given.memberId} does not exist`);
    return { memberId: given.memberId, teamId: null };
  }
  if (typeof given.teamId === 'string') {
    if (given.teamId !== org.info.allMembersTeamId && !org.teams.has(given.teamId)) throw badRequest(`Team ${given.teamId} does not exist`);
    return { memberId: null, teamId: given.teamId };
  }
  throw badRequest('grantee must be {memberId} or {teamId}');
}
