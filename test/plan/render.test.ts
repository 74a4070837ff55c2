// The three plan formats: text with attribute diffs and no colour unless
// asked, JSON valid against schemas/plan.schema.json, and Markdown with
// deletions first, manual steps marked, and a cut that stays within the
// limit and says what it left out.

import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../src/config/schemas.js';
import { planChanges } from '../../src/plan/plan-changes.js';
import type { Plan } from '../../src/plan/plan.js';
import { renderPlanJson } from '../../src/plan/render/json.js';
import { renderPlanMarkdown } from '../../src/plan/render/markdown.js';
import { renderPlanText } from '../../src/plan/render/text.js';
import { connection, desired, grant, live, liveConnection, liveGrant, liveTeam, liveUser, settings, team, user } from '../support/plan-fixtures.js';

const plain = pc.createColors(false);
const coloured = pc.createColors(true);

function samplePlan(): Plan {
  return planChanges({
    settings: settings({ users: 'authoritative' }, { documentsOwner: 'ann@example.com' }),
    desired: desired({
      users: [user('ann@example.com'), user('new@example.com', 'Viewer', { firstName: 'New' })],
      teams: [team('Sales', ['ann@example.com'], { description: 'Account executives and their analysts' })],
      connections: [connection('snow', { details: { account: 'acme', password: { env: 'SNOWFLAKE_PASSWORD' } } })],
      grants: [grant('team:Sales', 'snow', 'use'), grant('user:ann@example.com', 'snow', 'admin')],
    }),
    live: live({
      users: [liveUser('u1', 'ann@example.com'), liveUser('u2', 'old@example.com')],
      teams: [liveTeam('t1', 'Sales', [], { description: 'Account executives' })],
      connections: [liveConnection('c1', 'snow', { details: { account: 'acme' } })],
      grants: [liveGrant('g1', 'team:Sales', 'snow', 'use-and-annotate'), liveGrant('g2', 'user:old@example.com', 'snow', 'use')],
    }),
    manualStep: (change) => (change.type === 'grant' && change.action !== 'delete' && change.after.level === 'admin' ? { instructions: 'grant Can admin in Sigma' } : undefined),
  }).plan;
}

describe('text', () => {
  it('shows each change with its symbol, attributes, reason and manual step, in apply order', () => {
    const text = renderPlanText(samplePlan(), plain);
    expect(text).toMatchInlineSnapshot(`
      "grantform will make these changes, in this order:

        + user.new@example.com
            accountType: "Viewer"
            firstName:   "New"
        ~ team.Sales
            description: "Account executives" → "Account executives and their analysts"
        + membership.Sales.ann@example.com
      -/+ grant.team.Sales@snow
            access: "use-and-annotate" → "use"
            # lowered from Can use & annotate to Can use: revoked, then granted again
        + grant.user.ann@example.com@snow (manual)
            access: "admin"
            ! manual step: grant Can admin in Sigma
        - grant.user.old@example.com@snow
        - user.old@example.com
            # deactivated (Sigma never deletes users); documents go to ann@example.com

      Plan: 3 to create, 1 to update, 2 to delete, 1 to replace; 1 of them is a manual step.
      "
    `);
  });

  it('colours only when given colours, and marks the changed words', () => {
    expect(renderPlanText(samplePlan(), plain)).not.toMatch(/\x1b\[/);
    const text = renderPlanText(samplePlan(), coloured);
    expect(text).toMatch(/\x1b\[/);
    expect(text).toMatch(/\x1b\[32m\x1b\[1m[^\x1b]*their/);
  });

  it('says so when there is nothing to do', () => {
    expect(renderPlanText({ changes: [], targets: [] }, plain)).toBe('No changes: the live state matches the files.\n');
  });
});

describe('json', () => {
  it('follows schemas/plan.schema.json, in the files vocabulary, with secrets as references', () => {
    const text = renderPlanJson(samplePlan(), { grantformVersion: '0.1.0', backend: 'local' });
    const document = JSON.parse(text) as { changes: { address: string; after: unknown; manual?: unknown }[]; summary: unknown };
    const validate = validatorFor('plan');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.summary).toEqual({ create: 3, update: 1, delete: 2, replace: 1, manual: 1 });
    expect(document.changes.find((change) => change.address === 'grant.team.Sales@snow')?.after).toEqual({ team: 'Sales', object: 'snow', access: 'use' });
    expect(document.changes.find((change) => change.address === 'grant.user.ann@example.com@snow')?.manual).toEqual({ instructions: 'grant Can admin in Sigma' });
  });
});

describe('markdown', () => {
  it('puts the counts first, then deletions and replacements, the manual steps, and folds the rest', () => {
    const text = renderPlanMarkdown(samplePlan());
    expect(text.split('\n')[0]).toBe('### grantform: Plan: 3 to create, 1 to update, 2 to delete, 1 to replace; 1 of them is a manual step');
    const caution = text.indexOf('[!CAUTION]');
    const deletions = text.indexOf('#### Deletions and replacements (3)');
    const manual = text.indexOf('#### Manual steps (1)');
    const folded = text.indexOf('<details><summary><b>Creates and updates (4)</b></summary>');
    expect(0 < caution && caution < deletions && deletions < manual && manual < folded).toBe(true);
    expect(text).toContain('> This plan deletes **2** and replaces **1** resources (users are deactivated, never deleted). Review them before merging.');
    const oneDeletion = samplePlan();
    const single = renderPlanMarkdown({ ...oneDeletion, changes: oneDeletion.changes.filter(({ change }) => change.action === 'delete' && change.type !== 'user').slice(0, 1) });
    expect(single).toContain('> This plan deletes **1** resource. Review it before merging.');
    expect(text).toContain('- [ ] `grant.user.ann@example.com@snow`: grant Can admin in Sigma');
    expect(text).toContain('-/+ grant.team.Sales@snow\n-     access: "use-and-annotate"\n+     access: "use"');
  });

  it('cuts a large plan to the limit, closes what it opened and says what it left out', () => {
    const grants = Array.from({ length: 3000 }, (_, index) => grant(`team:Team ${index}`, `snow/DB_${index}`, 'use'));
    const huge = planChanges({
      settings: settings(),
      desired: desired({ teams: grants.map((each) => team((each.principal as { name: string }).name)), connections: [connection('snow')], grants }),
      live: live({ connections: [liveConnection('c1', 'snow')], grants: Array.from({ length: 500 }, (_, index) => liveGrant(`g${index}`, `team:Gone ${index}`, `snow/X_${index}`, 'use')) }),
    }).plan;
    const text = renderPlanMarkdown(huge, { limit: 60_000 });
    expect(text.length).toBeLessThanOrEqual(60_000);
    expect(text).toMatch(/_…and [\d,]+ more changes not shown: a comment holds at most 60,000 characters\. Run `grantform plan` to see the whole plan\._\n$/);
    expect((text.match(/```/g) ?? []).length % 2).toBe(0);
    expect((text.match(/<details>/g) ?? []).length).toBe((text.match(/<\/details>/g) ?? []).length);
    // Deletions come first, so they survive the cut.
    expect(text).toContain('- grant.team.Gone 499@snow/X_499');
  });
});
