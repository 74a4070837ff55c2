// A local state that holds the synthetic org about 10% different from its
// files, the same on every run: some users, teams, members and grants
// missing, some with other attributes or levels, some extra. Planning the
// files against it gives some 2,000 changes of every kind and action.

import type { AccessLevel } from '../../src/model/levels.js';
import type { LiveGrant, LiveSnapshot, LiveTeam, LiveUser } from '../../src/model/live.js';
import type { DesiredState } from '../../src/plan/desired.js';
import { random } from './synthetic-org.js';

const LOWER: Partial<Record<AccessLevel, AccessLevel>> = { 'use-and-annotate': 'use' };
const HIGHER: Partial<Record<AccessLevel, AccessLevel>> = { use: 'use-and-annotate' };

export function driftedSnapshot(desired: DesiredState, seed = 7): LiveSnapshot {
  const next = random(seed);
  let id = 0;
  const newId = (prefix: string) => `${prefix}-${(id += 1)}`;

  const users: LiveUser[] = [];
  for (const user of desired.users) {
    const roll = next();
    if (roll < 0.01) continue; // missing: create
    const accountType = roll < 0.02 ? (user.accountType === 'Viewer' ? 'Creator' : 'Viewer') : user.accountType; // update
    users.push({ ...user, accountType, id: newId('user'), active: true });
  }
  for (let extra = 0; extra < desired.users.length * 0.01; extra += 1) {
    users.push({ email: `departed${extra}@example.com`, accountType: 'Viewer', managedBy: 'grantform', id: newId('user'), active: true });
  }
  const userEmails = users.map((user) => user.email);

  const teams: LiveTeam[] = [];
  for (const team of desired.teams) {
    if (next() < 0.01) continue; // missing: create, with its members
    const members = team.members.filter(() => next() >= 0.02); // some members missing
    if (next() < 0.02 && userEmails.length > 0) members.push(userEmails[Math.floor(next() * userEmails.length)] as string); // one extra member
    teams.push({ name: team.name, managedBy: team.managedBy, id: newId('team'), members: [...new Set(members)] });
  }
  for (let extra = 0; extra < desired.teams.length * 0.01; extra += 1) {
    teams.push({ name: `Old team ${extra}`, managedBy: 'grantform', id: newId('team'), members: [] });
  }

  const connections = desired.connections.map(({ previously: _previously, ...connection }) => ({ ...connection, id: newId('conn') }));
  const grants: LiveGrant[] = [];
  for (const grant of desired.grants) {
    const roll = next();
    if (roll < 0.037) continue; // missing: create
    const level = roll < 0.052 ? (LOWER[grant.level] ?? grant.level) : roll < 0.067 ? (HIGHER[grant.level] ?? grant.level) : grant.level; // update / replace
    grants.push({ ...grant, level, id: newId('grant') });
  }
  for (let extra = 0; extra < desired.grants.length * 0.02; extra += 1) {
    const model = desired.grants[Math.floor(next() * desired.grants.length)] as LiveGrant;
    grants.push({ ...model, object: { connection: model.object.connection, path: [...model.object.path.slice(0, 1), `EXTRA_${extra}`] }, id: newId('grant') }); // delete
  }
  return { connections, users, teams, grants, accountTypes: [] };
}
