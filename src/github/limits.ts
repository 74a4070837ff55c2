// GitHub's size limits, and cutting text to fit them with a note that says
// so. A cut never splits a line when it can avoid it, never splits a UTF-16
// surrogate pair, and closes a code fence or a <details> block that the cut
// left open, so that what follows still renders.

/** Check runs: annotations per create/update request (the rest go in further updates). */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Check runs: `output.summary` and `output.text`, in characters. */
export const CHECK_OUTPUT_TEXT_MAX = 65_535;
/** Check runs: an annotation's `title`, in characters. */
export const ANNOTATION_TITLE_MAX = 255;
/** Check runs: an annotation's `message` and `raw_details`: 64 KB. Counted in UTF-8 bytes to be safe. */
export const ANNOTATION_MESSAGE_BYTES_MAX = 64 * 1024;
/** Issue and pull request comments: the body, in characters. */
export const COMMENT_BODY_MAX = 65_535;
/** `GITHUB_STEP_SUMMARY`: what one step may write, in bytes (the runner refuses the whole summary above it). */
export const STEP_SUMMARY_BYTES_MAX = 1024 * 1024;

export type Measure = 'chars' | 'utf8';

export function measure(text: string, unit: Measure): number {
  return unit === 'chars' ? text.length : Buffer.byteLength(text, 'utf8');
}

/** Cuts `text` to at most `max` characters, ending with `…`, without splitting a surrogate pair. */
export function cutLine(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${safePrefix(text, Math.max(0, max - 1))}…`;
}

/** Cuts `text` to at most `maxBytes` UTF-8 bytes, ending with `…`. */
export function cutBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  return `${prefixWithinBytes(text, Math.max(0, maxBytes - 3))}…`;
}

export interface FitOptions {
  readonly max: number;
  readonly unit?: Measure;
  /** Markdown appended after a cut, on its own line: what was cut and where the rest is. */
  readonly note: (omittedLines: number) => string;
}

export interface Fitted {
  readonly text: string;
  readonly truncated: boolean;
}

/**
 * Fits markdown into `max` (characters or UTF-8 bytes): whole lines first,
 * then the note. Unbalanced code fences and <details> blocks in the kept
 * part are closed before the note.
 */
export function fitMarkdown(markdown: string, options: FitOptions): Fitted {
  const unit = options.unit ?? 'chars';
  if (measure(markdown, unit) <= options.max) return { text: markdown, truncated: false };
  const lines = markdown.split('\n');
  // The note's own length depends on the count it reports; a generous guess
  // of the closing text is reserved first, then lines are kept while they fit.
  const reserve = measure(`\n${options.note(lines.length)}\n`, unit) + measure(closingFor(lines), unit) + 16;
  const budget = options.max - reserve;
  let used = 0;
  let kept = 0;
  for (const line of lines) {
    const cost = measure(line, unit) + 1;
    if (used + cost > budget) break;
    used += cost;
    kept += 1;
  }
  const head = lines.slice(0, kept);
  if (kept === 0 && budget > 0) {
    // One giant line: keep what fits of it rather than nothing.
    const first = lines[0] ?? '';
    head.push(unit === 'chars' ? cutLine(first, budget) : cutBytes(first, budget));
  }
  const closing = closingFor(head);
  const text = `${head.join('\n')}\n${closing}\n${options.note(lines.length - kept)}\n`;
  if (measure(text, unit) <= options.max) return { text, truncated: true };
  // Only a note longer than the limit itself gets here.
  const hard = unit === 'chars' ? cutLine(text, options.max) : cutBytes(text, options.max);
  return { text: hard, truncated: true };
}

/** What closes the code fences and <details> blocks that `lines` leave open. */
function closingFor(lines: readonly string[]): string {
  let fence: string | undefined;
  let openDetails = 0;
  for (const line of lines) {
    const trimmed = line.trimStart();
    const marker = /^(`{3,}|~{3,})/.exec(trimmed)?.[1];
    if (marker !== undefined) {
      if (fence === undefined) fence = marker;
      else if (marker.startsWith(fence) && trimmed.slice(marker.length).trim() === '') fence = undefined;
      continue;
    }
    if (fence !== undefined) continue;
    openDetails += (line.match(/<details[\s>]/g) ?? []).length;
    openDetails -= (line.match(/<\/details>/g) ?? []).length;
  }
  const parts: string[] = [];
  if (fence !== undefined) parts.push(fence);
  for (let index = 0; index < Math.max(0, openDetails); index += 1) parts.push('</details>');
  return parts.length === 0 ? '' : `${parts.join('\n\n')}\n`;
}

function safePrefix(text: string, length: number): string {
  let end = Math.min(length, text.length);
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

function prefixWithinBytes(text: string, maxBytes: number): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length <= maxBytes) return text;
  let end = maxBytes;
  // Step back to the start of a UTF-8 sequence (continuation bytes are 10xxxxxx).
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
  return bytes.subarray(0, end).toString('utf8');
}
