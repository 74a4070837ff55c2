import { describe, expect, it } from 'vitest';
import { loadProject } from '../../src/config/load-project.js';
import { writeProject } from '../support/temp-project.js';

const CONFIG = 'backend:\n  type: local\n';

describe('loadProject', () => {
  it('resolves the quickstart into declarations with positions', async () => {
    const { project, diagnostics } = await loadProject('examples/quickstart');
    expect(diagnostics).toEqual([]);
    expect(project).toBeDefined();
    if (!project) return;
    expect([...project.connections.keys()]).toEqual(['snowflake-prod']);
    const connection = project.connections.get('snowflake-prod');
    expect(connection?.writeAccess?.destinations).toEqual([['SIGMA_WRITE', 'WRITEBACK']]);
    expect(connection?.details.password).toEqual({ env: 'SNOWFLAKE_PASSWORD' });
    const finance = project.grants.find((grant) => grant.object.path.length === 2);
    expect(finance).toMatchObject({
      principal: { kind: 'user', email: 'john@example.com' },
      object: { connection: 'snowflake-prod', path: ['ANALYTICS', 'FINANCE'] },
      access: 'use-and-annotate',
    });
    expect(finance?.span.file).toBe('examples/quickstart/access.yaml');
    expect(finance?.span.start.line).toBe(53);
    expect(finance?.objectSpan.start).toMatchObject({ line: 54, column: 13 });
    const revenue = project.grants.find((grant) => grant.object.path.length === 3);
    expect(revenue?.object.path).toEqual(['ANALYTICS', 'REPORTING', 'REVENUE']);
    expect(revenue?.leafKind).toBe('table');
  });

  it('fills in every default of grantform.yaml', async () => {
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'a.yaml': 'users: []\n' });
    const { project } = await loadProject(dir);
    expect(project?.settings).toEqual({
      backend: { type: 'local', path: `${dir}/.grantform/state.json` },
      manage: { connections: 'additive', users: 'additive', teams: 'authoritative', memberships: 'authoritative', grants: 'authoritative' },
      safety: { maxDeletes: 25 },
      lintRules: {},
    });
  });

  it('defaults the sigma backend to the Sigma CLI environment variables', async () => {
    const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: sigma\n', 'a.yaml': 'users: []\n' });
    const { project } = await loadProject(dir);
    expect(project?.settings.backend).toEqual({
      type: 'sigma',
      baseUrl: { env: 'SIGMA_BASE_URL' },
      clientId: { env: 'SIGMA_CLIENT_ID' },
      clientSecret: { env: 'SIGMA_CLIENT_SECRET' },
      concurrency: 8,
      tryGrantApiForAllLevels: false,
    });
  });

  it('merges every resource file below the root, skipping hidden folders', async () => {
    const dir = await writeProject({
      'grantform.yaml': CONFIG,
      'people/a.yml': 'users:\n  - email: A@Example.com\n    accountType: Viewer\n',
      'teams/sales.yaml': 'teams:\n  - name: Sales\n    members: [a@example.com]\n',
      '.github/workflows/ci.yaml': 'on: push\n',
      'notes.txt': 'not yaml',
    });
    const { project, diagnostics } = await loadProject(dir);
    expect(diagnostics).toEqual([]);
    expect([...(project?.users.keys() ?? [])]).toEqual(['a@example.com']);
    expect(project?.teams.get('Sales')?.members.map((member) => member.email)).toEqual(['a@example.com']);
    expect(project?.files.map((file) => file.path.slice(dir.length + 1))).toEqual(['people/a.yml', 'teams/sales.yaml']);
  });

  it('reads only what include: names', async () => {
    const dir = await writeProject({
      'grantform.yaml': `${CONFIG}include: ['access/**/*.yaml']\n`,
      'access/a.yaml': 'users: []\n',
      'other/broken.yaml': 'not: [valid\n',
    });
    const { project, diagnostics } = await loadProject(dir);
    expect(diagnostics).toEqual([]);
    expect(project?.files).toHaveLength(1);
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'a.yaml': '\uFEFFusers: []\n' });
    expect((await loadProject(dir)).diagnostics).toEqual([]);
  });

  it('reads an object map naming a stored procedure', async () => {
    const dir = await writeProject({
      'grantform.yaml': CONFIG,
      'a.yaml': [
        'connections:\n  - name: pg\n    type: postgres',
        'users:\n  - email: a@example.com\n    accountType: Creator',
        'grants:\n  - user: a@example.com\n    object: { connection: pg, schema: public, procedure: refresh }\n    access: use',
        '',
      ].join('\n'),
    });
    const { project } = await loadProject(dir);
    expect(project?.grants[0]).toMatchObject({ object: { connection: 'pg', path: ['public', 'refresh'] }, leafKind: 'procedure' });
  });

  it('keeps repeated grants: duplicates are the linter’s to report', async () => {
    const dir = await writeProject({
      'grantform.yaml': CONFIG,
      'a.yaml': 'connections:\n  - name: pg\n    type: postgres\ngrants:\n  - team: All Members\n    object: pg\n    access: use\n  - team: All Members\n    object: pg\n    access: use-and-annotate\n',
    });
    const { project, diagnostics } = await loadProject(dir);
    expect(diagnostics).toEqual([]);
    expect(project?.grants.map((grant) => grant.access)).toEqual(['use', 'use-and-annotate']);
  });

  it('every example under examples/ is valid', async () => {
    for (const example of ['examples/quickstart', 'examples/multi-file']) {
      const { diagnostics } = await loadProject(example);
      expect(diagnostics, example).toEqual([]);
    }
  });
});
