// Where something was written. Every declaration and every diagnostic carries
// one, so that any finding can name `file:line:column` of the YAML behind it.

export interface SourcePosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based, counted in UTF-16 code units as editors and GitHub do. */
  readonly column: number;
  /** 0-based offset in the file's text. */
  readonly offset: number;
}

export interface SourceSpan {
  /** The file as the user would open it: relative to the working directory, with `/` separators. */
  readonly file: string;
  readonly start: SourcePosition;
  readonly end: SourcePosition;
}

export function formatLocation(span: SourceSpan): string {
  return `${span.file}:${span.start.line}:${span.start.column}`;
}

/** `sales.yaml:14`: the short form used inside messages. */
export function formatFileLine(span: SourceSpan): string {
  return `${span.file}:${span.start.line}`;
}
