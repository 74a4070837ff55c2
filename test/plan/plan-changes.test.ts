// The planner's rules, one fixture each: identity, manage: modes,
// ownership, renames, several grants per key, raising and lowering,
// secrets, ordering, --target and the refusals.

import { describe, expect, it } from 'vitest';
import type { Change } from '../../src/model/changes.js';
import { DocumentsOwnerError } from '../../src/plan/errors.js';
import { planChanges, type PlanInput } from '../../src/plan/plan-changes.js';
import type { PlannedChange } from '../../src/plan/plan.js';
import { connection, desired, grant, live, liveConnection, liveGrant, liveTeam, liveUser, settings, team, user } from '../support/plan-fixtures.js';

const plan = (input: Partial<PlanInput>) => planChanges({ desired: desired({}), live: live({}), settings: settings(), ...input }).plan;
const lines = (changes: readonly PlannedChange[]) => changes.map(({ change, manual }) => `${change.action} ${change.address}${manual ? ' (manual)' : ''}`);
const find = (changes: readonly PlannedChange[], action: string, address: string): Change => {
  const found = changes.find(({ change }) => change.action === action && change.address === address);
  if (!found) throw new Error(`no ${action} ${address} in ${lines(changes).join('; ')}`);
  return found.change;
};

describe('identity and creation order', () => {
  it('creates users, teams, memberships, connections, then grants', () => {
    const result = plan({
      desired: desired({
        users: [user('ann@example.com')],
        teams: [team('Sales', ['ann@example.com'])],
        connections: [connection('snow')],
        grants: [grant('team:Sales', 'snow/DB', 'use'), grant('user:ann@example.com', 'snow', 'use')],
      }),
    });
    expect(lines(result.changes)).toEqual([
      'create user.ann@example.com',
      'create team.Sales',
      'create membership.Sales.ann@example.com',
      'create connection.snow',
      'create grant.team.Sales@snow/DB',
      'create grant.user.ann@example.com@snow',
    ]);
  });

  it('deletes in reverse: grants, connections, memberships, teams, users', () => {
    const result = plan({
      settings: settings({ connections: 'authoritative', users: 'authoritative' }, { documentsOwner: 'boss@example.com' }),
      desired: desired({ users: [user('boss@example.com')] }),
      live: live({
        users: [liveUser('u1', 'ann@example.com'), liveUser('u2', 'boss@example.com')],
        teams: [liveTeam('t1', 'Sales', ['ann@example.com'])],
        connections: [liveConnection('c1', 'snow')],
        grants: [liveGrant('g1', 'team:Sales', 'snow', 'use')],
      }),
    });
    // Members of a deleted team leave with it; a deactivated user's documents go to the owner.
    expect(lines(result.changes)).toEqual(['delete grant.team.Sales@snow', 'delete connection.snow', 'delete team.Sales', 'delete user.ann@example.com']);
    expect(find(result.changes, 'delete', 'user.ann@example.com')).toMatchObject({ documentsOwner: 'boss@example.com' });
    expect(find(result.changes, 'delete', 'team.Sales').reason).toContain('1 member leave');
  });

  it('identifies users by lower-cased email and changes only what the files give', () => {
    const result = plan({
      desired: desired({ users: [user('ann@example.com', 'Viewer')] }),
      live: live({ users: [liveUser('u1', 'ann@example.com', 'Creator', { firstName: 'Ann' })] }),
    });
    expect(lines(result.changes)).toEqual(['update user.ann@example.com']);
    expect(find(result.changes, 'update', 'user.ann@example.com')).toMatchObject({ after: { accountType: 'Viewer', firstName: 'Ann' } });
  });

  it('reactivates a deactivated user that the files declare, and leaves undeclared ones alone', () => {
    const result = plan({
      desired: desired({ users: [user('ann@example.com')], teams: [team('Sales', ['ann@example.com'])] }),
      live: live({
        users: [liveUser('u1', 'ann@example.com', 'Creator', { active: false }), liveUser('u2', 'old@example.com', 'Creator', { active: false })],
        teams: [liveTeam('t1', 'Sales', ['ann@example.com', 'old@example.com'])],
        connections: [liveConnection('c1', 'snow')],
        grants: [liveGrant('g1', 'user:old@example.com', 'snow', 'use')],
      }),
    });
    expect(lines(result.changes)).toEqual(['update user.ann@example.com']);
    expect(find(result.changes, 'update', 'user.ann@example.com')).toMatchObject({ reactivate: true });
  });
});

describe('manage: modes', () => {
  const state = live({
    users: [liveUser('u1', 'ann@example.com')],
    teams: [liveTeam('t1', 'Sales', ['ann@example.com'])],
    connections: [liveConnection('c1', 'snow')],
    grants: [liveGrant('g1', 'team:Sales', 'snow', 'use')],
  });

  it('additive kinds are never deleted', () => {
    const result = plan({ settings: settings({ teams: 'additive', grants: 'additive', users: 'additive', connections: 'additive', memberships: 'additive' }), live: state });
    expect(result.changes).toEqual([]);
  });

  it('authoritative kinds lose what the files lack', () => {
    const result = plan({ settings: settings({ teams: 'additive' }), desired: desired({ users: [user('ann@example.com')] }), live: state });
    expect(lines(result.changes)).toEqual(['delete grant.team.Sales@snow']);
  });

  it('manages the members of declared teams only', () => {
    const result = plan({
      desired: desired({ users: [user('ann@example.com'), user('bob@example.com')], teams: [team('Sales', ['bob@example.com'])] }),
      live: live({ users: [liveUser('u1', 'ann@example.com'), liveUser('u2', 'bob@example.com')], teams: [liveTeam('t1', 'Sales', ['ann@example.com']), liveTeam('t2', 'Ops', ['ann@example.com'])] }),
      settings: settings({ teams: 'additive' }),
    });
    expect(lines(result.changes)).toEqual(['create membership.Sales.bob@example.com', 'delete membership.Sales.ann@example.com']);
  });
});

describe('ownership', () => {
  it('never creates, changes or deactivates SCIM-owned users and teams: manual steps instead', () => {
    const result = plan({
      settings: settings({ users: 'authoritative' }, { documentsOwner: 'ann@example.com' }),
      desired: desired({
        users: [user('ann@example.com'), user('idp@example.com', 'Creator', { managedBy: 'scim' }), user('viewer@example.com', 'Creator', { managedBy: 'scim' })],
        teams: [team('IdP Team', ['ann@example.com'], { managedBy: 'scim' })],
        connections: [connection('snow')],
        grants: [grant('user:idp@example.com', 'snow', 'use'), grant('team:IdP Team', 'snow', 'use')],
      }),
      live: live({
        users: [liveUser('u1', 'ann@example.com'), liveUser('u2', 'viewer@example.com', 'Viewer', { managedBy: 'scim' }), liveUser('u3', 'gone@example.com', 'Viewer', { managedBy: 'scim' })],
        connections: [liveConnection('c1', 'snow')],
      }),
    });
    expect(lines(result.changes)).toEqual([
      'create user.idp@example.com (manual)',
      'update user.viewer@example.com (manual)',
      'create team.IdP Team (manual)',
      'create grant.team.IdP Team@snow',
      'create grant.user.idp@example.com@snow',
    ]);
    expect(result.changes[1]?.manual?.instructions).toContain('change its account type from Viewer to Creator');
  });

  it('treats All Members as a team that exists without being declared', () => {
    const result = plan({
      desired: desired({ connections: [connection('snow')], grants: [grant('team:All Members', 'snow', 'use')] }),
      live: live({ connections: [liveConnection('c1', 'snow')], teams: [liveTeam('t0', 'All Members')] }),
    });
    expect(lines(result.changes)).toEqual(['create grant.team.All Members@snow']);
  });
});

describe('renames', () => {
  it('renames a team in place, keeping its id, members and grants', () => {
    const result = plan({
      desired: desired({
        users: [user('ann@example.com')],
        teams: [team('Revenue', ['ann@example.com'], { previously: ['Sales'] })],
        connections: [connection('snow')],
        grants: [grant('team:Revenue', 'snow', 'use')],
      }),
      live: live({
        users: [liveUser('u1', 'ann@example.com')],
        teams: [liveTeam('t1', 'Sales', ['ann@example.com'])],
        connections: [liveConnection('c1', 'snow')],
        grants: [liveGrant('g1', 'team:Sales', 'snow', 'use')],
      }),
    });
    expect(lines(result.changes)).toEqual(['update team.Revenue']);
    expect(result.changes[0]?.change).toMatchObject({ renamedFrom: 'Sales', reason: 'renamed from Sales' });
  });

  it('renames a connection in place, and its grants follow', () => {
    const result = plan({
      desired: desired({ connections: [connection('snowflake-prod', { previously: ['snow'] })], grants: [grant('team:All Members', 'snowflake-prod/DB', 'use-and-annotate')] }),
      live: live({ connections: [liveConnection('c1', 'snow')], grants: [liveGrant('g1', 'team:All Members', 'snow/DB', 'use')] }),
    });
    expect(lines(result.changes)).toEqual(['update connection.snowflake-prod', 'update grant.team.All Members@snowflake-prod/DB']);
    expect(find(result.changes, 'update', 'grant.team.All Members@snowflake-prod/DB')).toMatchObject({ liveIds: ['g1'] });
  });
});

describe('grants', () => {
  const base = { users: [liveUser('u1', 'ann@example.com')], connections: [liveConnection('c1', 'snow')] };
  const files = (level: 'use' | 'use-and-annotate' | 'write-only' | 'admin') =>
    desired({ users: [user('ann@example.com')], connections: [connection('snow')], grants: [grant('user:ann@example.com', 'snow', level)] });

  it('raises a level in place (update) and lowers it by revoke then grant (replace)', () => {
    const raised = plan({ desired: files('use-and-annotate'), live: live({ ...base, grants: [liveGrant('g1', 'user:ann@example.com', 'snow', 'use')] }) });
    expect(raised.changes.map(({ change }) => change)).toEqual([expect.objectContaining({ action: 'update', liveIds: ['g1'] })]);
    const lowered = plan({ desired: files('use'), live: live({ ...base, grants: [liveGrant('g1', 'user:ann@example.com', 'snow', 'admin')] }) });
    expect(lowered.changes.map(({ change }) => change)).toEqual([expect.objectContaining({ action: 'replace', liveIds: ['g1'], reason: expect.stringContaining('lowered from Can admin to Can use') })]);
  });

  it('keeps one matching grant of several and deletes the surplus', () => {
    const result = plan({
      desired: files('use'),
      live: live({ ...base, grants: [liveGrant('g2', 'user:ann@example.com', 'snow', 'use'), liveGrant('g1', 'user:ann@example.com', 'snow', 'use'), liveGrant('g3', 'user:ann@example.com', 'snow', 'admin')] }),
    });
    expect(result.changes.map(({ change }) => change)).toEqual([expect.objectContaining({ action: 'delete', liveIds: ['g2', 'g3'] })]);
  });

  it('deletes the surplus before raising the grant that stays', () => {
    const result = plan({
      desired: files('use-and-annotate'),
      live: live({ ...base, grants: [liveGrant('g1', 'user:ann@example.com', 'snow', 'use'), liveGrant('g2', 'user:ann@example.com', 'snow', 'write-only')] }),
    });
    expect(lines(result.changes)).toEqual(['delete grant.user.ann@example.com@snow', 'update grant.user.ann@example.com@snow']);
    expect(result.changes.map(({ change }) => (change.type === 'grant' && 'liveIds' in change ? change.liveIds : []))).toEqual([['g2'], ['g1']]);
  });

  it('where grants are additive, keeps the surplus and lowers only what is above the files', () => {
    const additive = settings({ grants: 'additive' });
    const kept = plan({ settings: additive, desired: files('use'), live: live({ ...base, grants: [liveGrant('g1', 'user:ann@example.com', 'snow', 'use'), liveGrant('g2', 'user:ann@example.com', 'snow', 'admin')] }) });
    expect(kept.changes).toEqual([]);
    const lowered = plan({ settings: additive, desired: files('use'), live: live({ ...base, grants: [liveGrant('g1', 'user:ann@example.com', 'snow', 'write-only'), liveGrant('g2', 'user:ann@example.com', 'snow', 'admin')] }) });
    expect(lowered.changes.map(({ change }) => change)).toEqual([expect.objectContaining({ action: 'replace', liveIds: ['g2'] })]);
  });
});

describe('connections and secrets', () => {
  it('never compares secrets; secretsVersion forces the update that sends them', () => {
    const secret = { password: { env: 'SNOWFLAKE_PASSWORD' }, account: 'acme' };
    const same = plan({ desired: desired({ connections: [connection('snow', { details: secret })] }), live: live({ connections: [liveConnection('c1', 'snow', { details: { account: 'acme', role: 'SIGMA' } })] }) });
    expect(same.changes).toEqual([]);
    const rotated = plan({ desired: desired({ connections: [connection('snow', { details: secret, secretsVersion: 2 })] }), live: live({ connections: [liveConnection('c1', 'snow', { details: { account: 'acme' }, secretsVersion: 1 })] }) });
    expect(rotated.changes[0]?.change).toMatchObject({ action: 'update', reason: 'secretsVersion raised to 2: secrets are sent again' });
  });

  it('sees a changed detail and a disabled write access', () => {
    const result = plan({
      desired: desired({ connections: [connection('snow', { details: { account: 'new' } })] }),
      live: live({ connections: [liveConnection('c1', 'snow', { details: { account: 'old' }, writeAccess: { destinations: [['W', 'S']] } })] }),
    });
    expect(lines(result.changes)).toEqual(['update connection.snow']);
  });
});

describe('--target', () => {
  it('limits the plan to the target and what it needs', () => {
    const result = planChanges({
      settings: settings(),
      desired: desired({ users: [user('ann@example.com')], teams: [team('Sales'), team('Ops')], connections: [connection('snow')], grants: [grant('team:Sales', 'snow/DB', 'use'), grant('team:Ops', 'snow', 'use')] }),
      live: live({}),
      targets: ['grant.team.Sales', 'team.Nope'],
    });
    expect(lines(result.plan.changes)).toEqual(['create team.Sales', 'create connection.snow', 'create grant.team.Sales@snow/DB']);
    expect(result.unmatchedTargets).toEqual(['team.Nope']);
  });
});

describe('refusals', () => {
  const state = live({ users: [liveUser('u1', 'ann@example.com'), liveUser('u2', 'bob@example.com')] });
  const authoritative = (owner?: string) => settings({ users: 'authoritative' }, owner ? { documentsOwner: owner } : {});

  it('refuses to deactivate users without a documents owner, or handing their documents to one of them', () => {
    expect(() => plan({ settings: authoritative(), live: state })).toThrow(DocumentsOwnerError);
    expect(() => plan({ settings: authoritative(), live: state })).toThrow(/deactivates ann@example.com, bob@example.com, but safety.documentsOwner is not set/);
    expect(() => plan({ settings: authoritative('ann@example.com'), live: state })).toThrow(/among the users the plan deactivates/);
    expect(() => plan({ settings: authoritative('nobody@example.com'), live: state })).toThrow(/is not an active user/);
    expect(lines(plan({ settings: authoritative('ann@example.com'), desired: desired({ users: [user('ann@example.com')] }), live: state }).changes)).toEqual(['delete user.bob@example.com']);
  });
});
