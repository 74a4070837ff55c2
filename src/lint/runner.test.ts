import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProject } from '../config/load-project.js';
import { writeProject } from '../../test/support/temp-project.js';
import { grant, grants, ORG } from '../../test/support/sigma-org.js';
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
