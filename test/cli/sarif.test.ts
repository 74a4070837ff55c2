// SARIF that GitHub code scanning accepts: Microsoft's own validator
// (`sarif-multitool validate --rule-kind "Sarif;Gh"`, the .NET tool inside
// the @microsoft/sarif-multitool package) on lint output of the examples and
// of a project with many findings; fingerprints that survive unrelated lines
// moving; URIs from the repository root wherever grantform runs.

import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { CODE_SCANNING_MAX_RESULTS, FINGERPRINT_KEY, sarifLog } from '../../src/cli/views/sarif.js';
import { loadProject } from '../../src/config/load-project.js';
import { lintProject } from '../../src/lint/runner.js';
import { RULES } from '../../src/lint/registry.js';
import { EXAMPLES } from '../support/example-project.js';
import { manyFindingsProject } from '../support/many-findings.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

const run = promisify(execFile);

/** The validator binary for this platform (the package's bin.js runs it through a shell, which splits "Sarif;Gh"). */
function multitool(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json')), 'Sarif.Multitool');
}

async function lintSarif(argv: readonly string[], options: { cwd: string; env?: Record<string, string> }): Promise<Log> {
  const result = await runGrantform(['lint', ...argv, '--format', 'sarif'], options);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Log;
}

let validations = 0;

/** The multitool's own findings about `log`: a SARIF log of its results. */
async function validate(log: Log, dir: string): Promise<Result[]> {
  const tool = multitool() as string;
  // The validator will not overwrite its output: a fresh name each time.
  validations += 1;
  const input = path.join(dir, `lint-${validations}.sarif`);
  const output = path.join(dir, `validation-${validations}.sarif`);
  await writeFile(input, JSON.stringify(log, null, 2));
  await run(tool, ['validate', '--rule-kind', 'Sarif;Gh', input, '-o', output], { timeout: 120_000 });
  const report = JSON.parse(await readFile(output, 'utf8')) as Log;
  expect(report.runs[0]?.tool.driver.name).toMatch(/sarif/i);
  return report.runs.flatMap((each) => each.results ?? []);
}

describe.runIf(multitool() !== undefined)('sarif-multitool validate --rule-kind "Sarif;Gh"', () => {
  it('reports no error on the examples and on a project with many findings of every severity', async () => {
    const scratch = await writeProject({});
    const many = await writeProject(manyFindingsProject({ users: 60, duplicates: 15, emptyTeams: 5 }));
    const logs = [
      await lintSarif([path.join(EXAMPLES, 'quickstart')], { cwd: scratch }),
      await lintSarif([path.join(EXAMPLES, 'multi-file')], { cwd: scratch }),
      await lintSarif([], { cwd: many }),
    ];
    expect(logs[2]?.runs[0]?.results?.length).toBeGreaterThan(75);
    for (const log of logs) {
      const findings = await validate(log, scratch);
      const errors = findings.filter((finding) => finding.level === 'error' || finding.level === undefined);
      expect(errors.map((finding) => `${finding.ruleId}: ${finding.message.text ?? ''}`)).toEqual([]);
    }
  });

  it('accepts a log cut to code scanning\'s limit of results, with the notification that says how many were left out', async () => {
    const scratch = await writeProject({});
    const dir = await writeProject(manyFindingsProject({ users: 60, duplicates: 15, emptyTeams: 5 }));
    const loaded = await loadProject(dir, { cwd: dir });
    const diagnostics = lintProject(loaded.project as NonNullable<typeof loaded.project>).diagnostics;
    const log = sarifLog(diagnostics, RULES.map(({ meta }) => meta), { version: '0.0.0', cwd: dir, sourceRoot: dir, textOf: () => undefined, maxResults: 20 });
    expect(log.runs[0]?.results).toHaveLength(20);
    const findings = await validate(log, scratch);
    expect(findings.filter((finding) => finding.level === 'error' || finding.level === undefined).map((finding) => `${finding.ruleId}: ${finding.message.text ?? ''}`)).toEqual([]);
  });

  it('is a validator that can fail: a rule without help is GH2012', async () => {
    const scratch = await writeProject({});
    const log = await lintSarif([path.join(EXAMPLES, 'quickstart')], { cwd: scratch });
    delete log.runs[0]?.tool.driver.rules?.[0]?.help;
    const findings = await validate(log, scratch);
    expect(findings.map((finding) => finding.ruleId)).toContain('GH2012');
  });
});

describe('SARIF for code scanning', () => {
  it('keeps at most code scanning\'s limit of results: the most severe, in their order, with their own fingerprints, and says how many are left out', async () => {
    const dir = await writeProject(manyFindingsProject({ users: 30, duplicates: 8, emptyTeams: 4 }));
    const loaded = await loadProject(dir, { cwd: dir });
    const diagnostics = lintProject(loaded.project as NonNullable<typeof loaded.project>).diagnostics;
    const context = { version: '0.0.0', cwd: dir, sourceRoot: dir, textOf: () => undefined };
    const rules = RULES.map(({ meta }) => meta);
    const whole = sarifLog(diagnostics, rules, context);
    expect(whole.runs[0]?.invocations).toBeUndefined();
    expect(whole.runs[0]?.results).toHaveLength(diagnostics.length);
    expect(CODE_SCANNING_MAX_RESULTS).toBe(25_000);

    const errors = diagnostics.filter((each) => each.severity === 'error').length;
    expect(errors).toBeGreaterThan(0);
    const limit = errors + 3;
    expect(diagnostics.length).toBeGreaterThan(limit);
    const cut = sarifLog(diagnostics, rules, { ...context, maxResults: limit });
    const results = cut.runs[0]?.results ?? [];
    expect(results).toHaveLength(limit);
    expect(results.filter((result) => result.level === 'error')).toHaveLength(errors);
    expect(results.filter((result) => result.level === 'warning')).toHaveLength(3);
    // The kept results are the whole log's, in the whole log's order, fingerprints included.
    const wholeResults = whole.runs[0]?.results ?? [];
    const positions = results.map((result) => wholeResults.findIndex((each) => JSON.stringify(each) === JSON.stringify(result)));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(cut.runs[0]?.invocations?.[0]?.toolExecutionNotifications?.[0]?.message.text).toBe(
      `${diagnostics.length - limit} of ${diagnostics.length} findings are left out: code scanning accepts at most ${limit} results in a run, so the most severe are kept. \`grantform lint\` lists them all.`,
    );
  });

  it('gives every rule help text and Markdown, and a helpUri to its heading in docs/lint.md', async () => {
    const log = await lintSarif([], { cwd: await writeProject(manyFindingsProject({ users: 2, duplicates: 1, emptyTeams: 1 })) });
    const docs = await readFile(new URL('../../docs/lint.md', import.meta.url), 'utf8');
    const anchors = new Set([...docs.matchAll(/^#{2,4} `?([^`\n]+?)`?\s*$/gm)].map((match) => (match[1] ?? '').toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-')));
    const rules = log.runs[0]?.tool.driver.rules ?? [];
    expect(rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.meta.id));
    for (const rule of rules) {
      expect(rule.help?.text, rule.id).toMatch(/Why: .+How to fix: /s);
      expect(rule.help?.markdown, rule.id).toContain('**How to fix.**');
      expect(rule.helpUri, rule.id).toMatch(new RegExp(`/docs/lint\\.md#${rule.id}$`));
      expect(anchors, rule.id).toContain(rule.id);
    }
    expect(anchors).toContain('validation-checks');
  });

  it('keeps every fingerprint when unrelated lines move, and tells identical findings apart', async () => {
    const files = manyFindingsProject({ users: 5, duplicates: 3, emptyTeams: 2 });
    const dir = await writeProject(files);
    const before = await lintSarif([], { cwd: dir });
    const text = files['access/many.yaml'] as string;
    // New lines above everything: a comment and an unrelated user.
    await writeFile(path.join(dir, 'access/many.yaml'), `# moved down\n\n${text.replace('users:\n', 'users:\n  - email: newcomer@example.com\n    accountType: Creator\n')}`);
    const after = await lintSarif([], { cwd: dir });
    const key = (result: Result) => `${result.ruleId} ${result.partialFingerprints?.[FINGERPRINT_KEY] ?? ''}`;
    const beforeResults = before.runs[0]?.results ?? [];
    const afterResults = (after.runs[0]?.results ?? []).filter((result) => !result.message.text?.includes('newcomer'));
    expect(afterResults.map(key).sort()).toEqual(beforeResults.map(key).sort());
    const lines = (log: Log) => (log.runs[0]?.results ?? []).map((result) => result.locations?.[0]?.physicalLocation?.region?.startLine);
    expect(lines(after)).not.toEqual(lines(before));
    expect(new Set(beforeResults.map(key)).size).toBe(beforeResults.length);
    // The same grant written in flow style is the same grant: the same fingerprint.
    const flow = text.replace('  - user: user0@example.com\n    object: snowflake-prod/ANALYTICS\n    access: use\n', '  - { user: user0@example.com, object: snowflake-prod/ANALYTICS, access: use }\n');
    expect(flow).not.toBe(text);
    await writeFile(path.join(dir, 'access/many.yaml'), flow);
    expect(((await lintSarif([], { cwd: dir })).runs[0]?.results ?? []).map(key).sort()).toEqual(beforeResults.map(key).sort());
    // A finding that changes what it is about gets a new fingerprint.
    await writeFile(path.join(dir, 'access/many.yaml'), text.replace('name: Empty0', 'name: Empty9'));
    const renamed = await lintSarif([], { cwd: dir });
    const emptyPrints = (log: Log) => (log.runs[0]?.results ?? []).filter((result) => result.ruleId === 'empty-team').map(key);
    expect(emptyPrints(renamed)).not.toEqual(emptyPrints(before));
  });

  it('names files from the repository root (%SRCROOT%), wherever grantform runs from', async () => {
    const files = manyFindingsProject({ users: 1, duplicates: 1, emptyTeams: 0 });
    const repo = await writeProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'access/grantform.yaml': files['grantform.yaml'] as string,
      'access/many.yaml': files['access/many.yaml'] as string,
      'access/sub/notes.txt': '',
    });
    const uris = (log: Log) => new Set((log.runs[0]?.results ?? []).map((result) => JSON.stringify(result.locations?.[0]?.physicalLocation?.artifactLocation)));
    for (const [cwd, dir] of [[path.join(repo, 'access', 'sub'), '..'], [repo, 'access'], [path.join(repo, 'access'), '.'], [path.join(repo, 'access', 'sub'), undefined]] as const) {
      const log = await lintSarif(dir === undefined ? [] : [dir], { cwd });
      expect(uris(log), `${cwd} ${dir}`).toEqual(new Set([JSON.stringify({ uri: 'access/many.yaml', uriBaseId: '%SRCROOT%' })]));
      expect(log.runs[0]?.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: `${pathToFileURL(repo).href}/` } });
    }
  });

  it('takes GITHUB_WORKSPACE as the root when there is no .git, and the project folder without either', async () => {
    const files = manyFindingsProject({ users: 1, duplicates: 1, emptyTeams: 0 });
    const workspace = await writeProject({ 'org/grantform.yaml': files['grantform.yaml'] as string, 'org/access/many.yaml': files['access/many.yaml'] as string });
    const uri = (log: Log) => log.runs[0]?.results?.[0]?.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
    expect(uri(await lintSarif(['org'], { cwd: workspace, env: { GITHUB_WORKSPACE: workspace } }))).toBe('org/access/many.yaml');
    expect(uri(await lintSarif(['org'], { cwd: workspace }))).toBe('access/many.yaml');
  });
});
