// Characters a name may not hold (#17): C0 and C1 controls, DEL, and the
// Unicode bidirectional controls. In a terminal they erase or recolour
// lines; in a review they reorder text (U+202E shows `exe.txt` for
// `txt.exe`). The schemas refuse them with a `pattern` (so editors flag
// them too); this module names the character for the loader's message, and
// escapes source text that a message quotes, so no output carries one raw.

/** The same set as the schemas' pattern (schemas/resources.schema.json `$defs/name`). */
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const UNSAFE_ALL = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

const C0_NAMES = [
  'NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'TAB', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI',
  'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US',
];
const C1_NAMES = [
  'PAD', 'HOP', 'BPH', 'NBH', 'IND', 'NEL', 'SSA', 'ESA', 'HTS', 'HTJ', 'VTS', 'PLD', 'PLU', 'RI', 'SS2', 'SS3',
  'DCS', 'PU1', 'PU2', 'STS', 'CCH', 'MW', 'SPA', 'EPA', 'SOS', 'SGCI', 'SCI', 'CSI', 'ST', 'OSC', 'PM', 'APC',
];
const BIDI_NAMES: Readonly<Record<number, string>> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

export function hasUnsafeCharacter(text: string): boolean {
  return UNSAFE.test(text);
}

/** "the control character U+001B (ESC)" for the first unsafe character of `text`, if any. */
export function describeUnsafeCharacter(text: string): string | undefined {
  const found = UNSAFE.exec(text)?.[0];
  if (found === undefined) return undefined;
  const code = found.codePointAt(0) as number;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code <= 0x1f) return `the control character ${hex} (${C0_NAMES[code]})`;
  if (code === 0x7f) return `the control character ${hex} (DEL)`;
  if (code <= 0x9f) return `the control character ${hex} (${C1_NAMES[code - 0x80]})`;
  return `the bidirectional control character ${hex} (${BIDI_NAMES[code] ?? 'unnamed'})`;
}

/** `text` with every unsafe character written `\u{1B}`, for quoting source text in a message. */
export function escapeUnsafe(text: string): string {
  return text.replace(UNSAFE_ALL, (character) => `\\u{${(character.codePointAt(0) as number).toString(16).toUpperCase()}}`);
}
