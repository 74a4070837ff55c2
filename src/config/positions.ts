// Offsets to 1-based line/column positions. The yaml package's LineCounter
// does this while parsing; these helpers cover text that was never parsed
// (a file refused before parsing) and spans built from node ranges.

import type { LineCounter } from 'yaml';
import type { SourcePosition, SourceSpan } from '../model/source.js';

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): SourcePosition {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] as number) + 1, offset };
}

export function spanFromOffsets(file: string, counter: LineCounter, start: number, end: number): SourceSpan {
  return new OffsetSpan(file, counter, start, Math.max(start, end));
}

/**
 * A span kept as two offsets; line and column are worked out when first
 * asked for. The loader makes a span for every key and value it reads (four
 * per grant) and most are never shown: positions for all of them were a
 * tenth of the objects of a loaded project, and time spent for nothing.
 * JSON shows it as the plain `{ file, start, end }` it stands for.
 */
class OffsetSpan implements SourceSpan {
  readonly #counter: LineCounter;
  readonly #startOffset: number;
  readonly #endOffset: number;
  #start: SourcePosition | undefined;
  #end: SourcePosition | undefined;

  constructor(
    readonly file: string,
    counter: LineCounter,
    startOffset: number,
    endOffset: number,
  ) {
    this.#counter = counter;
    this.#startOffset = startOffset;
    this.#endOffset = endOffset;
  }

  get start(): SourcePosition {
    return (this.#start ??= positionFrom(this.#counter, this.#startOffset));
  }

  get end(): SourcePosition {
    return (this.#end ??= positionFrom(this.#counter, this.#endOffset));
  }

  toJSON(): { file: string; start: SourcePosition; end: SourcePosition } {
    return { file: this.file, start: this.start, end: this.end };
  }
}

function positionFrom(counter: LineCounter, offset: number): SourcePosition {
  const { line, col } = counter.linePos(offset);
  // LineCounter answers line 0 before its first newline is known.
  return { line: Math.max(1, line), column: Math.max(1, col), offset };
}
