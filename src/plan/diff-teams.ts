// Teams, by name. A team renamed with `previously:` is an update in place
// (same id, members and grants). `All Members` exists without being
// declared and is never created or deleted; SCIM-owned teams are never
// deleted.

import type { TeamChange } from '../model/changes.js';
import { principalKey } from '../model/project.js';
import { teamAddress } from './addresses.js';
import { plural, type DiffContext } from './diff-context.js';
import { mergedTeam, teamDiffers, teamSpecOf } from './specs.js';

export function diffTeams({ desired, live, settings }: DiffContext): TeamChange[] {
  const changes: TeamChange[] = [];
  const declared = new Set<string>();
  for (const team of desired.teams) {
    declared.add(team.name);
    const entry = live.teams.get(team.name);
    const address = teamAddress(team.name);
    const spec = { name: team.name, ...(team.description !== undefined && { description: team.description }), managedBy: team.managedBy };
    if (!entry) {
      changes.push({ type: 'team', action: 'create', address, after: spec });
      continue;
    }
    const before = teamSpecOf(entry.live);
    if (entry.renamedFrom !== undefined || teamDiffers(spec, before)) {
      changes.push({
        type: 'team',
        action: 'update',
        address,
        before,
        after: mergedTeam(spec, before),
        ...(entry.renamedFrom !== undefined && { renamedFrom: entry.renamedFrom, reason: `renamed from ${entry.renamedFrom}` }),
      });
    }
  }
  if (settings.manage.teams !== 'authoritative') return changes;
  for (const [name, entry] of live.teams) {
    if (declared.has(name) || entry.live.managedBy === 'scim') continue;
    const consequences = [entry.live.members.length > 0 ? `its ${plural(entry.live.members.length, 'member')} leave it` : ''];
    if (settings.manage.grants !== 'authoritative') {
      const key = principalKey({ kind: 'team', name });
      let grants = 0;
      for (const group of live.grants.values()) if (principalKey(group.principal) === key) grants += group.grants.length;
      if (grants > 0) consequences.push(`its ${plural(grants, 'grant')} go with it`);
    }
    const reason = consequences.filter(Boolean).join('; ');
    changes.push({ type: 'team', action: 'delete', address: teamAddress(name), before: teamSpecOf(entry.live), ...(reason && { reason }) });
  }
  return changes;
}
