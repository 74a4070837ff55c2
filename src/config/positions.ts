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
  return { file, start: positionFrom(counter, start), end: positionFrom(counter, Math.max(start, end)) };
}

function positionFrom(counter: LineCounter, offset: number): SourcePosition {
  const { line, col } = counter.linePos(offset);
  // LineCounter answers line 0 before its first newline is known.
  return { line: Math.max(1, line), column: Math.max(1, col), offset };
}
