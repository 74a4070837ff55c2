import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { grant, grants, ORG } from '../support/sigma-org.js';
import { runGrantform, STACK_TRACE, writeProject } from '../support/temp-project.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/explain.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

function sigmaExamples(): Promise<string> {
  return writeProject({
    'grantform.yaml': 'backend:\n  type: local\n',
    'org.yaml': ORG,
    'access.yaml': grants(
      grant('user: john@example.com', 'snowflake-prod', 'use'),
      grant('user: john@example.com', 'snowflake-prod/ANALYTICS/FINANCE', 'use-and-annotate'),
      grant('team: Sales', 'snowflake-prod', 'use-and-annotate'),
      grant('user: radhika@example.com', 'snowflake-prod', 'use'),
    ),
  });
}

describe('grantform explain', () => {
  it("--user --on: John annotates only inside FINANCE, and the grant that wins is marked", async () => {
    const dir = await sigmaExamples();
    const inside = await runGrantform(['explain', '.', '--user', 'john@example.com', '--on', 'snowflake-prod/ANALYTICS/FINANCE/LEDGER'], { cwd: dir });
    expect(inside.exitCode).toBe(0);
    expect(inside.stdout.split('\n')[0]).toBe('john@example.com (Creator) on snowflake-prod/ANALYTICS/FINANCE/LEDGER: use-and-annotate');
    expect(inside.stdout).toMatch(/wins {2}use-and-annotate {2}user john@example\.com {2}snowflake-prod\/ANALYTICS\/FINANCE {2}access\.yaml:5/);
    const outside = await runGrantform(['explain', '.', '--user', 'john@example.com', '--on', 'snowflake-prod/ANALYTICS/SALES', '--format', 'json'], { cwd: dir });
    const document = JSON.parse(outside.stdout) as { level: string; from: { wins: boolean; line: number }[] };
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document).toMatchObject({ object: 'snowflake-prod/ANALYTICS/SALES', email: 'john@example.com', level: 'use' });
    expect(document.from).toEqual([{ principal: 'user.john@example.com', object: 'snowflake-prod', level: 'use', file: 'access.yaml', line: 2, gives: 'use', wins: true }]);
  });

  it('--user --on: Radhika gets use-and-annotate through Sales; an Explorer is capped', async () => {
    const dir = await sigmaExamples();
    const radhika = JSON.parse((await runGrantform(['explain', '.', '--user', 'Radhika@Example.com', '--on', 'snowflake-prod', '--format', 'json'], { cwd: dir })).stdout) as { level: string; from: { team?: string; wins: boolean }[] };
    expect(radhika.level).toBe('use-and-annotate');
    expect(radhika.from.map((source) => [source.team ?? 'own', source.wins])).toEqual([['Sales', true], ['own', false]]);
    const eve = await runGrantform(['explain', '.', '--user', 'eve@example.com', '--on', 'snowflake-prod'], { cwd: dir });
    expect(eve.stdout).toContain('eve@example.com (Explorer) on snowflake-prod: use');
    expect(eve.stdout).toContain('capped by account type Explorer: team Sales (use-and-annotate → use)');
  });

  it('--on: everyone with access there, as a table and as JSON', async () => {
    const dir = await sigmaExamples();
    const text = await runGrantform(['explain', '.', '--on', 'snowflake-prod/ANALYTICS/FINANCE'], { cwd: dir });
    expect(text.stdout.split('\n').slice(0, 3)).toEqual(['snowflake-prod/ANALYTICS/FINANCE: 4 users with access', '', 'user                 account type  level             from']);
    const json = JSON.parse((await runGrantform(['explain', '.', '--on', 'snowflake-prod/ANALYTICS/FINANCE', '--format', 'json'], { cwd: dir })).stdout) as { users: { email: string; level: string }[] };
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.users.map((user) => [user.email, user.level])).toEqual([
      ['priya@example.com', 'admin'],
      ['john@example.com', 'use-and-annotate'],
      ['radhika@example.com', 'use-and-annotate'],
      ['eve@example.com', 'use'],
    ]);
  });

  it('--user: everything the user reaches, as a tree', async () => {
    const dir = await sigmaExamples();
    const run = await runGrantform(['explain', '.', '--user', 'john@example.com'], { cwd: dir });
    expect(run.stdout).toBe(
      ['john@example.com (Creator)', '  snowflake-prod: use  user john@example.com, access.yaml:2', '    ANALYTICS/FINANCE: use-and-annotate  user john@example.com, access.yaml:5', ''].join('\n'),
    );
    const json = JSON.parse((await runGrantform(['explain', '.', '--user', 'john@example.com', '--format', 'json'], { cwd: dir })).stdout) as unknown;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('answers an unknown user or connection in one sentence with a suggestion, and a missing option with the usage', async () => {
    const dir = await sigmaExamples();
    const user = await runGrantform(['explain', '.', '--user', 'jon@example.com'], { cwd: dir });
    expect(user).toMatchObject({ exitCode: 1, stderr: 'Error: no user jon@example.com is declared in the project; did you mean john@example.com?\n' });
    const connection = await runGrantform(['explain', '.', '--on', 'snowflake-prd/A'], { cwd: dir });
    expect(connection.stderr).toBe('Error: no connection snowflake-prd is declared in the project; did you mean snowflake-prod?\n');
    const none = await runGrantform(['explain', '.'], { cwd: dir });
    expect(none.exitCode).toBe(3);
    expect(none.stderr).toContain('explain needs --user EMAIL, --on PATH, or both');
    expect(none.stderr).toContain('Usage: grantform explain');
    expect(none.stderr).not.toMatch(STACK_TRACE);
  });
});
