import { readFileSync } from 'node:fs';
import { chmod, lstat, readFile, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { validatorFor } from '../../src/config/schemas.js';
import { escapeData, escapeProperty } from '../../src/cli/views/github-commands.js';
import { RULES } from '../../src/lint/registry.js';
import { grant, grants, ORG } from '../support/sigma-org.js';
import { runGrantform, STACK_TRACE, writeProject } from '../support/temp-project.js';

const CONFIG = 'backend:\n  type: local\n';

function everyRuleProject(): Record<string, string> {
  // A separate people file declares zed, so that org.yaml stays the shared one.
  return {
    'grantform.yaml': CONFIG,
    'org.yaml': `${ORG}  - name: Nobody\n    members: []\n`,
    'people.yaml': 'users:\n  - email: zed@example.com\n    accountType: Creator\n',
    // shared-write-destination: a second connection writing where snowflake-prod writes.
    'shared.yaml': 'connections:\n  - name: snowflake-copy\n    type: snowflake\n    writeAccess:\n      destination: { database: SIGMA_WRITE, schema: WRITEBACK }\n',
    'access.yaml': grants(
      grant('team: Sales', 'snowflake-prod', 'use-and-annotate'), // 2: team-grant-capped (eve gets use)
      grant('user: radhika@example.com', 'snowflake-prod', 'use'), // 5: shadowed-by-team
      grant('team: Sales', 'snowflake-prod/SALES', 'use'), // 8: redundant-grant
      grant('team: Finance', 'orders-postgres', 'use'), // 11
      grant('team: Finance', 'orders-postgres', 'use'), // 14: duplicate-grant
      grant('user: eve@example.com', 'orders-postgres', 'use-and-annotate'), // 17: account-type-too-low
      grant('team: Finance', 'orders-postgres', 'write-only'), // 20: write-only-without-write-access (and a duplicate)
      grant('team: Finance', 'snowflake-prod/SIGMA_WRITE/WRITEBACK', 'use'), // 23: grant-in-write-destination
    ),
  };
}

describe('grantform lint', () => {
  it('reports findings as file:line:column, with a summary that counts what --fix removes, and exits 1 on an error', async () => {
    const dir = await writeProject(everyRuleProject());
    const run = await runGrantform(['lint', '.'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(
      'access.yaml:5:5: warning: use on snowflake-prod for user radhika@example.com has no effect: team Sales already gives use-and-annotate on snowflake-prod (access.yaml:2); remove this grant (shadowed-by-team) [fixable]\n',
    );
    const rules = new Set([...run.stdout.matchAll(/\(([a-z-]+)\)( \[fixable\])?$/gm)].map((match) => match[1]));
    expect([...rules].sort()).toEqual(RULES.map((rule) => rule.meta.id).sort());
    expect(run.stdout.trimEnd().split('\n').pop()).toMatch(/^\d+ errors, \d+ warnings, \d+ infos?; 4 fixable with --fix$/);
  });

  it('exits 0 when only warnings remain, and takes severities from grantform.yaml and --rule', async () => {
    const files = { 'grantform.yaml': CONFIG, 'org.yaml': ORG, 'access.yaml': grants(grant('team: Finance', 'snowflake-prod', 'use'), grant('team: Finance', 'snowflake-prod/A', 'use')) };
    const dir = await writeProject(files);
    expect((await runGrantform(['lint', dir])).exitCode).toBe(0);
    expect((await runGrantform(['lint', dir, '--rule', 'redundant-grant=error'])).exitCode).toBe(1);
    const configured = await writeProject({ ...files, 'grantform.yaml': `${CONFIG}lint:\n  rules:\n    redundant-grant: error\n` });
    expect((await runGrantform(['lint', configured])).exitCode).toBe(1);
    const off = await runGrantform(['lint', configured, '--rule', 'redundant-grant=off', '--rule', 'unused-user=off']);
    expect(off.exitCode).toBe(0);
    expect(off.stdout).toBe('✓ no findings in 2 grants\n');
  });

  it('answers a bad --rule with a usage error and a suggestion', async () => {
    const unknown = await runGrantform(['lint', 'examples/quickstart', '--rule', 'redundent-grant=error']);
    expect(unknown.exitCode).toBe(3);
    expect(unknown.stderr).toContain('error: there is no lint rule "redundent-grant"; did you mean "redundant-grant"?');
    expect(unknown.stderr).toContain('Usage: grantform lint');
    const severity = await runGrantform(['lint', 'examples/quickstart', '--rule', 'redundant-grant=fatal']);
    expect(severity.exitCode).toBe(3);
    expect(severity.stderr).toContain('"fatal" is not a severity for --rule redundant-grant: use off, info, warning, error');
    const shape = await runGrantform(['lint', 'examples/quickstart', '--rule', 'redundant-grant']);
    expect(shape.stderr).toContain('--rule takes ID=SEVERITY');
    expect(shape.stderr).not.toMatch(STACK_TRACE);
  });

  it('--fix removes what the fixable rules find, keeps every other byte, and changes nothing the second time', async () => {
    const dir = await writeProject(everyRuleProject());
    const before = await readFile(path.join(dir, 'access.yaml'), 'utf8');
    const first = await runGrantform(['lint', '.', '--fix'], { cwd: dir });
    expect(first.stdout).toContain('fixed: removed 4 grants without effect from 1 file\n');
    const after = await readFile(path.join(dir, 'access.yaml'), 'utf8');
    const removedLines = new Set([5, 8, 14, 20].flatMap((line) => [line, line + 1, line + 2]));
    expect(after).toBe(before.split('\n').filter((_line, index) => !removedLines.has(index + 1)).join('\n'));
    expect(first.stdout).not.toContain('[fixable]');
    expect(first.exitCode).toBe(1); // account-type-too-low and the others that have no fix remain
    const second = await runGrantform(['lint', '.', '--fix'], { cwd: dir });
    expect(second.stdout).toContain('nothing to fix\n');
    expect(await readFile(path.join(dir, 'access.yaml'), 'utf8')).toBe(after);
  });

  it('--fix keeps a file\'s permissions, and a symbolic link stays a link to the fixed file', async () => {
    const dir = await writeProject({
      ...everyRuleProject(),
      // Kept outside the project's *.yaml, reached through a link that is.
      'shared/more.txt': grants(grant('team: Sales', 'snowflake-prod/SALES/ORDERS', 'use')),
    });
    await chmod(path.join(dir, 'access.yaml'), 0o640);
    await symlink(path.join('shared', 'more.txt'), path.join(dir, 'more.yaml'));

    const run = await runGrantform(['lint', '.', '--fix'], { cwd: dir });
    expect(run.stdout).toContain('from 2 files');
    expect((await stat(path.join(dir, 'access.yaml'))).mode & 0o777).toBe(0o640);
    expect((await lstat(path.join(dir, 'more.yaml'))).isSymbolicLink()).toBe(true);
    expect(await readFile(path.join(dir, 'shared/more.txt'), 'utf8')).not.toContain('ORDERS');
  });

  it('writes JSON that follows schemas/diagnostics.schema.json', async () => {
    const dir = await writeProject(everyRuleProject());
    const run = await runGrantform(['lint', dir, '--format', 'json']);
    const document = JSON.parse(run.stdout) as { diagnostics: { rule: string; messageId?: string; fixable?: boolean }[] };
    const validate = validatorFor('diagnostics');
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    expect(document.diagnostics.every((diagnostic) => typeof diagnostic.messageId === 'string')).toBe(true);
    expect(document.diagnostics.filter((diagnostic) => diagnostic.fixable).length).toBe(4);
  });

  it('writes SARIF 2.1.0 that the SARIF JSON Schema accepts, a finding of every rule with its region', async () => {
    const dir = await writeProject(everyRuleProject());
    const run = await runGrantform(['lint', '.', '--format', 'sarif'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const log = JSON.parse(run.stdout) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[] }[];
    };
    const schema = JSON.parse(readFileSync(new URL('../fixtures/sarif/sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    // The vendored schema is draft-04: its `id` is draft-07's `$id`, and nothing else differs for Ajv.
    const { $schema: _draft, id, ...rest } = schema;
    // unicodeRegExp off: one of the schema's patterns (`language`) is not valid with the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;
    (addFormats as unknown as (target: Ajv) => void)(ajv);
    const validate = ajv.compile({ ...rest, $id: id as string });
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const [sarifRun] = log.runs;
    expect(sarifRun?.tool.driver.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.meta.id));
    expect(new Set(sarifRun?.results.map((result) => result.ruleId))).toEqual(new Set(RULES.map((rule) => rule.meta.id)));
    const shadowed = sarifRun?.results.find((result) => result.ruleId === 'shadowed-by-team');
    expect(sarifRun?.tool.driver.rules[shadowed?.ruleIndex ?? -1]?.id).toBe('shadowed-by-team');
    expect(shadowed?.locations[0]?.physicalLocation).toEqual({ artifactLocation: { uri: 'access.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 5, endLine: 7, endColumn: 16 } });
  });

  it('writes workflow commands with GitHub escaping', async () => {
    const dir = await writeProject(everyRuleProject());
    const run = await runGrantform(['lint', '.', '--format', 'github'], { cwd: dir });
    expect(run.stdout).toContain('::warning file=access.yaml,line=5,endLine=7,col=5,title=grantform%3A shadowed-by-team::use on snowflake-prod for user radhika@example.com has no effect');
    expect(run.stdout).toContain('::notice file=org.yaml,');
    // A line break is a control character like any other: shown as \u{…}, so that a message stays one line.
    expect(escapeData('50% done\r\nnext: a,b')).toBe('50%25 done\\u{D}\\u{A}next: a,b');
    expect(escapeProperty('dir:a,b/50%.yaml')).toBe('dir%3Aa%2Cb/50%25.yaml');
  });

  it('prints validation errors instead when the project does not load', async () => {
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'access.yaml': grants(grant('team: Nope', 'x', 'use')) });
    const run = await runGrantform(['lint', dir, '--format', 'json']);
    expect(run.exitCode).toBe(1);
    expect((JSON.parse(run.stdout) as { diagnostics: { rule: string }[] }).diagnostics[0]?.rule).toBe('reference');
  });
});

