import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../config/load-project.js';
import { writeProject } from '../../test/support/temp-project.js';
import { grant, grants, ORG } from '../../test/support/sigma-org.js';
import { AccessIndex } from '../access/access-index.js';
import { compareDiagnostics } from '../model/diagnostic.js';
import { RandomOrg, render } from '../../test/support/random-org.js';
import { RULES } from './registry.js';
import type { Rule } from './rule.js';
import { lintProject, RuleContractError } from './runner.js';

async function project() {
  const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: local\n', 'org.yaml': ORG, 'access.yaml': grants(grant('team: Sales', 'snowflake-prod', 'use'), grant('team: Sales', 'snowflake-prod', 'use')) });
  const loaded = await loadProject(dir, { cwd: dir });
  if (!loaded.project) throw new Error('does not load');
  return loaded.project;
}

const base = { id: 'test-rule', description: 'a test rule', help: { why: 'a test', fix: 'none' }, defaultSeverity: 'warning', messages: { found: 'found {what}' } } as const;

describe('the lint runner', () => {
  it('refuses a fix from a rule whose meta does not say fixable', async () => {
    const loaded = await project();
    const sneaky: Rule = {
      meta: { ...base, fixable: false },
      check(context) {
        const target = context.project.grants[1];
        if (target) context.report({ messageId: 'found', data: { what: 'x' }, span: target.span, fix: { removeGrant: target } });
      },
    };
    expect(() => lintProject(loaded, { rules: [sneaky] })).toThrow(RuleContractError);
    const honest: Rule = { ...sneaky, meta: { ...base, fixable: true } };
    const result = lintProject(loaded, { rules: [honest] });
    expect(result.diagnostics[0]?.fixable).toBe(true);
    expect(result.diagnostics[0]?.fix).toBeDefined();
    expect(result.diagnostics[0]?.messageId).toBe('found');
  });

  it('says a finding is fixable exactly when it carries edits, and reading them twice gives the same edits', async () => {
    const linted = lintProject(await project());
    expect(linted.diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of linted.diagnostics) {
      expect(diagnostic.fixable === true, diagnostic.message).toBe((diagnostic.fix ?? []).length > 0);
      expect(diagnostic.fix, diagnostic.message).toBe(diagnostic.fix);
    }
    expect(linted.diagnostics.some((diagnostic) => diagnostic.fixable)).toBe(true);
  });

  it('refuses an unknown message id', async () => {
    const loaded = await project();
    const typo: Rule = { meta: { ...base, fixable: false }, check: (context) => context.report({ messageId: 'fuond', span: (context.project.grants[0] ?? { span: undefined as never }).span }) };
    expect(() => lintProject(loaded, { rules: [typo] })).toThrow(/unknown message id "fuond"/);
  });

  it('applies severities: default, then grantform.yaml, then the command line; off skips the rule', async () => {
    const loaded = await project();
    expect(lintProject(loaded).diagnostics.filter((d) => d.rule === 'duplicate-grant').map((d) => d.severity)).toEqual(['error']);
    expect(lintProject(loaded, { severities: [{ 'duplicate-grant': 'info' }] }).diagnostics.find((d) => d.rule === 'duplicate-grant')?.severity).toBe('info');
    expect(lintProject(loaded, { severities: [{ 'duplicate-grant': 'info' }, { 'duplicate-grant': 'off' }] }).diagnostics.some((d) => d.rule === 'duplicate-grant')).toBe(false);
  });

  it('with a scope, checks each subject on its own and says whose each finding is: every subject gives what a whole lint gives', async () => {
    const random = new RandomOrg(3);
    const files: Record<string, string> = { 'grantform.yaml': 'backend:\n  type: local\n' };
    for (const [file, model] of random.initial()) files[file] = render(model);
    const dir = await writeProject(files);
    const loaded = (await loadProject(dir, { cwd: dir })).project;
    if (!loaded) throw new Error('does not load');
    const access = new AccessIndex(loaded);
    const whole = lintProject(loaded, { access });
    const scoped = lintProject(loaded, { access, scope: { grants: access.grants, users: [...loaded.users.values()], teams: [...loaded.teams.values()], connections: true } });
    expect(whole.diagnostics.length).toBeGreaterThan(20);
    expect(scoped.diagnostics).toEqual(whole.diagnostics);
    expect(scoped.removals).toEqual(whole.removals);
    const bySubject = [...(scoped.bySubject?.values() ?? [])];
    expect(bySubject.flatMap((each) => each.diagnostics).sort(compareDiagnostics)).toEqual(whole.diagnostics);
    expect(new Set(bySubject.flatMap((each) => each.removals))).toEqual(new Set([...whole.removals.values()].flatMap((each) => [...each])));
    // A grant's findings are on that grant.
    for (const [subject, findings] of scoped.bySubject ?? []) {
      if (typeof subject !== 'object' || !('grant' in subject)) continue;
      const { span } = subject.grant;
      for (const each of findings.diagnostics) expect([each.span.file, span.start.offset <= each.span.start.offset && each.span.start.offset <= span.end.offset]).toEqual([span.file, true]);
    }
  });

  it('registers every rule once, each with a message for every id it documents, in sync with lint.rules of the project schema', () => {
    const ids = RULES.map((rule) => rule.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const schema = JSON.parse(readFileSync(new URL('../../schemas/grantform.schema.json', import.meta.url), 'utf8')) as {
      properties: { lint: { properties: { rules: { properties: Record<string, { description: string }> } } } };
    };
    const documented = schema.properties.lint.properties.rules.properties;
    expect(Object.keys(documented).sort()).toEqual([...ids].sort());
    for (const rule of RULES) {
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    }
  });
});
