// Memberships, by (team, user), for the teams the files declare: a team's
// `members:` is its whole member list. Members of SCIM-owned teams belong to
// the identity provider and are never changed; teams the files do not
// declare keep their members.

import type { MembershipChange } from '../model/changes.js';
import { compareText, membershipAddress } from './addresses.js';
import type { DiffContext } from './diff-context.js';

export function diffMemberships({ desired, live, settings }: DiffContext): MembershipChange[] {
  const changes: MembershipChange[] = [];
  const authoritative = settings.manage.memberships === 'authoritative';
  for (const team of desired.teams) {
    if (team.managedBy === 'scim') continue;
    const liveMembers = new Set(live.teams.get(team.name)?.live.members ?? []);
    const wanted = new Set(team.members);
    for (const email of team.members) {
      if (!liveMembers.has(email)) {
        changes.push({ type: 'membership', action: 'create', address: membershipAddress(team.name, email), after: { team: team.name, email } });
      }
    }
    if (!authoritative) continue;
    for (const email of [...liveMembers].sort(compareText)) {
      if (wanted.has(email) || live.dormantUsers.has(email)) continue;
      changes.push({ type: 'membership', action: 'delete', address: membershipAddress(team.name, email), before: { team: team.name, email } });
    }
  }
  return changes;
}
