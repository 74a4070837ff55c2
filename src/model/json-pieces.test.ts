// The pieces of a large JSON output join to exactly JSON.stringify(document, null, 2).

import { describe, expect, it } from 'vitest';
import { jsonPieces, jsonPiecesOf, jsonText } from './json-pieces.js';

/** Values of every JSON kind, with what JSON.stringify leaves out or turns to null, and a toJSON. */
function randomValue(next: () => number, depth: number): unknown {
  const kind = Math.floor(next() * (depth > 3 ? 6 : 9));
  switch (kind) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return Math.floor(next() * 1e6) / 100 - 500;
    case 3:
      return `text "${Math.floor(next() * 100)}"\n\t\\ é → ${'x'.repeat(Math.floor(next() * 5))}`;
    case 4:
      return undefined;
    case 5: {
      const n = Math.floor(next() * 10);
      return { toJSON: () => ({ from: 'toJSON', n }) };
    }
    case 6:
    case 7:
      return Array.from({ length: Math.floor(next() * 4) }, () => randomValue(next, depth + 1));
    default:
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 4) }, (_, index) => [`k${index}${next() < 0.2 ? ' "q"' : ''}`, randomValue(next, depth + 1)]));
  }
}

describe('jsonPieces', () => {
  it('joins to exactly JSON.stringify(document, null, 2) and a line break, streamed or not, on random documents', () => {
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 500; round += 1) {
      const document = { head: randomValue(next, 1), items: Array.from({ length: Math.floor(next() * 6) }, () => randomValue(next, 1)), nested: { list: [randomValue(next, 2), randomValue(next, 2)], other: randomValue(next, 2) }, gone: undefined };
      const expected = jsonText(document);
      expect([...jsonPieces(document, [['items'], ['nested', 'list']])].join(''), `round ${round}`).toBe(expected);
      expect([...jsonPieces(document, [])].join(''), `round ${round}`).toBe(expected);
      expect([...jsonPieces(document, [['missing', 0, 'path']])].join(''), `round ${round}`).toBe(expected);
    }
  });

  it('writes a large array in several pieces of about a megabyte each', () => {
    const document = { runs: [{ tool: 'x', results: Array.from({ length: 20_000 }, (_, index) => ({ index, message: 'm'.repeat(100 + (index % 50)) })) }], summary: { count: 20_000 } };
    const pieces = [...jsonPieces(document, [['runs', 0, 'results']])];
    const whole = jsonText(document);
    expect(pieces.join('')).toBe(whole);
    expect(whole.length).toBeGreaterThan(3_000_000);
    expect(pieces.length).toBeGreaterThan(2);
    // At most a megabyte and one batch of a thousand items beyond it.
    for (const piece of pieces) expect(piece.length).toBeLessThan(2_000_000);
  });
});

describe('jsonPiecesOf', () => {
  it('writes a document with its last array taken from an iterable, as jsonText writes the whole document', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 300; round += 1) {
      const rest = round % 5 === 0 ? {} : { formatVersion: 1, head: randomValue(next, 1) };
      const items = Array.from({ length: round % 7 === 0 ? 0 : Math.floor(next() * 30) }, () => randomValue(next, 1));
      function* lazily() {
        yield* items;
      }
      expect([...jsonPiecesOf(rest, 'users', lazily())].join(''), `round ${round}`).toBe(jsonText({ ...rest, users: items }));
    }
  });

  it('hands the items out as they come, never holding the whole array', () => {
    let made = 0;
    function* many() {
      for (let index = 0; index < 5_500; index += 1) {
        made += 1;
        yield { index, name: `user${index}@example.com`, padding: 'x'.repeat(1000) };
      }
    }
    const pieces = jsonPiecesOf({ formatVersion: 1 }, 'users', many());
    const first = pieces.next();
    expect(first.done).toBe(false);
    // The first piece is written once about a megabyte of items has come, not after all of them.
    expect(made).toBeGreaterThan(500);
    expect(made).toBeLessThan(1500);
    const rest = [...pieces];
    expect([first.value as string, ...rest].join('')).toBe(jsonText({ formatVersion: 1, users: Array.from({ length: 5_500 }, (_, index) => ({ index, name: `user${index}@example.com`, padding: 'x'.repeat(1000) })) }));
  });
});
