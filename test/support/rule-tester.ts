// ESLint's RuleTester, for grantform's rules: table-driven cases, each a real
// project in a temporary folder (a shared `org.yaml` plus the case's
// `access.yaml`), linted with every rule at its default severity so that the
// precedence between rules is the real one; only the tested rule's findings
// are compared. An invalid case must report; a duplicated case is refused;
// a fixable rule's fix output is compared byte for byte, then re-linted to
// prove that nothing fixable is left.

import { expect, it } from 'vitest';
import { loadProject } from '../../src/config/load-project.js';
import { fixProject } from '../../src/lint/fix/fix-project.js';
import type { Rule } from '../../src/lint/rule.js';
import { lintProject, type LintResult } from '../../src/lint/runner.js';
import type { GrantDecl, Project } from '../../src/model/project.js';
import { writeProject } from './temp-project.js';

export interface RuleCase {
  readonly name: string;
  /** The text of access.yaml. */
  readonly yaml: string;
  /** Replaces the shared org.yaml. */
  readonly org?: string;
  /** Severity overrides, as grantform.yaml `lint.rules` would give them. */
  readonly severities?: Readonly<Record<string, 'off' | 'info' | 'warning' | 'error'>>;
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  /** The whole message, or a part of it. */
  readonly message?: string | RegExp;
}

export interface InvalidRuleCase extends RuleCase {
  readonly errors: readonly ExpectedFinding[];
  /** access.yaml after `--fix`; null (or absent) when the finding has no fix. */
  readonly output?: string | null;
}

export function ruleTester(rule: Rule, org: string, cases: { valid: readonly RuleCase[]; invalid: readonly InvalidRuleCase[] }): void {
  const seen = new Set<string>();
  for (const each of [...cases.valid, ...cases.invalid]) {
    const key = `${each.org ?? org}\0${each.yaml}\0${JSON.stringify(each.severities ?? {})}`;
    if (seen.has(key)) throw new Error(`duplicate test case for ${rule.meta.id}: "${each.name}"`);
    seen.add(key);
  }

  for (const each of cases.valid) {
    it(`valid: ${each.name}`, async () => {
      const { result } = await lintCase(each, org);
      expect(findingsOf(result, rule)).toEqual([]);
    });
  }

  for (const each of cases.invalid) {
    it(`invalid: ${each.name}`, async () => {
      if (each.errors.length === 0) throw new Error(`invalid case "${each.name}" expects no finding: make it a valid case`);
      const { dir, project, result } = await lintCase(each, org);
      const findings = findingsOf(result, rule);
      expect(findings.map(({ messageId, line, column }) => ({ messageId, line, column }))).toEqual(
        each.errors.map(({ messageId, line, column }) => ({ messageId, line, column })),
      );
      each.errors.forEach((expected, index) => {
        if (expected.message === undefined) return;
        const message = findings[index]?.message ?? '';
        if (typeof expected.message === 'string') expect(message).toContain(expected.message);
        else expect(message).toMatch(expected.message);
      });
      for (const finding of findings) expect(finding.fixable, `${rule.meta.id} offered a fix without meta.fixable`).toBe(finding.fixable && rule.meta.fixable);

      const removals = removalsOf(result, rule);
      const fixed = fixProject(project, removals).find((file) => file.file.displayPath.endsWith('access.yaml'));
      if (each.output === undefined || each.output === null) {
        expect(fixed, 'the finding was not expected to have a fix').toBeUndefined();
        return;
      }
      expect(fixed?.text).toBe(each.output);
      // Re-linted, the fixed project has nothing fixable left for this rule.
      const again = await lintCase({ ...each, yaml: each.output }, org, dir);
      expect(findingsOf(again.result, rule).filter((finding) => finding.fixable)).toEqual([]);
    });
  }
}

interface Finding {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly fixable: boolean;
}

function findingsOf(result: LintResult, rule: Rule): Finding[] {
  return result.diagnostics
    .filter((diagnostic) => diagnostic.rule === rule.meta.id)
    .map((diagnostic) => ({
      messageId: diagnostic.messageId ?? '',
      line: diagnostic.span.start.line,
      column: diagnostic.span.start.column,
      message: diagnostic.message,
      fixable: diagnostic.fix !== undefined,
    }));
}

function removalsOf(result: LintResult, rule: Rule): Map<string, Set<GrantDecl>> {
  const removals = new Map<string, Set<GrantDecl>>();
  for (const [file, grants] of result.removals) {
    const mine = new Set([...grants].filter((grant) => result.removedBy.get(grant) === rule.meta.id));
    if (mine.size > 0) removals.set(file, mine);
  }
  return removals;
}

async function lintCase(each: RuleCase, org: string, reuse?: string): Promise<{ dir: string; project: Project; result: LintResult }> {
  const files = { 'grantform.yaml': 'backend:\n  type: local\n', 'org.yaml': each.org ?? org, 'access.yaml': each.yaml };
  const dir = reuse ? await writeProject(files) : await writeProject(files);
  const { project, diagnostics } = await loadProject(dir, { cwd: dir });
  if (!project) throw new Error(`case "${each.name}" does not load: ${diagnostics.map((d) => `${d.span.file}:${d.span.start.line}: ${d.message}`).join('; ')}`);
  return { dir, project, result: lintProject(project, { severities: [each.severities ?? {}] }) };
}
