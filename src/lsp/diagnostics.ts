// Publishing: every finding of `validate` and `lint` as an LSP diagnostic on
// its file, with the rule id as `code` and related locations; a file that
// had findings and has none any more gets an empty list, which clears it.

import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import { pathToUri, type WorkspaceProject } from './project.js';
import { toRange } from './ranges.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspDiagnostic(diagnostic: Diagnostic, project: WorkspaceProject): LspDiagnostic {
  const converted: LspDiagnostic = {
    range: toRange(diagnostic.span),
    severity: SEVERITY[diagnostic.severity],
    code: diagnostic.rule,
    source: 'grantform',
    message: diagnostic.message,
  };
  if (diagnostic.related && diagnostic.related.length > 0) {
    converted.relatedInformation = diagnostic.related.map((related) => ({
      message: related.message,
      location: { uri: pathToUri(project.absolute(related.span.file)), range: toRange(related.span) },
    }));
  }
  return converted;
}

/** Diagnostics by file URI; files published before and clean now are given `[]`. */
export function diagnosticsByUri(diagnostics: readonly Diagnostic[], project: WorkspaceProject, previously: ReadonlySet<string>): Map<string, LspDiagnostic[]> {
  const byUri = new Map<string, LspDiagnostic[]>();
  for (const uri of previously) byUri.set(uri, []);
  for (const diagnostic of diagnostics) {
    const uri = pathToUri(project.absolute(diagnostic.span.file));
    let list = byUri.get(uri);
    if (!list) byUri.set(uri, (list = []));
    list.push(toLspDiagnostic(diagnostic, project));
  }
  return byUri;
}
