// Which severity each rule runs at: its default, then grantform.yaml
// `lint.rules`, then `--rule ID=SEVERITY` on the command line.

import type { Severity } from '../model/diagnostic.js';
import type { Rule } from './rule.js';

export type RuleSeverity = Severity | 'off';

export const RULE_SEVERITIES: readonly RuleSeverity[] = ['off', 'info', 'warning', 'error'];

export function isRuleSeverity(value: string): value is RuleSeverity {
  return (RULE_SEVERITIES as readonly string[]).includes(value);
}

export function resolveSeverities(
  rules: readonly Rule[],
  ...overrides: readonly Readonly<Record<string, RuleSeverity>>[]
): Map<string, RuleSeverity> {
  const severities = new Map<string, RuleSeverity>(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity]));
  for (const layer of overrides) {
    for (const [id, severity] of Object.entries(layer)) if (severities.has(id)) severities.set(id, severity);
  }
  return severities;
}
