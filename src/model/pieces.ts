// Output written as it is made: small texts (a user's lines, a row) gathered
// into pieces of about a megabyte, so that the largest outputs are never one
// string and the smallest are not a write each.

/** Text gathered before a piece is handed out (every writer of large outputs uses this size). */
export const PIECE_CHARACTERS = 1 << 20;

/**
 * Small texts joined into pieces of about `PIECE_CHARACTERS`. A text of half
 * a piece or more is handed out as it is, after what was gathered before it:
 * joining it would only copy it once more (the batches of a streamed JSON
 * array are that large, and copying them was a third of writing lint's
 * findings as JSON for the largest orgs).
 */
export function* gatherPieces(texts: Iterable<string>): Generator<string> {
  let pieces: string[] = [];
  let size = 0;
  for (const text of texts) {
    if (text.length >= PIECE_CHARACTERS / 2) {
      if (pieces.length > 0) yield pieces.join('');
      pieces = [];
      size = 0;
      yield text;
      continue;
    }
    pieces.push(text);
    size += text.length;
    if (size >= PIECE_CHARACTERS) {
      yield pieces.join('');
      pieces = [];
      size = 0;
    }
  }
  if (pieces.length > 0) yield pieces.join('');
}
