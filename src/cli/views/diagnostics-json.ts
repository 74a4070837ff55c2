// Diagnostics for machines, as schemas/diagnostics.schema.json describes.

import type { Diagnostic } from '../../model/diagnostic.js';
import { summarize } from '../../model/diagnostic.js';
import type { DiagnosticsDocument } from '../../model/generated/diagnostics-document.js';
import { jsonPieces, jsonText } from '../../model/json-pieces.js';

export function diagnosticsDocument(diagnostics: readonly Diagnostic[]): DiagnosticsDocument {
  return { diagnostics: diagnostics.map(entryOf), summary: summarize(diagnostics) };
}

type Entry = DiagnosticsDocument['diagnostics'][number];

function entryOf(diagnostic: Diagnostic): Entry {
  return {
    rule: diagnostic.rule,
    severity: diagnostic.severity,
    message: diagnostic.message,
    ...(diagnostic.messageId !== undefined && { messageId: diagnostic.messageId }),
    file: diagnostic.span.file,
    line: diagnostic.span.start.line,
    column: diagnostic.span.start.column,
    endLine: diagnostic.span.end.line,
    endColumn: diagnostic.span.end.column,
    ...(diagnostic.fixable && { fixable: true }),
    ...(diagnostic.related !== undefined && {
      related: diagnostic.related.map((related) => ({
        message: related.message,
        file: related.span.file,
        line: related.span.start.line,
        column: related.span.start.column,
      })),
    }),
  };
}

export function renderDiagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  return jsonText(diagnosticsDocument(diagnostics));
}

/** The same text as `renderDiagnosticsJson`, in pieces (lint of the largest orgs writes a hundred megabytes). */
export function renderDiagnosticsJsonPieces(diagnostics: readonly Diagnostic[]): Iterable<string> {
  return jsonPieces(diagnosticsDocument(diagnostics), [['diagnostics']]);
}
