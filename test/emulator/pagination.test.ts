// The three list styles: page/limit/nextPage with opaque cursors, the legacy
// bare arrays of /v2/teams and /v2/members without `limit`, and
// pageToken/pageSize/nextPageToken for account types.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Seed } from '../../src/emulator/index.js';
import { start, type Started } from './harness.js';

const MEMBERS = 1_205;

function largeSeed(): Seed {
  const users = Array.from({ length: MEMBERS }, (_, index) => ({ email: `user${String(index).padStart(4, '0')}@big.example`, accountType: index === 0 ? 'Admin' : 'Viewer' }));
  const accountTypes = Array.from({ length: 7 }, (_, index) => ({ name: `Custom ${index}`, permissions: ['view-connections'] }));
  const teams = Array.from({ length: 12 }, (_, index) => ({ name: `Team ${index}`, members: users.slice(index * 3, index * 3 + 3).map((each) => each.email) }));
  return { credentials: [{ clientId: 'c', clientSecret: 's', member: 'user0000@big.example' }], users, accountTypes, teams };
}

let started: Started;

beforeAll(async () => {
  started = await start(largeSeed());
});

afterAll(async () => {
  await started.emulator.close();
});

describe('page / limit / nextPage', () => {
  it('walks a list to its end, nextPage null on the last page, every entry once', async () => {
    const { api } = started;
    const first = await api.get('/v2.1/members?limit=500');
    expect(first.body.entries).toHaveLength(500);
    expect(typeof first.body.nextPage).toBe('string');
    const all = await api.all<{ memberId: string }>('/v2.1/members', 500);
    expect(all).toHaveLength(MEMBERS);
    expect(new Set(all.map((each) => each.memberId)).size).toBe(MEMBERS);
    const firstThousand = await api.get('/v2.1/members?limit=1000');
    const last = await api.get(`/v2.1/members?limit=1000&page=${encodeURIComponent(firstThousand.body.nextPage)}`);
    expect(last.body.entries).toHaveLength(MEMBERS - 1000);
    expect(last.body.nextPage).toBeNull();
  });

  it('clamps a limit above 1,000 instead of refusing it', async () => {
    const response = await started.api.get('/v2.1/members?limit=5000');
    expect(response.status).toBe(200);
    expect(response.body.entries).toHaveLength(1000);
    expect(response.body.nextPage).not.toBeNull();
  });

  it('refuses a limit that is not a positive number', async () => {
    expect((await started.api.get('/v2.1/members?limit=abc')).status).toBe(400);
    expect((await started.api.get('/v2.1/members?limit=0')).status).toBe(400);
  });

  it('has opaque cursors: an invented page value or an offset re-serves the first page', async () => {
    const { api } = started;
    const first = await api.get('/v2.1/members?limit=10');
    for (const invented of ['10', '2', 'page-2', first.body.nextPage.slice(0, -2) + 'xx']) {
      const response = await api.get(`/v2.1/members?limit=10&page=${encodeURIComponent(invented)}`);
      expect(response.status).toBe(200);
      expect(response.body.entries).toEqual(first.body.entries);
    }
  });

  it('ties a cursor to its list: a cursor of another list starts that list again', async () => {
    const { api } = started;
    const members = await api.get('/v2.1/members?limit=3');
    const teams = await api.get('/v2.1/teams?limit=3');
    const crossed = await api.get(`/v2.1/teams?limit=3&page=${encodeURIComponent(members.body.nextPage)}`);
    expect(crossed.body.entries).toEqual(teams.body.entries);
  });

  it('keeps pages stable when entries are created between them', async () => {
    const { api } = started;
    const first = await api.get('/v2.1/teams?limit=5');
    await api.post('/v2/teams', { name: 'Created between pages' });
    const rest = await api.get(`/v2.1/teams?limit=100&page=${encodeURIComponent(first.body.nextPage)}`);
    const names = [...first.body.entries, ...rest.body.entries].map((each: { name: string }) => each.name);
    expect(names).toHaveLength(13);
    expect(new Set(names).size).toBe(13);
    expect(names.at(-1)).toBe('Created between pages');
  });
});

describe('legacy bare arrays', () => {
  it('GET /v2/members and /v2/teams without limit answer every entry as an array', async () => {
    const members = await started.api.get('/v2/members');
    expect(Array.isArray(members.body)).toBe(true);
    expect(members.body).toHaveLength(MEMBERS);
    const teams = await started.api.get('/v2/teams');
    expect(Array.isArray(teams.body)).toBe(true);
  });

  it('with limit, they answer a page, without total', async () => {
    const members = await started.api.get('/v2/members?limit=2');
    expect(members.body.entries).toHaveLength(2);
    expect(members.body).not.toHaveProperty('total');
    const teams = await started.api.get('/v2/teams?limit=2');
    expect(Object.keys(teams.body).sort()).toEqual(['entries', 'nextPage']);
  });

  it('/v2.1 lists are always paginated', async () => {
    const members = await started.api.get('/v2.1/members');
    expect(Array.isArray(members.body)).toBe(false);
    expect(members.body.entries).toHaveLength(50);
    // [skills]: total "may count only the current page"; the emulator does just that.
    expect(members.body.total).toBe(50);
  });
});

describe('pageToken / pageSize / nextPageToken', () => {
  it('pages account types and leaves nextPageToken out on the last page', async () => {
    const { api } = started;
    const first = await api.get('/v2/accountTypes?pageSize=4');
    expect(first.body.entries).toHaveLength(4);
    expect(typeof first.body.nextPageToken).toBe('string');
    const second = await api.get(`/v2/accountTypes?pageSize=4&pageToken=${encodeURIComponent(first.body.nextPageToken)}`);
    expect(second.body.entries).toHaveLength(4);
    const third = await api.get(`/v2/accountTypes?pageSize=4&pageToken=${encodeURIComponent(second.body.nextPageToken)}`);
    // Admin, Creator, Viewer and seven custom types: 4 + 4 + 2.
    expect(third.body.entries).toHaveLength(2);
    expect(third.body).not.toHaveProperty('nextPageToken');
    const names = [...first.body.entries, ...second.body.entries, ...third.body.entries].map((each: { accountTypeName: string }) => each.accountTypeName);
    expect(new Set(names).size).toBe(10);
  });

  it('defaults to pages of 50', async () => {
    const all = await started.api.get('/v2/accountTypes');
    expect(all.body.entries).toHaveLength(10);
    expect(all.body).not.toHaveProperty('nextPageToken');
  });
});
