// The synthetic org (a grantform project) as an emulator seed: the same
// users, teams, connections and grants, live, with the warehouse trees the
// grants name and an Admin who owns the API credentials. Planning the
// project against an emulator seeded with it is the steady state: no changes.

import type { Seed } from '../../src/emulator/index.js';
import type { SeedGrant, SeedTeam, SeedUser } from '../../src/emulator/seed/types.js';
import { formatObjectPath } from '../../src/model/object-path.js';
import type { Project } from '../../src/model/project.js';
import { WAREHOUSES } from '../../src/model/warehouses.js';
import { databaseName, random, schemaName, tableName, TREE } from './synthetic-org.js';

export const BENCH_CLIENT_ID = 'bench-client';
export const BENCH_CLIENT_SECRET = 'bench-client-secret-not-a-real-one';
const ADMIN = 'bench-admin@example.com';

/** Details the emulator needs per warehouse; the files leave them out, so the plan does not compare them. */
const DETAILS: Record<string, Record<string, string>> = {
  snowflake: { account: 'bench' },
  databricks: { host: 'bench.cloud.databricks.com', endpoint: '/sql/1.0/warehouses/bench' },
  bigquery: { projectId: 'bench' },
};

export function seedFromProject(project: Project): Seed {
  const tree: string[] = [];
  for (let d = 0; d < TREE.databases; d += 1) {
    for (let s = 0; s < TREE.schemas; s += 1) for (let t = 0; t < TREE.tables; t += 1) tree.push(`${databaseName(d)}/${schemaName(s)}/${tableName(t)}`);
  }
  const declaredTypes = new Set(project.accountTypes.keys());
  const usedTypes = new Set([...project.users.values()].map((user) => user.accountType));
  return {
    organization: { name: 'Synthetic', slug: 'synthetic' },
    options: { requestLogLimit: 1_000 },
    credentials: [{ clientId: BENCH_CLIENT_ID, clientSecret: BENCH_CLIENT_SECRET, member: ADMIN }],
    accountTypes: [
      ...[...project.accountTypes.values()].map((type) => ({ name: type.name, permissions: type.permissions })),
      ...(usedTypes.has('Explorer') && !declaredTypes.has('Explorer') ? [{ name: 'Explorer', permissions: [] }] : []),
    ],
    users: [{ email: ADMIN, accountType: 'Admin' }, ...[...project.users.values()].map((user) => ({ email: user.email, accountType: user.accountType }))],
    teams: [...project.teams.values()].map((team) => ({ name: team.name, members: team.members.map((member) => member.email) })),
    connections: [...project.connections.values()].map((connection) => ({
      name: connection.name,
      type: connection.type,
      details: DETAILS[connection.type] ?? {},
      ...(connection.writeAccess && {
        writeAccess: {
          destination: Object.fromEntries(WAREHOUSES[connection.type].destinationKeys.map((key, index) => [key, connection.writeAccess?.destinations[0]?.[index] ?? ''])),
        },
      }),
      paths: tree,
    })),
    grants: project.grants.map((grant) => ({
      ...(grant.principal.kind === 'team' ? { team: grant.principal.name } : { user: grant.principal.email }),
      object: formatObjectPath(grant.object),
      access: grant.access,
    })),
  };
}

/** How far a drifted seed is from the files, as counts of each difference. */
export interface Drift {
  readonly missingUsers: number;
  readonly retypedUsers: number;
  readonly missingTeams: number;
  readonly extraTeams: number;
  readonly missingMembers: number;
  readonly extraMembers: number;
  readonly missingGrants: number;
  readonly lowerGrants: number;
  readonly higherGrants: number;
  readonly extraGrants: number;
}

/** About `changes` changes of every kind and action, in the proportions an org that drifted for a while shows. */
export function driftFor(changes: number): Drift {
  const share = (fraction: number) => Math.round(changes * fraction);
  return {
    missingUsers: share(0.012),
    retypedUsers: share(0.015),
    missingTeams: share(0.004),
    extraTeams: share(0.003),
    missingMembers: share(0.07),
    extraMembers: share(0.025),
    missingGrants: share(0.42),
    lowerGrants: share(0.1),
    higherGrants: share(0.1),
    extraGrants: share(0.12),
  };
}

/**
 * The live org as it drifted from the files (a seed made by seedFromProject),
 * the same on every run: users, teams, members and grants missing (creates),
 * users of another account type (updates), grants lower than the files'
 * (raises) and higher (replaces), extra members, teams and grants (deletes).
 * Planning the files against it gives changes of every kind and action.
 */
export function driftedSeed(seed: Seed, drift: Drift, randomSeed = 13): Seed {
  const next = random(randomSeed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** `count` distinct indexes below `length`, in a shuffled order. */
  const sample = (length: number, count: number): Set<number> => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, length)) chosen.add(Math.floor(next() * length));
    return chosen;
  };
  const users = seed.users ?? [];
  const teams = seed.teams ?? [];
  const grants = seed.grants ?? [];
  // Never the credentials' owner (the first user): the run needs it.
  const missingUsers = new Set([...sample(users.length - 1, drift.missingUsers)].map((index) => (users[index + 1] as SeedUser).email));
  const retyped = new Set([...sample(users.length - 1, drift.retypedUsers)].map((index) => (users[index + 1] as SeedUser).email));
  const missingTeams = new Set([...sample(teams.length, drift.missingTeams)].map((index) => (teams[index] as SeedTeam).name));
  const liveUsers = users
    .filter((user) => !missingUsers.has(user.email))
    .map((user) => (retyped.has(user.email) ? { ...user, accountType: user.accountType === 'Viewer' ? 'Creator' : 'Viewer' } : user));
  const liveEmails = liveUsers.slice(1).map((user) => user.email);

  // Members: dropped at random among those of live teams, and extra ones added.
  const memberships = teams.flatMap((team, t) => (missingTeams.has(team.name) ? [] : (team.members ?? []).map((email) => ({ t, email }))));
  const droppedMembers = sample(memberships.length, drift.missingMembers);
  const members = new Map<number, Set<string>>(teams.map((team, t) => [t, new Set<string>()]));
  memberships.forEach(({ t, email }, index) => {
    if (!droppedMembers.has(index) && !missingUsers.has(email)) members.get(t)?.add(email);
  });
  for (let added = 0; added < drift.extraMembers; ) {
    const t = Math.floor(next() * teams.length);
    const email = pick(liveEmails);
    const team = teams[t] as SeedTeam;
    if (missingTeams.has(team.name) || (team.members ?? []).includes(email) || members.get(t)?.has(email)) continue;
    members.get(t)?.add(email);
    added += 1;
  }
  const liveTeams: SeedTeam[] = teams.flatMap((team, t) => (missingTeams.has(team.name) ? [] : [{ ...team, members: [...(members.get(t) ?? [])] }]));
  for (let extra = 0; extra < drift.extraTeams; extra += 1) liveTeams.push({ name: `Departed team ${extra}`, members: [pick(liveEmails)] });

  // Grants of live principals only; some missing, some lower, some higher than the files'.
  const principalLive = (grant: SeedGrant) => (grant.user !== undefined ? !missingUsers.has(grant.user) : !missingTeams.has(grant.team ?? ''));
  const candidates = grants.map((grant, index) => ({ grant, index })).filter(({ grant }) => principalLive(grant));
  const order = [...sample(candidates.length, drift.missingGrants + drift.lowerGrants + drift.higherGrants)];
  const fate = new Map<number, 'missing' | 'lower' | 'higher'>();
  let lower = 0;
  let higher = 0;
  let missing = 0;
  for (const position of order) {
    const { grant, index } = candidates[position] as { grant: SeedGrant; index: number };
    if (grant.access === 'use-and-annotate' && lower < drift.lowerGrants) {
      fate.set(index, 'lower');
      lower += 1;
    } else if (grant.access === 'use' && higher < drift.higherGrants) {
      fate.set(index, 'higher');
      higher += 1;
    } else if (missing < drift.missingGrants) {
      fate.set(index, 'missing');
      missing += 1;
    }
  }
  const liveGrants: SeedGrant[] = [];
  grants.forEach((grant, index) => {
    if (!principalLive(grant) || fate.get(index) === 'missing') return;
    const level = fate.get(index) === 'lower' ? 'use' : fate.get(index) === 'higher' ? 'use-and-annotate' : grant.access;
    liveGrants.push({ ...grant, access: level });
  });
  // Extra grants: a live principal on an object the files name, where the files give it nothing.
  const granted = new Set(grants.map((grant) => `${grant.user ?? `team:${grant.team}`}@${String(grant.object)}`));
  const liveTeamNames = liveTeams.map((team) => team.name).filter((name) => !name.startsWith('Departed'));
  for (let added = 0; added < drift.extraGrants; ) {
    const object = String(pick(grants).object);
    const principal = next() < 0.5 ? { user: pick(liveEmails) } : { team: pick(liveTeamNames) };
    const key = `${principal.user ?? `team:${principal.team}`}@${object}`;
    if (granted.has(key)) continue;
    granted.add(key);
    liveGrants.push({ ...principal, object, access: 'use' });
    added += 1;
  }
  return { ...seed, users: liveUsers, teams: liveTeams, grants: liveGrants };
}
