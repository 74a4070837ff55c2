// The access engine on Sigma's documented examples and on the rules of
// DESIGN.md §1: inheritance down the tree, team inheritance capped by the
// account type, the maximum over every reaching grant.

import { describe, expect, it } from 'vitest';
import { loadProject } from '../config/load-project.js';
import { writeProject } from '../../test/support/temp-project.js';
import { grant, grants, ORG } from '../../test/support/sigma-org.js';
import { objectPath } from '../model/object-path.js';
import { AccessIndex } from './access-index.js';
import { accessOn, effectiveAccess, reachOf } from './effective-access.js';
import { analyzeGrantEffects } from './grant-effects.js';

async function indexOf(access: string): Promise<AccessIndex> {
  const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n', 'org.yaml': ORG, 'access.yaml': access });
  const { project, diagnostics } = await loadProject(dir, { cwd: dir });
  if (!project) throw new Error(diagnostics.map((d) => d.message).join('; '));
  return new AccessIndex(project);
}

const user = (index: AccessIndex, email: string) => index.user(email) ?? (() => { throw new Error(email); })();

describe('effective access', () => {
  it("Sigma's John: use everywhere, use-and-annotate only inside FINANCE", async () => {
    const index = await indexOf(grants(grant('user: john@example.com', 'snowflake-prod', 'use'), grant('user: john@example.com', 'snowflake-prod/ANALYTICS/FINANCE', 'use-and-annotate')));
    const john = user(index, 'john@example.com');
    expect(effectiveAccess(index, john, objectPath('snowflake-prod')).level).toBe('use');
    expect(effectiveAccess(index, john, objectPath('snowflake-prod', 'ANALYTICS', 'SALES')).level).toBe('use');
    const finance = effectiveAccess(index, john, objectPath('snowflake-prod', 'ANALYTICS', 'FINANCE', 'LEDGER'));
    expect(finance.level).toBe('use-and-annotate');
    expect(finance.winner?.grant.grant.span.start.line).toBe(5);
    expect(finance.sources.map((source) => source.gives)).toEqual(['use-and-annotate', 'use']);
    expect(analyzeGrantEffects(index).size).toBe(0);
  });

  it("Sigma's Radhika: Sales gives use-and-annotate, her own use has no effect", async () => {
    const index = await indexOf(grants(grant('team: Sales', 'snowflake-prod', 'use-and-annotate'), grant('user: radhika@example.com', 'snowflake-prod', 'use')));
    const access = effectiveAccess(index, user(index, 'radhika@example.com'), objectPath('snowflake-prod', 'ANALYTICS'));
    expect(access.level).toBe('use-and-annotate');
    expect(access.winner?.team).toBe('Sales');
    const effects = [...analyzeGrantEffects(index).entries()];
    expect(effects.map(([indexed, reasons]) => [indexed.grant.span.start.line, reasons.map((reason) => reason.kind)])).toEqual([[5, ['shadowed-by-team']]]);
  });

  it('caps a team grant per member: Explorer gets use, Viewer nothing, Admin everything', async () => {
    const index = await indexOf(grants(grant('team: Sales', 'snowflake-prod', 'admin')));
    const on = accessOn(index, objectPath('snowflake-prod', 'SALES'));
    expect(on.users.map((access) => [access.user.email, access.level])).toEqual([
      ['priya@example.com', 'admin'],
      ['radhika@example.com', 'use-and-annotate'],
      ['eve@example.com', 'use'],
    ]);
    expect(on.users[0]?.adminAccountType).toBe(true);
    expect(effectiveAccess(index, user(index, 'mei@example.com'), objectPath('snowflake-prod')).level).toBeUndefined();
  });

  it('takes the maximum over own, team and All Members grants, and an object no grant names inherits from above', async () => {
    const index = await indexOf(grants(grant('team: All Members', 'snowflake-prod', 'write-only'), grant('team: Finance', 'snowflake-prod/ANALYTICS', 'use'), grant('user: ana@example.com', 'snowflake-prod/ANALYTICS/FINANCE', 'use-and-annotate')));
    const ana = user(index, 'ana@example.com');
    expect(effectiveAccess(index, ana, objectPath('snowflake-prod')).level).toBe('write-only');
    expect(effectiveAccess(index, ana, objectPath('snowflake-prod', 'ANALYTICS', 'OTHER', 'T')).level).toBe('use');
    expect(effectiveAccess(index, ana, objectPath('snowflake-prod', 'ANALYTICS', 'FINANCE', 'T')).level).toBe('use-and-annotate');
    expect(reachOf(index, ana).map((each) => [each.node.key, each.access.level])).toEqual([
      ['snowflake-prod', 'write-only'],
      ['snowflake-prod/ANALYTICS', 'use'],
      ['snowflake-prod/ANALYTICS/FINANCE', 'use-and-annotate'],
    ]);
  });
});
