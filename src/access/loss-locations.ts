// Where a loss of access is written in the files, for `report github`'s
// check-run annotation (docs/access-review.md). A removed grant has no line
// in the files, so the place is the nearest one that does, in this order:
//   1. the grant in the files on the object whose principal reaches the
//      user (own, a team of the user, All Members): the lowered grant;
//   2. the team the plan takes the user out of (its name line);
//   3. the user's declaration (its account type line: a lower type, or the
//      user's own grant gone);
//   4. the top of grantform.yaml (a user the plan deactivates: no line left).

import type { AccessChange } from '../model/access-changes.js';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatObjectPath } from '../model/object-path.js';
import { ALL_MEMBERS, type Project } from '../model/project.js';
import type { SourceSpan } from '../model/source.js';

export const ACCESS_LOSS_RULE = 'access-loss';

const TOP = { line: 1, column: 1, offset: 0 };

export function accessLossDiagnostics(project: Project, losses: readonly AccessChange[], removedMemberships: readonly { readonly team: string; readonly email: string }[]): Diagnostic[] {
  const teamsOf = new Map<string, string[]>();
  for (const team of project.teams.values()) {
    for (const member of team.members) {
      const list = teamsOf.get(member.email);
      if (list) list.push(team.name);
      else teamsOf.set(member.email, [team.name]);
    }
  }
  const grantsOn = new Map<string, Project['grants'][number][]>();
  for (const grant of project.grants) {
    const key = formatObjectPath(grant.object);
    const list = grantsOn.get(key);
    if (list) list.push(grant);
    else grantsOn.set(key, [grant]);
  }
  const left = new Map<string, string[]>();
  for (const membership of removedMemberships) {
    const list = left.get(membership.email);
    if (list) list.push(membership.team);
    else left.set(membership.email, [membership.team]);
  }
  const top: SourceSpan = { file: project.configFile.displayPath, start: TOP, end: TOP };

  return losses.map((loss) => {
    const teams = new Set(teamsOf.get(loss.email) ?? []);
    const reaches = (grant: Project['grants'][number]) =>
      grant.principal.kind === 'user' ? grant.principal.email === loss.email : grant.principal.name === ALL_MEMBERS || teams.has(grant.principal.name);
    const lowered = grantsOn.get(loss.object)?.find(reaches);
    const team = left.get(loss.email)?.map((name) => project.teams.get(name)).find((each) => each !== undefined);
    const user = project.users.get(loss.email);
    const span = lowered?.accessSpan ?? team?.nameSpan ?? user?.accountTypeSpan ?? top;
    return {
      rule: ACCESS_LOSS_RULE,
      severity: 'info' as const,
      message: `${loss.email} loses access on ${loss.object}: ${loss.before ?? 'no access'} → ${loss.after ?? 'no access'} (an access change of this plan)`,
      span,
    };
  });
}
