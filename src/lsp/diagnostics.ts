// Every finding of `validate` and `lint` as an LSP diagnostic, with the rule
// id as `code` and related locations (server.ts publishes them by file, an
// empty list clearing a file that had some).

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
