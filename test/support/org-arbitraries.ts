// fast-check arbitraries for the planner's inputs: desired states as the
// loader would resolve them (valid references, previously: names that no
// declaration uses), live states as a backend would read them (members and
// grant principals that exist, several grants per key, deactivated and
// SCIM-owned users), and settings.

import fc from 'fast-check';
import { ACCESS_LEVELS, CONNECTION_ONLY_LEVELS, type AccessLevel } from '../../src/model/levels.js';
import type { LiveConnection, LiveGrant, LiveSnapshot, LiveTeam, LiveUser } from '../../src/model/live.js';
import type { ObjectPath } from '../../src/model/object-path.js';
import { ALL_MEMBERS, type ManageMode, type Principal } from '../../src/model/project.js';
import type { GrantSpec, UserSpec } from '../../src/model/resources.js';
import type { WarehouseType } from '../../src/model/warehouses.js';
import type { DesiredConnection, DesiredState, DesiredTeam } from '../../src/plan/desired.js';
import type { PlanSettings } from '../../src/plan/plan.js';

export const EMAILS = ['ann@example.com', 'bob@example.com', 'cy@example.com', 'dee@example.com', 'eve@example.com', 'fay@example.com'];
export const TEAMS = ['Sales', 'Finance', 'Ops', 'Eng', 'Data'];
export const CONNECTIONS: readonly { name: string; type: WarehouseType; objects: readonly (readonly string[])[] }[] = [
  { name: 'snow', type: 'snowflake', objects: [[], ['DB1'], ['DB1', 'S1'], ['DB1', 'S1', 'T1'], ['DB2'], ['DB2', 'S2']] },
  { name: 'pg', type: 'postgres', objects: [[], ['public'], ['public', 'orders']] },
  { name: 'lake', type: 'databricks', objects: [[], ['main'], ['main', 'gold']] },
];
const ACCOUNT_TYPES = ['Creator', 'Viewer', 'Admin'];

const level = fc.constantFrom(...ACCESS_LEVELS);
const managedBy = fc.constantFrom<'grantform' | 'scim'>('grantform', 'grantform', 'grantform', 'scim');
const subsetOf = <T>(items: readonly T[]) => fc.subarray([...items]);

function objectArbitrary(connections: readonly string[]): fc.Arbitrary<ObjectPath> {
  const choices = CONNECTIONS.filter((each) => connections.includes(each.name)).flatMap((each) => each.objects.map((path) => ({ connection: each.name, path: [...path] })));
  return fc.constantFrom(...choices);
}

function grantLevelFor(object: ObjectPath, wanted: AccessLevel): AccessLevel {
  return object.path.length > 0 && CONNECTION_ONLY_LEVELS.has(wanted) ? 'use' : wanted;
}

const details = fc.record({ host: fc.constantFrom('db.example.com', 'other.example.com') }, { requiredKeys: [] });

export const desiredArbitrary: fc.Arbitrary<DesiredState> = fc
  .record({
    users: subsetOf(EMAILS).chain((emails) =>
      fc.tuple(...emails.map((email) => fc.record({ accountType: fc.constantFrom(...ACCOUNT_TYPES), firstName: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }), managedBy }).map((user) => ({ email, ...user })))),
    ),
    teams: subsetOf(TEAMS),
    connections: subsetOf(CONNECTIONS.map((each) => each.name)),
  })
  .chain(({ users, teams, connections }) => {
    const declaredEmails = users.map((user) => user.email);
    const undeclaredTeams = TEAMS.filter((name) => !teams.includes(name));
    const undeclaredConnections = CONNECTIONS.map((each) => each.name).filter((name) => !connections.includes(name));
    const teamArbitrary = fc.tuple(
      ...teams.map((name) =>
        fc.record({
          description: fc.option(fc.constantFrom('one', 'two'), { nil: undefined }),
          managedBy,
          members: subsetOf(declaredEmails),
          previously: undeclaredTeams.length > 0 ? fc.subarray(undeclaredTeams, { maxLength: 1 }) : fc.constant([] as string[]),
        }).map((team): DesiredTeam => ({ name, ...dropUndefined(team), members: [...team.members].sort() })),
      ),
    );
    const connectionArbitrary = fc.tuple(
      ...connections.map((name) =>
        fc.record({
          description: fc.option(fc.constantFrom('prod', 'test'), { nil: undefined }),
          details,
          secret: fc.boolean(),
          secretsVersion: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
          write: fc.boolean(),
          previously: undeclaredConnections.length > 0 ? fc.subarray(undeclaredConnections, { maxLength: 1 }) : fc.constant([] as string[]),
        }).map(({ secret, write, ...rest }): DesiredConnection => {
          const type = CONNECTIONS.find((each) => each.name === name)?.type ?? 'snowflake';
          return {
            name,
            type,
            useOauth: false,
            ...dropUndefined(rest),
            details: { ...rest.details, ...(secret && { password: { env: 'TEST_PASSWORD' } }) },
            ...(write && { writeAccess: { destinations: [type === 'postgres' ? ['WRITE'] : ['W', 'WRITE']] } }),
          };
        }),
      ),
    );
    const principals: Principal[] = [
      ...teams.map((name) => ({ kind: 'team' as const, name })),
      { kind: 'team', name: ALL_MEMBERS },
      ...declaredEmails.map((email) => ({ kind: 'user' as const, email })),
    ];
    const grantsArbitrary =
      connections.length === 0
        ? fc.constant([] as GrantSpec[])
        : fc.array(fc.record({ principal: fc.constantFrom(...principals), object: objectArbitrary(connections), level }), { maxLength: 14 });
    return fc.record({ teams: teamArbitrary, connections: connectionArbitrary, grants: grantsArbitrary }).map(({ teams: teamList, connections: connectionList, grants }) => {
      // Two declarations may not claim the same former name (validation refuses it).
      const claimed = new Set<string>();
      const uniquePrevious = <T extends { previously: readonly string[] }>(item: T): T => {
        const previously = item.previously.filter((name) => !claimed.has(name));
        previously.forEach((name) => claimed.add(name));
        return { ...item, previously };
      };
      const byKey = new Map<string, GrantSpec>();
      for (const grant of grants) {
        const key = `${JSON.stringify(grant.principal)}@${JSON.stringify(grant.object)}`;
        const levelHere = grantLevelFor(grant.object, grant.level);
        const seen = byKey.get(key);
        if (!seen || ACCESS_LEVELS.indexOf(levelHere) > ACCESS_LEVELS.indexOf(seen.level)) byKey.set(key, { ...grant, level: levelHere });
      }
      return {
        users: users.map((user): UserSpec => dropUndefined(user)),
        teams: teamList.map(uniquePrevious),
        connections: (claimed.clear(), connectionList.map(uniquePrevious)),
        grants: [...byKey.values()],
      };
    });
  });

let nextId = 0;
const id = (prefix: string) => `${prefix}-${(nextId += 1)}`;

export const liveArbitrary: fc.Arbitrary<LiveSnapshot> = fc
  .record({
    users: subsetOf(EMAILS).chain((emails) =>
      fc.tuple(...emails.map((email) => fc.record({ accountType: fc.constantFrom(...ACCOUNT_TYPES), firstName: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }), managedBy, active: fc.boolean() }).map((user) => ({ email, ...user })))),
    ),
    teams: subsetOf(TEAMS),
    connections: subsetOf(CONNECTIONS.map((each) => each.name)),
  })
  .chain(({ users, teams, connections }) => {
    const emails = users.map((user) => user.email);
    const principals: Principal[] = [
      ...teams.map((name) => ({ kind: 'team' as const, name })),
      { kind: 'team', name: ALL_MEMBERS },
      ...emails.map((email) => ({ kind: 'user' as const, email })),
    ];
    return fc.record({
      teams: fc.tuple(...teams.map((name) => fc.record({ description: fc.option(fc.constantFrom('one', 'two'), { nil: undefined }), managedBy, members: subsetOf(emails) }).map((team) => ({ name, ...team })))),
      connections: fc.tuple(
        ...connections.map((name) =>
          fc.record({ description: fc.option(fc.constantFrom('prod', 'test'), { nil: undefined }), details, secretsVersion: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }), write: fc.boolean() }).map(({ write, ...rest }) => {
            const type = CONNECTIONS.find((each) => each.name === name)?.type ?? 'snowflake';
            return { name, type, useOauth: false, ...dropUndefined(rest), ...(write && { writeAccess: { destinations: [type === 'postgres' ? ['WRITE'] : ['W', 'WRITE']] } }) };
          }),
        ),
      ),
      grants:
        connections.length === 0
          ? fc.constant([] as GrantSpec[])
          : fc.array(fc.record({ principal: fc.constantFrom(...principals), object: objectArbitrary(connections), level }), { maxLength: 16 }),
    }).map(({ teams: teamList, connections: connectionList, grants }): LiveSnapshot => ({
      users: users.map((user): LiveUser => ({ ...dropUndefined(user), id: id('user') })),
      teams: teamList.map((team): LiveTeam => ({ ...dropUndefined(team), id: id('team') })),
      connections: connectionList.map((connection): LiveConnection => ({ ...connection, id: id('conn') })),
      grants: (grants as GrantSpec[]).map((grant): LiveGrant => ({ ...grant, level: grantLevelFor(grant.object, grant.level), id: id('grant') })),
      accountTypes: [],
    }));
  });

const mode = fc.constantFrom<ManageMode>('authoritative', 'additive');

export const settingsArbitrary: fc.Arbitrary<PlanSettings> = fc
  .record({
    manage: fc.record({ connections: mode, users: mode, teams: mode, memberships: mode, grants: mode }),
    maxDeletes: fc.integer({ min: 0, max: 12 }),
    documentsOwner: fc.option(fc.constantFrom(...EMAILS), { nil: undefined }),
  })
  .map(({ manage, maxDeletes, documentsOwner }) => ({ manage, safety: { maxDeletes, ...(documentsOwner !== undefined && { documentsOwner }) } }));

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}

/**
 * A live state close to the files: a random one, plus copies of some
 * desired grants (at random levels, sometimes twice) where their principal
 * and connection are live, so that raises, replaces and surplus grants are
 * common rather than rare.
 */
export function liveNear(desired: DesiredState): fc.Arbitrary<LiveSnapshot> {
  return fc
    .record({
      base: liveArbitrary,
      copies: fc.array(fc.record({ index: fc.nat(), level, twice: fc.boolean(), secondLevel: level }), { maxLength: desired.grants.length === 0 ? 0 : 10 }),
    })
    .map(({ base, copies }) => {
      const teams = new Set([...base.teams.map((team) => team.name), ALL_MEMBERS]);
      const users = new Set(base.users.map((user) => user.email));
      const connections = new Set(base.connections.map((connection) => connection.name));
      const extra: LiveGrant[] = [];
      for (const copy of copies) {
        const grant = desired.grants[copy.index % desired.grants.length] as GrantSpec;
        const exists = grant.principal.kind === 'team' ? teams.has(grant.principal.name) : users.has(grant.principal.email);
        if (!exists || !connections.has(grant.object.connection)) continue;
        extra.push({ ...grant, level: grantLevelFor(grant.object, copy.level), id: id('grant') });
        if (copy.twice) extra.push({ ...grant, level: grantLevelFor(grant.object, copy.secondLevel), id: id('grant') });
      }
      return { ...base, grants: [...base.grants, ...extra] };
    });
}

/** Files, a live state near them, and settings. */
export const scenarioArbitrary = desiredArbitrary.chain((desired) =>
  fc.record({ desired: fc.constant(desired), live: liveNear(desired), settings: settingsArbitrary }),
);
