// Live connections or teams that share a name: the planner plans nothing
// for any of them (no create, update or delete, none of their grants or
// members) and names them, whatever the backend.

import { describe, expect, it } from 'vitest';
import { describeDuplicate } from '../../src/model/live-duplicates.js';
import { planChanges } from '../../src/plan/plan-changes.js';
import { connection, desired, grant, live, liveConnection, liveGrant, liveTeam, settings, team } from '../support/plan-fixtures.js';

describe('live duplicates', () => {
  it('are left alone, with their grants and members, and named', () => {
    const result = planChanges({
      settings: settings({ connections: 'authoritative', teams: 'authoritative', grants: 'authoritative' }),
      desired: desired({
        connections: [connection('bigquery-marketing', { details: { account: 'new' } }), connection('snow')],
        teams: [team('Sales', ['ann@example.com']), team('Ops')],
        grants: [grant('team:Ops', 'bigquery-marketing', 'use'), grant('team:Sales', 'snow', 'use'), grant('team:Ops', 'snow', 'use')],
      }),
      live: live({
        connections: [liveConnection('c2', 'bigquery-marketing'), liveConnection('c1', 'bigquery-marketing'), liveConnection('c3', 'snow')],
        teams: [liveTeam('t1', 'Sales'), liveTeam('t2', 'Sales')],
        grants: [liveGrant('g1', 'team:Sales', 'bigquery-marketing', 'use'), liveGrant('g2', 'team:Sales', 'snow', 'use-and-annotate')],
      }),
    });
    expect(result.plan.changes.map(({ change }) => `${change.action} ${change.address}`)).toEqual(['create team.Ops', 'create grant.team.Ops@snow']);
    expect(result.duplicates.map(describeDuplicate)).toEqual([
      '2 live connections named bigquery-marketing (ids c1, c2): grantform changes neither until one is removed',
      '2 live teams named Sales (ids t1, t2): grantform changes neither until one is removed',
    ]);
  });

  it('are nothing without a shared name', () => {
    const result = planChanges({ settings: settings(), desired: desired({}), live: live({ connections: [liveConnection('c1', 'a'), liveConnection('c2', 'b')] }) });
    expect(result.duplicates).toEqual([]);
  });
});
