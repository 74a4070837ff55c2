// Diagnostics as SARIF 2.1.0, the format GitHub code scanning uploads
// (github/codeql-action/upload-sarif): the rules in tool.driver.rules, one
// result per finding with its region. Validation checks that are not lint
// rules get a rule entry too, so that every result's ruleIndex resolves.

import type { Diagnostic, Severity } from '../../model/diagnostic.js';
import type { SourceSpan } from '../../model/source.js';

export interface SarifRuleInfo {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export function sarifLog(diagnostics: readonly Diagnostic[], rules: readonly SarifRuleInfo[], version: string): object {
  const known = new Map(rules.map((rule) => [rule.id, rule]));
  const ruleList: SarifRuleInfo[] = [...rules];
  for (const diagnostic of diagnostics) {
    if (known.has(diagnostic.rule)) continue;
    const info: SarifRuleInfo = { id: diagnostic.rule, description: `grantform validation: ${diagnostic.rule}`, defaultSeverity: 'error' };
    known.set(info.id, info);
    ruleList.push(info);
  }
  const indexOf = new Map(ruleList.map((rule, index) => [rule.id, index]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'grantform',
            version,
            informationUri: 'https://github.com/grantform/grantform',
            rules: ruleList.map((rule) => ({
              id: rule.id,
              name: pascalCase(rule.id),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { tags: ['access-control'] },
            })),
          },
        },
        results: diagnostics.map((diagnostic) => ({
          ruleId: diagnostic.rule,
          ruleIndex: indexOf.get(diagnostic.rule) as number,
          level: LEVEL[diagnostic.severity],
          message: { text: diagnostic.message },
          locations: [location(diagnostic.span)],
          ...(diagnostic.related && {
            relatedLocations: diagnostic.related.map((related, id) => ({ id, ...location(related.span), message: { text: related.message } })),
          }),
        })),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
}

export function renderSarif(diagnostics: readonly Diagnostic[], rules: readonly SarifRuleInfo[], version: string): string {
  return `${JSON.stringify(sarifLog(diagnostics, rules, version), null, 2)}\n`;
}

function location(span: SourceSpan): { physicalLocation: object } {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(span.file) },
      region: {
        startLine: span.start.line,
        startColumn: span.start.column,
        endLine: Math.max(span.end.line, span.start.line),
        endColumn: span.end.line > span.start.line || span.end.column > span.start.column ? span.end.column : span.start.column + 1,
      },
    },
  };
}

function pascalCase(id: string): string {
  return id.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}
