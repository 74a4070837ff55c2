// A team's declared members as the users they name. The loader looks every
// member up to check the reference; the access index needs the same users,
// and on the largest orgs (10,000 teams, 125,000 memberships) looking them
// up again was most of the work of an index built for one question. The
// answer is remembered for the team and the users map it was read against:
// both are never changed once built (a later version of a project, in the
// language server, has a users map of its own), so a remembered answer is
// never stale.

import type { TeamDecl, TeamMember, UserDecl } from './project.js';

export interface ResolvedMembers {
  /** The declared users the team names, in the team's order, each once (an email written twice, in two cases, is one member). */
  readonly users: readonly UserDecl[];
  /** Members that name no declared user (the loader's finding). */
  readonly undeclared: readonly TeamMember[];
}

const remembered = new WeakMap<TeamDecl, { readonly against: ReadonlyMap<string, UserDecl>; readonly members: ResolvedMembers }>();

export function resolveMembers(team: TeamDecl, users: ReadonlyMap<string, UserDecl>): ResolvedMembers {
  const known = remembered.get(team);
  if (known && known.against === users) return known.members;
  const found: UserDecl[] = [];
  const undeclared: TeamMember[] = [];
  const seen = new Set<UserDecl>();
  for (const member of team.members) {
    const user = users.get(member.email);
    if (!user) undeclared.push(member);
    else if (!seen.has(user)) {
      seen.add(user);
      found.push(user);
    }
  }
  const members = { users: found, undeclared };
  remembered.set(team, { against: users, members });
  return members;
}
