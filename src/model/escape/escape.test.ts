import { describe, expect, it } from 'vitest';
import { markdownCode, markdownText, WORD_JOINER } from './markdown.js';
import { escapeTerminal } from './terminal.js';

describe('escapeTerminal', () => {
  it('shows control, DEL, C1 and bidi characters as \\u{…} and keeps everything else', () => {
    expect(escapeTerminal('a\u001b[31mb')).toBe('a\\u{1B}[31mb');
    expect(escapeTerminal('x\u0000\u0007\t\n\r\u007f\u0085\u009b')).toBe('x\\u{0}\\u{7}\\u{9}\\u{A}\\u{D}\\u{7F}\\u{85}\\u{9B}');
    expect(escapeTerminal('\u202a\u202e\u2066\u2069\u200e\u200f\u061c')).toBe('\\u{202A}\\u{202E}\\u{2066}\\u{2069}\\u{200E}\\u{200F}\\u{61C}');
    expect(escapeTerminal('Zoë @team #1 `x` | ✓')).toBe('Zoë @team #1 `x` | ✓');
  });

  it('cannot start a workflow command in a CI log', () => {
    expect(escapeTerminal('::error::x')).toBe('\\u{3A}:error::x');
    expect(escapeTerminal('  ::warning::x')).toBe('  \\u{3A}:warning::x');
    expect(escapeTerminal('a ##[error]x')).toBe('a \\u{23}#[error]x');
    expect(escapeTerminal('db::schema')).toBe('db::schema');
  });

  it('leaves a name untouched exactly when it has nothing to escape, on random names of the risky characters', () => {
    const alphabet = ['a', 'Z', ' ', '\u00a0', ':', '#', '[', '\u0007', '\u001b', '\u0085', '\u202e', '\u2028', 'ë'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 5000; round += 1) {
      const name = Array.from({ length: Math.floor(next() * 8) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const shown = escapeTerminal(name);
      // eslint-disable-next-line no-control-regex
      const risky = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|^\s*::|##\[/;
      expect(risky.test(shown), JSON.stringify(name)).toBe(false);
      if (!risky.test(name)) expect(shown).toBe(name);
      else expect(shown).not.toBe(name);
    }
  });
});

describe('markdownCode', () => {
  it('delimits with a backtick run longer than any inside, padded where the text starts or ends with one', () => {
    expect(markdownCode('Sales')).toBe('`Sales`');
    expect(markdownCode('a`b')).toBe('``a`b``');
    expect(markdownCode('a``b```c')).toBe('````a``b```c````');
    expect(markdownCode('`x')).toBe('`` `x ``');
    expect(markdownCode(' x ')).toBe('`  x  `');
    expect(markdownCode('')).toBe('` `');
  });

  it('keeps a name on one line', () => {
    expect(markdownCode('a\n\n<img src=x>')).toBe('`a\\u{A}\\u{A}<img src=x>`');
  });
});

describe('markdownText', () => {
  it('escapes HTML and Markdown punctuation, and breaks mentions, references and autolinks with a word joiner', () => {
    const j = WORD_JOINER;
    expect(markdownText('<b>[x](y)</b> *a* | @octocat #12 https://e.example www.e.example')).toBe(
      `&lt;b&gt;\\[x\\]\\(y\\)&lt;/b&gt; \\*a\\* \\| @${j}octocat \\#${j}12 https:${j}//e.example www${j}.e.example`,
    );
  });
});
