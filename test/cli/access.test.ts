// `grantform access`: the review from the files and from the live state (the
// emulator on loopback), in every format, with the filters; hostile names
// stay data in CSV and HTML.

import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/cli/views/access-text.js';
import { UsageError } from '../../src/model/errors.js';
import type { AccessDocument, GrantSource } from '../../src/model/generated/access-document.js';
import { startSigma } from '../support/sigma-emulator.js';
import { grant, grants, ORG } from '../support/sigma-org.js';
import { runGrantform, STACK_TRACE, writeProject } from '../support/temp-project.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/access.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function project(): Promise<string> {
  return writeProject({
    'grantform.yaml': 'backend:\n  type: local\n',
    'org.yaml': ORG,
    'access.yaml': grants(
      grant('user: john@example.com', 'snowflake-prod', 'use'),
      grant('user: john@example.com', 'snowflake-prod/ANALYTICS/FINANCE', 'use-and-annotate'),
      grant('team: Sales', 'snowflake-prod', 'use-and-annotate'),
      grant('user: ulla@example.com', 'orders-postgres', 'write-only'),
      grant('team: All Members', 'orders-postgres/public', 'use'),
    ),
  });
}

async function accessJson(args: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<AccessDocument> {
  const run = await runGrantform(['access', '.', '--format', 'json', ...args], options);
  expect(run.stderr).toBe('');
  expect(run.exitCode).toBe(0);
  const document = JSON.parse(run.stdout) as AccessDocument;
  expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  return document;
}

const listing = (document: AccessDocument, email: string) => document.users.find((user) => user.email === email)?.access.map((entry) => [entry.object, entry.level]);

describe('grantform access (files)', () => {
  it('lists where each level changes, with the grants, the cap and the Admin account type', async () => {
    const dir = await project();
    const document = await accessJson([], { cwd: dir });
    expect(document.source).toBe('files');
    expect(document.users.map((user) => user.email)).toEqual(['ana@example.com', 'eve@example.com', 'john@example.com', 'mei@example.com', 'priya@example.com', 'radhika@example.com', 'ulla@example.com']);
    expect(listing(document, 'john@example.com')).toEqual([
      ['orders-postgres/public', 'use'],
      ['snowflake-prod', 'use'],
      ['snowflake-prod/ANALYTICS/FINANCE', 'use-and-annotate'],
    ]);
    const john = document.users.find((user) => user.email === 'john@example.com');
    expect(john?.access[2]?.from).toEqual([
      { kind: 'grant', principal: 'user.john@example.com', object: 'snowflake-prod/ANALYTICS/FINANCE', level: 'use-and-annotate', gives: 'use-and-annotate', file: 'access.yaml', line: 5 },
    ]);
    // Eve is an Explorer: Sales' use-and-annotate gives her use.
    const eve = document.users.find((user) => user.email === 'eve@example.com');
    expect(eve?.access.find((entry) => entry.object === 'snowflake-prod')?.from).toEqual([
      { kind: 'grant', principal: 'team.Sales', team: 'Sales', object: 'snowflake-prod', level: 'use-and-annotate', gives: 'use', cappedBy: 'Explorer', file: 'access.yaml', line: 8 },
    ]);
    expect(listing(document, 'priya@example.com')).toEqual([['orders-postgres', 'admin'], ['snowflake-prod', 'admin']]);
    expect(document.users.find((user) => user.email === 'priya@example.com')?.access[0]?.from).toEqual([{ kind: 'admin-account-type' }]);
    // Mei is a Viewer: Sales gives her nothing. Ulla's write-only needs write access, which orders-postgres lacks.
    expect(document.users.find((user) => user.email === 'mei@example.com')).toMatchObject({ access: [], ineffectiveGrants: 1 });
    expect(document.users.find((user) => user.email === 'ulla@example.com')).toMatchObject({ access: [], ineffectiveGrants: 1 });
  });

  it('filters by user, team and object; --older-than needs --live', async () => {
    const dir = await project();
    expect((await accessJson(['--user', 'John@Example.com'], { cwd: dir })).users.map((user) => user.email)).toEqual(['john@example.com']);
    expect((await accessJson(['--team', 'Finance'], { cwd: dir })).users.map((user) => user.email)).toEqual(['ana@example.com', 'john@example.com']);
    const on = await accessJson(['--on', 'snowflake-prod/ANALYTICS'], { cwd: dir });
    expect(listing(on, 'john@example.com')).toEqual([['snowflake-prod', 'use'], ['snowflake-prod/ANALYTICS/FINANCE', 'use-and-annotate']]);
    expect(on.users.map((user) => user.email)).not.toContain('ana@example.com');
    const older = await runGrantform(['access', '.', '--older-than', '90'], { cwd: dir });
    expect(older.exitCode).toBe(new UsageError('usage').exitCode);
    expect(older.stderr).toContain('--older-than needs --live');
    const unknown = await runGrantform(['access', '.', '--user', 'jon@example.com'], { cwd: dir });
    expect(unknown.exitCode).toBe(1);
    expect(unknown.stderr).toContain('did you mean john@example.com?');
    expect(unknown.stderr).not.toMatch(STACK_TRACE);
  });

  it('text names every entry with its source; CSV has one row per user and entry, RFC 4180', async () => {
    const dir = await project();
    const text = await runGrantform(['access', '.'], { cwd: dir });
    expect(text.stdout).toContain('john@example.com (Creator, teams: Finance)');
    expect(text.stdout).toMatch(/snowflake-prod\/ANALYTICS\/FINANCE {2}use-and-annotate {2}own grant: use-and-annotate on snowflake-prod\/ANALYTICS\/FINANCE \(access\.yaml:5\)/);
    const csv = await runGrantform(['access', '.', '--format', 'csv', '--out', 'review.csv'], { cwd: dir });
    expect(csv.stdout).toBe('');
    const rows = (await readFile(path.join(dir, 'review.csv'), 'utf8')).split('\r\n');
    expect(rows[0]).toBe('email,account type,object,level,via,oldest grant date');
    expect(rows).toContain('priya@example.com,Admin,snowflake-prod,admin,Admin account type,');
    expect(rows.filter((row) => row.startsWith('john@example.com,')).length).toBe(3);
  });

  it('quotes CSV cells and neutralises what a spreadsheet would run as a formula', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"\nthere')).toBe('"say ""hi""\nthere"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ['+', '-', '@', '\t']) expect(csvCell(`${start}1`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
  });

  it('HTML keeps a hostile team name as data: no markup, no closed script', async () => {
    const hostile = '</script><img src=x onerror=alert(1)><!--';
    const dir = await writeProject({
      'grantform.yaml': 'backend:\n  type: local\n',
      'org.yaml': ORG.replace('  - name: Finance\n', `  - name: "${hostile}"\n`),
      'access.yaml': grants(grant(`team: "${hostile}"`, 'snowflake-prod', 'use')),
    });
    const run = await runGrantform(['access', '.', '--format', 'html'], { cwd: dir });
    expect(run.stderr).toBe('');
    const html = run.stdout;
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<!--');
    expect(html.match(/<\/script>/g)?.length).toBe(2);
    expect(html).not.toMatch(/<(link|iframe)\b|\bsrc="http|https?:\/\//);
    const data = JSON.parse(/<script type="application\/json" id="access-data">([^<]*)<\/script>/.exec(html)?.[1] ?? '') as { teams: string[] };
    expect(data.teams).toContain(hostile);
  });
});

describe('grantform access --live', () => {
  it('reads the emulator as plan does: grant ids and dates, and --older-than', async () => {
    const sigma = await startSigma();
    const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: sigma\n' });
    const document = await accessJson(['--live'], { cwd: dir, env: sigma.env });
    expect(document.source).toBe('live');
    expect(listing(document, 'john@acme.example')).toEqual([
      ['postgres-ops', 'use'],
      ['postgres-ops/public', 'use-and-annotate'],
      ['snowflake-prod', 'use'],
      ['snowflake-prod/ANALYTICS/FINANCE', 'use-and-annotate'],
    ]);
    const source = document.users.find((user) => user.email === 'john@acme.example')?.access[3]?.from[0] as GrantSource;
    expect(source).toMatchObject({ kind: 'grant', principal: 'user.john@acme.example', level: 'use-and-annotate', createdAt: '2024-01-01T00:00:00.000Z' });
    expect(source.grantId).toEqual(expect.any(String));
    expect(source.file).toBeUndefined();
    expect(listing(document, 'ada.admin@acme.example')).toEqual([['postgres-ops', 'admin'], ['snowflake-prod', 'admin']]);
    expect(document.users.map((user) => user.email)).not.toContain('former@acme.example');

    const old = await accessJson(['--live', '--older-than', '30'], { cwd: dir, env: sigma.env });
    expect(old.users.length).toBeGreaterThan(0);
    const csv = await runGrantform(['access', '.', '--live', '--format', 'csv'], { cwd: dir, env: sigma.env });
    expect(csv.stdout).toContain('john@acme.example,Creator,snowflake-prod/ANALYTICS/FINANCE,use-and-annotate,');
    expect(csv.stdout).toContain(',2024-01-01T00:00:00.000Z\r\n');
  });

  it('reads the local state file: nothing applied yet, nobody has access', async () => {
    const dir = await project();
    const document = await accessJson(['--live'], { cwd: dir });
    expect(document).toEqual({ formatVersion: 1, source: 'live', users: [] });
  });
});

describe('plan: the access diff', () => {
  const planSchema = JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8')) as object;
  const validatePlan = new Ajv2020({ allErrors: true, strict: true }).compile(planSchema);

  it('lists who gains and who loses what, losses first, in JSON, text, Markdown and the saved plan', async () => {
    const dir = await project();
    expect((await runGrantform(['apply', '--auto-approve'], { cwd: dir })).exitCode).toBe(0);
    // John's FINANCE grant goes (he keeps use from the connection), Eve leaves Sales, Finance gets ANALYTICS and a new member.
    const org = ORG.replace('members: [radhika@example.com, mei@example.com, eve@example.com]', 'members: [radhika@example.com, mei@example.com]')
      .replace('  - email: ulla@example.com\n    accountType: Uploader\n', '  - email: ulla@example.com\n    accountType: Uploader\n  - email: nia@example.com\n    accountType: Creator\n')
      .replace('members: [john@example.com, ana@example.com]', 'members: [john@example.com, ana@example.com, nia@example.com]');
    await writeFile(path.join(dir, 'org.yaml'), org);
    await writeFile(
      path.join(dir, 'access.yaml'),
      grants(
        grant('user: john@example.com', 'snowflake-prod', 'use'),
        grant('team: Sales', 'snowflake-prod', 'use-and-annotate'),
        grant('team: Finance', 'snowflake-prod/ANALYTICS', 'use'),
        grant('user: ulla@example.com', 'orders-postgres', 'write-only'),
        grant('team: All Members', 'orders-postgres/public', 'use'),
      ),
    );
    const json = await runGrantform(['plan', '--format', 'json', '--out', 'plan.json'], { cwd: dir });
    expect(json.exitCode).toBe(0);
    const document = JSON.parse(json.stdout) as { accessChanges: unknown[] };
    expect(validatePlan(document), JSON.stringify(validatePlan.errors)).toBe(true);
    expect(document.accessChanges).toEqual([
      { email: 'eve@example.com', object: 'snowflake-prod', before: 'use', after: null },
      { email: 'john@example.com', object: 'snowflake-prod/ANALYTICS/FINANCE', before: 'use-and-annotate', after: 'use' },
      { email: 'ana@example.com', object: 'snowflake-prod/ANALYTICS', before: null, after: 'use' },
      { email: 'nia@example.com', object: 'orders-postgres/public', before: null, after: 'use' },
      { email: 'nia@example.com', object: 'snowflake-prod/ANALYTICS', before: null, after: 'use' },
    ]);
    const saved = JSON.parse(await readFile(path.join(dir, 'plan.json'), 'utf8')) as { accessChanges: unknown[] };
    expect(saved.accessChanges).toEqual(document.accessChanges);

    const text = await runGrantform(['plan'], { cwd: dir });
    expect(text.stdout).toContain('Access changes: 2 users gain access, 2 users lose access.');
    expect(text.stdout).toMatch(/loses {2}john@example\.com +snowflake-prod\/ANALYTICS\/FINANCE +use-and-annotate → use$/m);
    const markdown = await runGrantform(['plan', '--format', 'markdown'], { cwd: dir });
    expect(markdown.stdout).toContain('#### Access changes: 2 users gain access, 2 users lose access.');
    expect(markdown.stdout).toContain('| 🔻 loses | `eve@example.com` | `snowflake-prod` | use | no access |');
  });
});

describe('grantform access on an org whose All Members reaches thousands of tables', () => {
  // 1,500 users and 1,500 All Members table grants: every user lists every table, a review of 2.25 million entries
  // (hundreds of megabytes of JSON). It is written as each user comes, so a reader that stops early stops it.
  async function wideProject(): Promise<string> {
    const users = Array.from({ length: 1500 }, (_, index) => `  - email: u${index}@example.com\n    accountType: Creator\n`).join('');
    const tables = Array.from({ length: 1500 }, (_, index) => `  - team: All Members\n    object: wh/DB/S${index % 10}/T${index}\n    access: use\n`).join('');
    return writeProject({
      'grantform.yaml': 'backend:\n  type: local\n',
      'org.yaml': `connections:\n  - name: wh\n    type: snowflake\nusers:\n${users}grants:\n${tables}`,
    });
  }

  it('ends quietly, with status 0, when the reader of its output goes away after the first lines', async () => {
    const cwd = await wideProject();
    const { spawn } = await import('node:child_process');
    const child = spawn(process.execPath, [path.resolve('bin/grantform.js'), 'access', '.', '--format', 'json'], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    let first = '';
    child.stdout.setEncoding('utf8').once('data', (chunk: string) => {
      first = chunk;
      child.stdout.destroy();
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first.startsWith('{\n  "formatVersion": 1,\n  "source": "files",\n  "users": [\n')).toBe(true);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('refuses, in one sentence, an HTML page of more than a million entries, and says how to narrow it', async () => {
    const cwd = await wideProject();
    const run = await runGrantform(['access', '.', '--format', 'html', '--out', 'review.html'], { cwd });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/more than 1,000,000 entries .*--team, --user or --on/);
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });

  it('writes the whole review of one user among them as the document of that user', async () => {
    const cwd = await wideProject();
    const document = await accessJson(['--user', 'u7@example.com'], { cwd });
    expect(document.users).toHaveLength(1);
    expect(document.users[0]?.access).toHaveLength(1500);
  });
});
