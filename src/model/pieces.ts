// Output written as it is made: small texts (a user's lines, a row) gathered
// into pieces of about a megabyte, so that the largest outputs are never one
// string and the smallest are not a write each.

/** Text gathered before a piece is handed out (every writer of large outputs uses this size). */
export const PIECE_CHARACTERS = 1 << 20;

export function* gatherPieces(texts: Iterable<string>): Generator<string> {
  let pieces: string[] = [];
  let size = 0;
  for (const text of texts) {
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
