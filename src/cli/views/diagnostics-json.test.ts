// lint --format json is written in pieces; joined, they are exactly the
// document that the schema describes, pretty-printed as a whole.

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../model/diagnostic.js';
import { renderDiagnosticsJson, renderDiagnosticsJsonPieces } from './diagnostics-json.js';

const at = (line: number, column: number) => ({ line, column, offset: line * 100 + column });

function finding(index: number): Diagnostic {
  const span = { file: `teams/team-${index % 7}.yaml`, start: at(index + 1, 5), end: at(index + 3, 16) };
  const base = { rule: index % 3 === 0 ? 'redundant-grant' : 'team-grant-capped', severity: index % 5 === 0 ? ('error' as const) : ('warning' as const), span };
  // Messages with what JSON must escape: quotes, a backslash, a line break, a tab, non-ASCII.
  const message = `grant ${index} has "no" effect\\here\nnext\tline: Zoë → ${'x'.repeat(index % 40)}`;
  if (index % 4 === 0) return { ...base, message, messageId: 'redundant', fixable: true, fix: [], related: [{ message: 'the grant above', span: { file: 'a.yaml', start: at(1, 1), end: at(1, 9) } }] };
  if (index % 4 === 1) return { ...base, message };
  return { ...base, message, messageId: 'capped' };
}

describe('renderDiagnosticsJsonPieces', () => {
  it('joins to exactly renderDiagnosticsJson, for none, one, and thousands of findings', () => {
    for (const count of [0, 1, 2, 999, 1000, 1001, 2500]) {
      const diagnostics = Array.from({ length: count }, (_, index) => finding(index));
      const chunks = [...renderDiagnosticsJsonPieces(diagnostics)];
      expect(chunks.join(''), `${count} findings`).toBe(renderDiagnosticsJson(diagnostics));
      expect(JSON.parse(chunks.join('')).diagnostics).toHaveLength(count);
    }
  });
});
