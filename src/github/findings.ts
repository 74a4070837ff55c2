// Findings as GitHub sees them: the diagnostics document's entries, with
// every path made relative to the repository's root. Counting and the
// check run's conclusion follow from the severities alone.

import type { Diagnostic as DiagnosticEntry, DiagnosticsDocument } from '../model/generated/diagnostics-document.js';
import { toRepositoryPath } from './repository-paths.js';

export interface Finding {
  readonly rule: string;
  readonly severity: DiagnosticEntry['severity'];
  readonly message: string;
  /** Relative to the repository's root; undefined when the file lies outside it (no annotation possible). */
  readonly path: string | undefined;
  /** The path as grantform printed it, for text where `path` is undefined. */
  readonly shownPath: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly fixable: boolean;
  readonly related: readonly { readonly message: string; readonly path: string; readonly line: number; readonly column: number }[];
}

export interface FindingCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export type CheckConclusion = 'failure' | 'neutral' | 'success';

export function locateFindings(document: DiagnosticsDocument, cwd: string, root: string): Finding[] {
  return document.diagnostics.map((entry) => ({
    rule: entry.rule,
    severity: entry.severity,
    message: entry.message,
    path: toRepositoryPath(entry.file, cwd, root),
    shownPath: entry.file,
    line: Math.max(1, entry.line),
    column: Math.max(1, entry.column),
    endLine: Math.max(entry.line, entry.endLine),
    endColumn: Math.max(1, entry.endColumn),
    fixable: entry.fixable === true,
    related: (entry.related ?? []).map((related) => ({
      message: related.message,
      path: toRepositoryPath(related.file, cwd, root) ?? related.file,
      line: related.line,
      column: related.column,
    })),
  }));
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors += 1;
    else if (finding.severity === 'warning') warnings += 1;
    else infos += 1;
  }
  return { errors, warnings, infos };
}

/** `failure` on errors, `neutral` on warnings only, `success` otherwise (infos included). */
export function conclusionOf(counts: FindingCounts): CheckConclusion {
  if (counts.errors > 0) return 'failure';
  if (counts.warnings > 0) return 'neutral';
  return 'success';
}

/** `2 errors, 1 warning, 0 infos`: the same words in the check, the comment and the summary. */
export function describeCounts(counts: FindingCounts): string {
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'info')}`;
}

export function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}
