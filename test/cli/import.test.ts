// import: the live state as YAML that the loader accepts and that plans to
// nothing; by name, split per team, with the $schema line; refusing to
// overwrite; and, as a property, faithful for random live states.

import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeState } from '../../src/backends/local/state-file.js';
import { loadProject } from '../../src/config/load-project.js';
import { importFiles } from '../../src/import/import-files.js';
import type { LiveSnapshot } from '../../src/model/live.js';
import { desiredFromProject } from '../../src/plan/desired.js';
import { planChanges } from '../../src/plan/plan-changes.js';
import { planSettingsOf } from '../../src/plan/make-plan.js';
import { copyExample } from '../support/example-project.js';
import { liveArbitrary } from '../support/org-arbitraries.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 400);

describe('grantform import', () => {
  it('writes a project that plans to nothing, split per team, by name', async () => {
    const source = await copyExample('quickstart');
    await runGrantform(['apply', source, '--auto-approve']);
    const out = path.join(await writeProject({}), 'imported');
    const result = await runGrantform(['import', source, '--out', out]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('Imported 1 connection, 3 users, 2 teams, 5 grants into');
    const copies = ['access', 'diagnostics', 'explain', 'grantform', 'plan', 'plan-file', 'resources'].map((name) => `.grantform/schemas/${name}.schema.json`);
    expect((await readdir(out, { recursive: true })).sort()).toEqual(['.grantform', '.grantform/schemas', ...copies, 'connections.yaml', 'grantform.yaml', 'teams', 'teams/finance.yaml', 'teams/sales.yaml', 'user-grants.yaml', 'users.yaml'].sort());
    const sales = await readFile(path.join(out, 'teams/sales.yaml'), 'utf8');
    // A temporary folder cannot see this checkout's schemas/: the files name the project's copy, which resolves.
    expect(sales.startsWith('# yaml-language-server: $schema=../.grantform/schemas/resources.schema.json\n')).toBe(true);
    expect(await readFile(path.join(out, 'users.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/\.grantform\/schemas\/resources\.schema\.json\n/);
    expect(JSON.parse(await readFile(path.join(out, '.grantform/schemas/resources.schema.json'), 'utf8'))).toMatchObject({ title: 'grantform resource file' });
    expect(sales).toContain('teams:\n  - name: Sales\n    description: Account executives and their analysts\n    members:\n      - mei@example.com\n      - radhika@example.com\ngrants:\n  - team: Sales\n    object: snowflake-prod\n    access: use-and-annotate\n');
    expect(await readFile(path.join(out, 'connections.yaml'), 'utf8')).not.toMatch(/conn-\d|user-\d|grant-\d/);
    // The state stays in the source project: the new one names it on the command line (#17).
    const state = path.join(source, '.grantform/state.json');
    expect(result.stdout).toContain(`Note: the state file ${state} is outside ${out}`);
    expect(await readFile(path.join(out, 'grantform.yaml'), 'utf8')).not.toContain('path:');
    expect((await runGrantform(['plan', out, '--detailed-exitcode', '--state', state])).exitCode).toBe(0);
    expect((await runGrantform(['plan', out, '--detailed-exitcode'], { env: { GRANTFORM_STATE: state } })).exitCode).toBe(0);
    expect((await runGrantform(['plan', out, '--detailed-exitcode'])).exitCode).toBe(2);

    const again = await runGrantform(['import', source, '--out', out]);
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toMatch(/already has connections.yaml, users.yaml, user-grants.yaml and 2 more: remove them, choose another --out, or pass --force\n$/);
    expect((await runGrantform(['import', source, '--out', out, '--force'])).exitCode).toBe(0);
    const into = await runGrantform(['import', source]);
    expect(into.stderr).toMatch(/already holds resource files \(.*access.yaml\): import writes every resource, so pass --out with a folder outside the project\n$/);
  });

  it('is faithful: for random live states, import then plan has nothing to do but remove surplus grants', async () => {
    await fc.assert(
      fc.asyncProperty(liveArbitrary, async (live) => {
        const dir = await writeProject({ 'grantform.yaml': 'backend: { type: local }\nmanage: { users: authoritative, connections: authoritative }\nsafety: { documentsOwner: nobody@example.com }\n' });
        await mkdir(path.join(dir, '.grantform'));
        await writeFile(path.join(dir, '.grantform/state.json'), serializeState({ serial: 1, lineage: 'x', nextId: 1, snapshot: live }, 'test'));
        for (const [file, text] of importFiles(live, 'test').files) {
          await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
          await writeFile(path.join(dir, file), text);
        }
        const loaded = await loadProject(dir);
        expect(loaded.diagnostics.filter((each) => each.severity === 'error')).toEqual([]);
        const project = loaded.project!;
        const { plan } = planChanges({ desired: desiredFromProject(project), live, settings: planSettingsOf(project) });
        for (const { change } of plan.changes) {
          expect(change.action === 'delete' && change.type === 'grant', `${change.action} ${change.address}`).toBe(true);
          expect(surplus(change.address, live)).toBe(true);
        }
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  });
});

/** Deletions after an import are only of grants that were several for one (principal, object). */
function surplus(address: string, live: LiveSnapshot): boolean {
  const count = live.grants.filter((grant) => `grant.${grant.principal.kind === 'team' ? `team.${grant.principal.name}` : `user.${grant.principal.email}`}@${[grant.object.connection, ...grant.object.path].join('/')}` === address).length;
  return count > 1;
}
