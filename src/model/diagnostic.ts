// Diagnostics are values (STYLE.md): the loader, the validator and every lint
// rule return them, and the same value feeds the terminal, JSON, SARIF,
// workflow commands and check annotations, so a finding reads the same
// everywhere. User mistakes are never thrown.

import type { SourceSpan } from './source.js';

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A replacement of `[start, end)` in one file's text; an empty `text` removes. */
export interface TextEdit {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface RelatedLocation {
  readonly message: string;
  readonly span: SourceSpan;
}

export interface Diagnostic {
  /** A lint rule id, or the validation check that failed (`yaml-syntax`, `schema`, `reference`…). */
  readonly rule: string;
  readonly severity: Severity;
  /** One sentence that says what is wrong and, where it can, what to do. */
  readonly message: string;
  /** Stable key of the message template, for tests that must not depend on wording. */
  readonly messageId?: string;
  readonly span: SourceSpan;
  /** Other places that explain the finding (the first declaration of a duplicate, the grant that wins). */
  readonly related?: readonly RelatedLocation[];
  /**
   * Edits that remove the problem; only from rules whose metadata says they
   * are fixable. The linter computes them on first read (only `--fix` and
   * the editor's quick fixes read them): ask `fixable` to know whether there are any.
   */
  readonly fix?: readonly TextEdit[];
  /** Set exactly when `fix` is. */
  readonly fixable?: true;
  /**
   * Set when the problem is the machine's, not the files' (a project folder
   * that is missing, a file that cannot be read): the CLI exits 3, "could
   * not run", rather than 1 (docs/cli.md).
   */
  readonly couldNotRun?: true;
}

export interface DiagnosticSummary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(diagnostics: readonly Diagnostic[]): DiagnosticSummary {
  const summary: DiagnosticSummary = { errors: 0, warnings: 0, infos: 0 };
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error') summary.errors += 1;
    else if (diagnostic.severity === 'warning') summary.warnings += 1;
    else summary.infos += 1;
  }
  return summary;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

/** Whether a run that found these could not even look at the files (exit 3). */
export function couldNotRun(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.couldNotRun === true);
}

/** Files in name order, then by position: the order every output uses. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.span.file !== b.span.file) return a.span.file < b.span.file ? -1 : 1;
  return a.span.start.offset - b.span.start.offset || a.rule.localeCompare(b.rule);
}
