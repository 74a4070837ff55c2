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
  // Built key by key in the schema's order, not with spreads of optional keys: lint of the largest orgs writes
  // tens of thousands of these, and objects built the same way share one shape.
  const entry: Record<string, unknown> = { rule: diagnostic.rule, severity: diagnostic.severity, message: diagnostic.message };
  if (diagnostic.messageId !== undefined) entry.messageId = diagnostic.messageId;
  const { span } = diagnostic;
  entry.file = span.file;
  entry.line = span.start.line;
  entry.column = span.start.column;
  entry.endLine = span.end.line;
  entry.endColumn = span.end.column;
  if (diagnostic.fixable) entry.fixable = true;
  if (diagnostic.related !== undefined) {
    entry.related = diagnostic.related.map((related) => ({ message: related.message, file: related.span.file, line: related.span.start.line, column: related.span.start.column }));
  }
  return entry as unknown as Entry;
}

export function renderDiagnosticsJson(diagnostics: readonly Diagnostic[]): string {
  return jsonText(diagnosticsDocument(diagnostics));
}

/** The same text as `renderDiagnosticsJson`, in pieces (lint of the largest orgs writes a hundred megabytes). */
export function renderDiagnosticsJsonPieces(diagnostics: readonly Diagnostic[]): Iterable<string> {
  return jsonPieces(diagnosticsDocument(diagnostics), [['diagnostics']]);
}
