// Diagnostics for machines, as schemas/diagnostics.schema.json describes.

import type { Diagnostic } from '../../model/diagnostic.js';
import { summarize } from '../../model/diagnostic.js';
import type { DiagnosticsDocument } from '../../model/generated/diagnostics-document.js';

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
  return `${JSON.stringify(diagnosticsDocument(diagnostics), null, 2)}\n`;
}

/** Findings per piece of `renderDiagnosticsJsonChunks`. */
const ENTRIES_PER_CHUNK = 1000;

/**
 * The same text as `renderDiagnosticsJson`, in pieces of a thousand
 * findings, so that a run with a hundred thousand findings is never held as
 * one document of objects and one string of a hundred megabytes (lint of
 * the largest orgs). JSON strings hold no raw line break, so indenting a
 * finding's own pretty-printed lines places it exactly where the whole
 * document's pretty-printing would.
 */
export function* renderDiagnosticsJsonChunks(diagnostics: readonly Diagnostic[]): Generator<string> {
  if (diagnostics.length === 0) {
    yield renderDiagnosticsJson(diagnostics);
    return;
  }
  let pieces: string[] = ['{\n  "diagnostics": [\n'];
  for (let index = 0; index < diagnostics.length; index += 1) {
    const entry = JSON.stringify(entryOf(diagnostics[index] as Diagnostic), null, 2).replaceAll('\n', '\n    ');
    pieces.push('    ', entry, index < diagnostics.length - 1 ? ',\n' : '\n');
    if ((index + 1) % ENTRIES_PER_CHUNK === 0) {
      yield pieces.join('');
      pieces = [];
    }
  }
  pieces.push('  ],\n  "summary": ', JSON.stringify(summarize(diagnostics), null, 2).replaceAll('\n', '\n  '), '\n}\n');
  yield pieces.join('');
}
