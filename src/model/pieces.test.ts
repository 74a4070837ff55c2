import { describe, expect, it } from 'vitest';
import { gatherPieces, PIECE_CHARACTERS } from './pieces.js';

describe('gatherPieces', () => {
  it('joins small texts into pieces of about PIECE_CHARACTERS, in order, losing nothing', () => {
    const texts = Array.from({ length: 5000 }, (_, index) => `line ${index}: ${'x'.repeat(index % 700)}\n`);
    const pieces = [...gatherPieces(texts)];
    expect(pieces.join('')).toBe(texts.join(''));
    for (const piece of pieces.slice(0, -1)) {
      expect(piece.length).toBeGreaterThanOrEqual(PIECE_CHARACTERS);
      expect(piece.length).toBeLessThan(PIECE_CHARACTERS + 1000);
    }
    expect(pieces.length).toBe(Math.ceil(texts.join('').length / PIECE_CHARACTERS));
  });

  it('hands out a text of half a piece or more as it is, after what was gathered before it', () => {
    const big = 'b'.repeat(PIECE_CHARACTERS / 2);
    const pieces = [...gatherPieces(['a', 'c', big, ',\n', 'd', big, 'e'])];
    expect(pieces).toEqual(['ac', big, ',\nd', big, 'e']);
  });

  it('hands out nothing for nothing', () => {
    expect([...gatherPieces([])]).toEqual([]);
    expect([...gatherPieces([''])]).toEqual(['']);
  });
});
