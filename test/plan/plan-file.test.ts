// Plan files: what they hold, that they read back the same, and that a
// damaged or edited one is refused before anything is applied.

import { describe, expect, it } from 'vitest';
import { PlanFileError } from '../../src/plan/errors.js';
import { checkLiveFresh, parsePlanFile, serializePlanFile, type PlanFile } from '../../src/plan/plan-file.js';
import { changesFingerprint, liveFingerprint } from '../../src/plan/fingerprints.js';
import { planChanges } from '../../src/plan/plan-changes.js';
import { connection, desired, grant, live, liveConnection, liveGrant, settings } from '../support/plan-fixtures.js';

function sampleFile(): PlanFile {
  const state = live({ connections: [liveConnection('c1', 'snow')], grants: [liveGrant('g1', 'team:All Members', 'snow', 'admin')] });
  const files = desired({ connections: [connection('snow', { details: { password: { env: 'PW' } } })], grants: [grant('team:All Members', 'snow', 'use')] });
  const { plan } = planChanges({ desired: files, live: state, settings: settings() });
  return {
    formatVersion: 1,
    kind: 'grantform-plan',
    grantformVersion: 'test',
    createdAt: '2025-01-01T00:00:00.000Z',
    backend: 'local',
    project: '.',
    options: { targets: [], allowDeletes: false },
    fingerprints: { live: liveFingerprint(state), desired: 'sha256:x', changes: changesFingerprint(plan.changes), files: {} },
    desired: files,
    changes: plan.changes,
  };
}

describe('plan files', () => {
  it('read back what was written', () => {
    const file = sampleFile();
    expect(parsePlanFile(serializePlanFile(file), 'plan.json')).toEqual(file);
  });

  it('refuses a file that is not a plan, another format, and an edited one', () => {
    expect(() => parsePlanFile('{}', 'x.json')).toThrow('x.json is not a grantform plan file (make one with grantform plan --out x.json)');
    expect(() => parsePlanFile('nope', 'x.json')).toThrow(PlanFileError);
    expect(() => parsePlanFile(JSON.stringify({ ...sampleFile(), formatVersion: 9 }), 'x.json')).toThrow('x.json has plan format 9, which this grantform (format 1) cannot apply: make the plan again with this version');
    const edited = sampleFile();
    const tampered = { ...edited, changes: edited.changes.map((planned) => ({ ...planned, change: { ...planned.change, liveIds: ['someone-elses-grant'] } })) };
    expect(() => parsePlanFile(JSON.stringify(tampered), 'x.json')).toThrow('x.json has been modified since it was made (its changes do not match their fingerprint): make the plan again');
    const broken = { ...edited, changes: [{ change: { type: 'grant', action: 'explode', address: 'x' } }] };
    expect(() => parsePlanFile(JSON.stringify(broken), 'x.json')).toThrow('x.json: change 1 is damaged: "explode" is not an action on a grant; make the plan again');
  });

  it('refuses a plan whose live state moved, including one made against an empty state', () => {
    const file = sampleFile();
    expect(() => checkLiveFresh(file, 'plan.json', live({ connections: [liveConnection('c1', 'snow')], grants: [liveGrant('g1', 'team:All Members', 'snow', 'admin')] }), 'local')).not.toThrow();
    expect(() => checkLiveFresh(file, 'plan.json', live({}), 'local')).toThrow('the plan plan.json is stale: the live state has changed since it was made; run grantform plan again');
    const empty = { ...file, fingerprints: { ...file.fingerprints, live: liveFingerprint(live({})) } };
    expect(() => checkLiveFresh(empty, 'plan.json', live({ connections: [liveConnection('c1', 'snow')] }), 'local')).toThrow('(the plan was made against an empty state)');
    expect(() => checkLiveFresh(file, 'plan.json', live({}), 'sigma')).toThrow('made against the local backend, but the project now uses the sigma backend');
  });

  it('never holds a secret value, only its reference', () => {
    const text = serializePlanFile(sampleFile());
    expect(text).toContain('"env": "PW"');
  });
});
