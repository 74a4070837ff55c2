// Seeds: the example loads; ids are stable across loads; JSON seeds load;
// every broken reference stops the emulator with the place that is wrong.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Clock } from '../../src/emulator/clock.js';
import { SeedError, loadSeed, parseSeed } from '../../src/emulator/index.js';
import { buildOrg } from '../../src/emulator/seed/build.js';
import { EXAMPLE_SEED } from './harness.js';

const base = `
credentials: [{ clientId: c, clientSecret: s, member: a@x.example }]
users: [{ email: a@x.example, accountType: Admin }]
`;

function build(yaml: string, env: Record<string, string> = {}) {
  return buildOrg(parseSeed(yaml, 'test.yaml'), new Clock(), env);
}

describe('the example seed', () => {
  it('holds the org the docs describe', async () => {
    const org = buildOrg(await loadSeed(EXAMPLE_SEED), new Clock(), {});
    expect(org.members.size).toBe(8);
    expect(org.teams.size).toBe(3);
    expect(org.connections.size).toBe(2);
    expect(org.grants.size).toBe(13);
    expect([...org.grants.values()].map((each) => each.permission)).toEqual(expect.arrayContaining(['writeback', 'admin']));
  });

  it('yields the same ids on every load', async () => {
    const a = buildOrg(await loadSeed(EXAMPLE_SEED), new Clock(), {});
    const b = buildOrg(await loadSeed(EXAMPLE_SEED), new Clock(), {});
    expect([...a.grants.keys()]).toEqual([...b.grants.keys()]);
    expect([...a.inodes.keys()]).toEqual([...b.inodes.keys()]);
    expect(a.info).toEqual(b.info);
  });
});

describe('seed files', () => {
  it('may be JSON', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'grantform-seed-'));
    try {
      const file = path.join(dir, 'org.json');
      await writeFile(file, JSON.stringify({ credentials: [{ clientId: 'c', clientSecret: 's', member: 'a@x.example' }], users: [{ email: 'a@x.example', accountType: 'Admin' }] }));
      expect((await loadSeed(file)).users).toHaveLength(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('name a missing file in one sentence', async () => {
    await expect(loadSeed('/no/such/seed.yaml')).rejects.toThrow(new SeedError('seed file /no/such/seed.yaml does not exist'));
  });

  it('read a client secret from the environment', () => {
    const yaml = `
credentials: [{ clientId: c, clientSecret: { env: DEMO_SECRET }, member: a@x.example }]
users: [{ email: a@x.example, accountType: Admin }]
`;
    expect(build(yaml, { DEMO_SECRET: 'from-env' }).credentials.get('c')?.clientSecret).toBe('from-env');
    expect(() => build(yaml)).toThrow(/DEMO_SECRET, which is not set/);
  });
});

describe('broken seeds', () => {
  it.each([
    ['no credentials', 'users: []', /at root: must have required property 'credentials'|must have required property 'credentials'/],
    ['an unknown key', `${base}\nteamz: []`, /unknown key "teamz"/],
    ['an unknown account type', `${base.replace('Admin', 'Wizard')}`, /users\[0\]: there is no account type "Wizard"/],
    ['a team member who is not a user', `${base}\nteams: [{ name: T, members: [b@x.example] }]`, /teams\[0\]: member b@x.example/],
    ['a grant on a path not in the tree', `${base}\nconnections: [{ name: pg, type: postgres, paths: [public/orders] }]\ngrants: [{ user: a@x.example, object: pg/private, access: use }]`, /grants\[0\]: pg\/private is not in the connection's paths/],
    ['write-only below a connection', `${base}\nconnections: [{ name: pg, type: postgres, paths: [public] }]\ngrants: [{ user: a@x.example, object: pg/public, access: write-only }]`, /write-only may only be granted on a whole connection/],
    ['a level the warehouse does not have', `${base}\nconnections: [{ name: sf, type: snowflake }]\ngrants: [{ user: a@x.example, object: { connection: sf, catalog: C }, access: use }]`, /no catalog level/],
    ['a tree too deep', `${base}\nconnections: [{ name: pg, type: postgres, paths: { public: { orders: { x: table } } } }]`, /connections\[0\]\.paths\.public\.orders/],
    ['a destination in other words', `${base}\nconnections: [{ name: sf, type: snowflake, writeAccess: { destination: { catalog: A, schema: B } } }]`, /takes database and schema/],
    ['All Members declared', `${base}\nteams: [{ name: All Members }]`, /built-in team/],
    ['a user declared twice', 'credentials: [{ clientId: c, clientSecret: s, member: a@x.example }]\nusers: [{ email: a@x.example, accountType: Admin }, { email: A@x.example, accountType: Viewer }]', /users\[1\]: a@x.example is declared twice/],
  ])('%s', (_what, yaml, message) => {
    expect(() => build(yaml)).toThrow(SeedError);
    expect(() => build(yaml)).toThrow(message);
  });
});
