// A plan against a seeded org makes exactly the requests the formula of
// docs/sigma-backend.md predicts (test/support/sigma-request-formula.ts),
// endpoint by endpoint: pages of each list, one list per team for its
// members, one per principal for grants, and the lookups.

import { describe, expect, it } from 'vitest';
import type { Seed } from '../../../src/emulator/index.js';

type SeedUser = NonNullable<Seed['users']>[number];
type SeedTeam = NonNullable<Seed['teams']>[number];
type SeedGrant = NonNullable<Seed['grants']>[number];
import { formatObjectPath, parseObjectPath, type ObjectPath } from '../../../src/model/object-path.js';
import { predictPlanRequests, total } from '../../support/sigma-request-formula.js';
import { startSigma } from '../../support/sigma-emulator.js';
import { CLIENT_SECRET } from './fixtures.js';

/** 1,050 users (two pages), a team of 1,020 (two pages of members), a team with 1,005 grants (two pages). */
function pagedOrg(): Seed {
  const users: SeedUser[] = [{ email: 'admin@example.com', accountType: 'Admin' }];
  for (let i = 0; i < 1_049; i += 1) {
    users.push({ email: `user${i}@example.com`, accountType: i % 3 === 0 ? 'Viewer' : 'Creator', ...(i % 100 === 7 && { status: 'deactivated' as const }) });
  }
  users.push({ email: 'loner@example.com', accountType: 'Analyst' });
  const teams: SeedTeam[] = [
    { name: 'Everyone', members: users.slice(0, 1_020).map((user) => user.email) },
    ...Array.from({ length: 10 }, (_, t) => ({ name: `Team ${t}`, members: users.slice(1 + t * 5, 6 + t * 5).map((user) => user.email) })),
    { name: 'Empty' },
  ];
  const tables: string[] = [];
  for (let d = 0; d < 3; d += 1) for (let s = 0; s < 5; s += 1) for (let t = 0; t < 80; t += 1) tables.push(`DB_${d}/S_${s}/T_${t}`);
  const grants: SeedGrant[] = [
    ...tables.slice(0, 1_005).map((table) => ({ team: 'Team 0', object: `sf/${table}`, access: 'use' as const })),
    { team: 'Team 1', object: 'sf', access: 'use-and-annotate' },
    { team: 'Team 2', object: 'sf/DB_1', access: 'use' },
    { team: 'All Members', object: 'sf/DB_2/S_4', access: 'use' },
    { team: 'All Members', object: 'pg', access: 'use' },
    { user: 'user3@example.com', object: 'sf/DB_0/S_1', access: 'use-and-annotate' },
    { user: 'user3@example.com', object: 'sf', access: 'use' },
    { user: 'loner@example.com', object: 'pg/public/orders', access: 'use' },
    { user: 'user7@example.com', object: 'sf/DB_0', access: 'use' },
  ];
  return {
    credentials: [{ clientId: 'test-client', clientSecret: CLIENT_SECRET, member: 'admin@example.com' }],
    accountTypes: [{ name: 'Analyst', permissions: ['view-connections', 'annotate-tables'] }],
    users,
    teams,
    connections: [
      { name: 'sf', type: 'snowflake', details: { account: 'a', user: 'u' }, paths: tables },
      { name: 'pg', type: 'postgres', details: { host: 'h', database: 'd' }, paths: ['public/orders', 'public/customers'] },
      { name: 'empty', type: 'postgres', details: { host: 'h', database: 'd' }, paths: [] },
    ],
    grants,
  };
}

function parsed(text: string): ObjectPath {
  const result = parseObjectPath(text);
  if (!result.ok) throw new Error(`${text} ${result.error.message}`);
  return result.value;
}

describe('a plan\'s requests', () => {
  it('equal the formula, endpoint by endpoint, for a paged org in its steady state', async () => {
    const seed = pagedOrg();
    const sigma = await startSigma(seed);
    // The files: the live grants' objects, one more to create, one that does not exist.
    const objects = [...(seed.grants ?? []).map((grant) => grant.object as string), 'sf/DB_2/S_0/T_9', 'pg/nope'];
    const paths = objects.map(parsed);
    const backend = sigma.backend({ objects: paths });
    const snapshot = await backend.read();
    const missing = await backend.findMissingObjects(paths.filter((object) => object.path.length > 0));
    expect([...missing]).toEqual(['pg/nope']);
    // user7 is deactivated: its grant is not read (docs/sigma-backend.md, "Whose grants are read").
    expect(snapshot.grants).toHaveLength((seed.grants?.length ?? 0) - 1);
    expect(snapshot.grants.filter((grant) => grant.principal.kind === 'team' && grant.principal.name === 'All Members').map((grant) => formatObjectPath(grant.object)).sort()).toEqual(['pg', 'sf/DB_2/S_4']);

    const predicted = predictPlanRequests(sigma.emulator.control.state(), objects);
    expect(Object.fromEntries(backend.requestCounts())).toEqual(Object.fromEntries(predicted));
    // token, whoami, members (2 pages), teams, connections, account types, 4 types in use,
    // team members (11 teams + 2 pages for Everyone), grants (1,040 active users; 12 teams,
    // 2 pages for Team 0), 3 roots, the first page of the path list (it places nothing:
    // the emulator's grants carry inode ids), 1,011 distinct objects below live connections.
    expect(total(predicted)).toBe(1 + 1 + 2 + 1 + 1 + 1 + 4 + (11 + 2) + (1_040 + 11 + 2) + 3 + 1 + 1_011);
  });

  it('equal the formula when no live grant is on a path: the path list answers for the files\' objects', async () => {
    const seed = { ...pagedOrg(), grants: [{ team: 'Team 1', object: 'sf', access: 'use' as const }] };
    const sigma = await startSigma(seed);
    const objects = ['sf', 'sf/DB_0/S_0/T_1', 'sf/DB_1', 'pg/public/orders', 'pg/nope'];
    const paths = objects.map(parsed);
    const backend = sigma.backend({ objects: paths });
    await backend.read();
    await backend.findMissingObjects(paths.filter((object) => object.path.length > 0));
    expect(Object.fromEntries(backend.requestCounts())).toEqual(Object.fromEntries(predictPlanRequests(sigma.emulator.control.state(), objects)));
  });
});
