// A file's text seen as lines, for edits that remove whole lines.

export class FileLines {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  /** Offset where line `index` (0-based) starts; the text's length past the last line. */
  start(index: number): number {
    return index < this.starts.length ? (this.starts[index] as number) : this.text.length;
  }

  /** Line `index` without its line break. */
  line(index: number): string {
    const end = index + 1 < this.starts.length ? (this.starts[index + 1] as number) - 1 : this.text.length;
    return this.text.slice(this.start(index), end).replace(/\r$/, '');
  }

  lineOf(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  isBlank(index: number): boolean {
    return index >= 0 && index < this.starts.length && this.line(index).trim() === '';
  }

  isComment(index: number): boolean {
    return index >= 0 && index < this.starts.length && this.line(index).trimStart().startsWith('#');
  }

  /** The offset of the nearest character before `offset` that is not white space. */
  previousNonSpace(offset: number): number | undefined {
    for (let i = offset - 1; i >= 0; i -= 1) if (!isSpace(this.text.charCodeAt(i))) return i;
    return undefined;
  }

  nextNonSpace(offset: number): number | undefined {
    for (let i = offset; i < this.text.length; i += 1) if (!isSpace(this.text.charCodeAt(i))) return i;
    return undefined;
  }
}

/** What `/\s/` matches, without a regular expression per character: ASCII white space, then the Unicode spaces. */
function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  return code >= 0x80 && /\s/.test(String.fromCharCode(code));
}
