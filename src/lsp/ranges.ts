// grantform's positions to LSP's: both count UTF-16 code units (see
// src/model/source.ts), grantform from 1, LSP from 0. Edits carry offsets
// into the text the loader read, converted with that same text.

import type { Position, Range } from 'vscode-languageserver';
import { lineStarts, positionAt } from '../config/positions.js';
import type { SourcePosition, SourceSpan } from '../model/source.js';

export function toPosition(position: SourcePosition): Position {
  return { line: Math.max(0, position.line - 1), character: Math.max(0, position.column - 1) };
}

export function toRange(span: SourceSpan): Range {
  return { start: toPosition(span.start), end: toPosition(span.end) };
}

/** Offsets in one text to LSP positions, with the line starts computed once. */
export class TextPositions {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = lineStarts(text);
  }

  position(offset: number): Position {
    return toPosition(positionAt(this.starts, offset));
  }

  offset(position: Position): number {
    const start = this.starts[Math.min(position.line, this.starts.length - 1)] ?? 0;
    return Math.min(this.text.length, start + position.character);
  }
}

export function contains(span: SourceSpan, offset: number): boolean {
  return span.start.offset <= offset && offset <= span.end.offset;
}
