// Names in GitHub Markdown (the plan's Markdown, the sticky PR comment, the
// job summary, the drift issue, the check run's text). A name becomes a code
// span: nothing inside one is a link, an image, HTML, emphasis, a mention or
// an issue reference (GitHub's reference filters skip `<code>`). Free text
// that holds names (messages, manual steps, reasons) is escaped for
// CommonMark/GFM instead, and the mentions, issue references and autolinks
// that GitHub would make from it are broken with a word joiner (U+2060):
// invisible, and GitHub's patterns no longer match. Both first go through
// escapeTerminal, so no name carries a line break or a bidi override here.

import { escapeTerminal } from './terminal.js';

/** U+2060 WORD JOINER: breaks `@name`, `#1`, `https://` and `www.` for GitHub's linkers, and shows nothing. */
export const WORD_JOINER = '\u2060';

/**
 * A code span that shows `text` exactly: delimited by a backtick run longer
 * than any run inside (CommonMark 6.1), padded with a space when the text
 * starts or ends with a backtick or a space (one space each side is
 * stripped by the renderer, unless the span is only spaces).
 */
export function markdownCode(text: string): string {
  const shown = escapeTerminal(text);
  if (shown === '') return '` `';
  const longest = Math.max(0, ...(shown.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // A span of spaces only is shown as it is (nothing is stripped from it).
  const pad = /[^ ]/.test(shown) && /^[` ]|[` ]$/.test(shown) ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/**
 * Text made inert in Markdown, also inside a table cell or a blockquote: no
 * HTML, no link, image, emphasis or table cell boundary, and nothing that
 * GitHub links or notifies (`@user`, `@org/team`, `#1`, `GH-1`, URLs).
 */
export function markdownText(text: string): string {
  return escapeTerminal(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()|~!#]/g, '\\$&')
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/#(?=\d)/g, `#${WORD_JOINER}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1${WORD_JOINER}-`)
    .replace(/:(?=\/\/)/g, `:${WORD_JOINER}`)
    .replace(/\b(www)\./gi, `$1${WORD_JOINER}.`)
    .replace(/\b(mailto|xmpp):/gi, `$1${WORD_JOINER}:`);
}
