// Names that try to escape where they are shown: Markdown links, images,
// autolinks, raw HTML, comments, closing tags, mentions, issue references,
// emphasis, table pipes, backtick runs of every length, line breaks, and
// the control and bidi characters that rewrite a terminal line.

export const MARKDOWN_HOSTILE = [
  'Sx [click](https://evil.example/p) ![t](https://evil.example/t.png) @octocat @acme/security-team #1',
  '[x](https://evil.example)',
  '![img](https://evil.example/i.png)',
  'see https://evil.example/path and www.evil.example and mailto:a@evil.example',
  'ping ops@evil.example',
  '<a href="https://evil.example">a</a>',
  '<img src=x onerror=alert(1)>',
  '<!-- hidden --> after',
  '</details></summary><b>out</b>',
  '**bold** _em_ ~~strike~~',
  'a | b | c',
  '`one` ``two`` ```three``` ````four````',
  '`',
  '``',
  ' leading and trailing ',
  'line one\nline two\n\n<img src=x>',
  'cr\rlf',
  '@octocat',
  '@acme/security-team',
  '#1 and GH-2 and acme/repo#3',
  '&amp; &lt;b&gt;',
  '\\[escaped\\](https://evil.example)',
  '<https://evil.example>',
];

export const TERMINAL_HOSTILE = [
  'esc\u001b[2K\u001b[1Ahidden',
  'bell\u0007nul\u0000',
  'rlo\u202eevil',
  'isolates\u2066\u2067\u2068\u2069',
  'marks\u200e\u200f\u061c',
  'c1\u0085\u009b31m',
  'del\u007f',
  'tab\tline\nbreak\rcarriage',
  '::error::injected',
  'x ##[error]legacy',
];

export const HOSTILE_NAMES = [...MARKDOWN_HOSTILE, ...TERMINAL_HOSTILE];

/** Any C0 (but LF), DEL, C1 or bidi character: none may reach a terminal raw. */
// eslint-disable-next-line no-control-regex
export const RAW_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
