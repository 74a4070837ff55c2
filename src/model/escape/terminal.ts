// Names on a terminal or in a CI log. Names come from files and from the
// live state (Sigma returns whatever was typed into it), and a raw control
// or bidi character in one can erase, recolour or reorder the line that
// shows it: a deletion could be hidden. Each such character is shown as
// `\u{…}` instead. Used by every text renderer, the workflow commands, the
// check run annotations and, before code spans, the Markdown.

/**
 * C0 (including TAB, CR and LF), DEL, C1, the Arabic letter mark, the
 * left-to-right and right-to-left marks, the bidi embeddings, overrides and
 * isolates, and the line and paragraph separators.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The GitHub runner reads a log line as a workflow command when it starts
 * with `::` (after leading spaces) or holds `##[` anywhere (the legacy form,
 * still parsed: actions/runner, ActionCommand.cs). A name printed at the
 * start of a line of a CI log must not become one.
 */
const COMMAND_START = /^(\s*):(?=:)/;
const LEGACY_COMMAND = /#(?=#\[)/g;

// eslint-disable-next-line no-control-regex
const ANYTHING_TO_ESCAPE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|^\s*::|##\[/;

export function showCodePoint(char: string): string {
  return `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;
}

/** `text` with every unsafe character shown as `\u{…}`, on one line, and unable to start a workflow command. */
export function escapeTerminal(text: string): string {
  // Almost every name is safe as it is: one test, and the three rewrites only when it finds something.
  if (!ANYTHING_TO_ESCAPE.test(text)) return text;
  return text.replace(UNSAFE, showCodePoint).replace(COMMAND_START, (_match, spaces: string) => `${spaces}${showCodePoint(':')}`).replace(LEGACY_COMMAND, showCodePoint);
}

/** True when `text` holds a character that escapeTerminal would show escaped (for tests and checks). */
export function hasUnsafeCharacter(text: string): boolean {
  UNSAFE.lastIndex = 0;
  const found = UNSAFE.test(text);
  UNSAFE.lastIndex = 0;
  return found;
}
