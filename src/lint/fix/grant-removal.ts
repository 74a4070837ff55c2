// Removing grants by editing the YAML text, never by re-serialising it: every
// byte outside the removed items stays as it was. The loader has already
// parsed the file, and every item of its `grants` list is a grant with the
// span of its mapping, so the edits are computed from the text and those
// spans alone (no second parse on the lint path). Rules (docs/lint.md):
// - a block item goes with its lines, the comments inside it and a comment on
//   its last line; the comment lines just above it go too when every item
//   under that comment is removed (a comment heads the items below it, up to
//   a blank line or the next comment);
// - blank lines around a removed run are tidied so that no double blank line
//   or leading blank line is left;
// - a flow item goes with the comma that separates it;
// - removing every item leaves `grants: []` (the key and its comments stay;
//   the comments inside the list go with its items).
// Anything else (a comment between a dash and its item…) is not fixable: no
// edit rather than a wrong one.
//
// A file's list is read once into a `GrantListLayout` (each item's lines, its
// group, where the list starts), in time linear in the file; the edits for
// any set of removals then cost what those removals touch, not the whole list
// again, so that lint can ask per finding and `--fix` per file.

import type { TextEdit } from '../../model/diagnostic.js';
import type { GrantDecl } from '../../model/project.js';
import { FileLines } from './file-lines.js';

/** Edits to `path` that remove `removed` from `grants`, the file's grants in order; undefined when the layout is not one grantform edits. */
export function grantRemovalEdits(path: string, lines: FileLines, grants: readonly GrantDecl[], removed: ReadonlySet<GrantDecl>): TextEdit[] | undefined {
  return new GrantListLayout(path, lines, grants).edits(removed);
}

interface BlockItem {
  readonly dashLine: number;
  readonly lastLine: number;
  /** Index of the group (items not separated by a blank or comment line) the item belongs to. */
  readonly group: number;
}

interface Group {
  readonly first: number;
  readonly size: number;
}

interface BlockList {
  readonly kind: 'block';
  readonly keyLine: number;
  readonly items: readonly BlockItem[];
  readonly groups: readonly Group[];
}

interface FlowList {
  readonly kind: 'flow';
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const KEY_LINE = /^[ \t]*(?:grants|"grants"|'grants')[ \t]*:[ \t]*(?:#.*)?$/;

/** One file's `grants` list as the edits see it, read once. */
export class GrantListLayout {
  private readonly indexOf = new Map<GrantDecl, number>();
  /** Undefined when the layout is not one grantform edits. */
  private readonly list: BlockList | FlowList | undefined;

  constructor(
    private readonly path: string,
    private readonly lines: FileLines,
    grants: readonly GrantDecl[],
  ) {
    grants.forEach((grant, index) => this.indexOf.set(grant, index));
    const first = grants[0];
    if (!first) return;
    const before = lines.previousNonSpace(first.span.start.offset);
    this.list = before !== undefined && lines.text[before] === '[' ? readFlow(lines, grants) : readBlock(lines, grants);
  }

  /** Whether removing `grant` alone has an edit (it is in the list, and the list is one grantform edits). */
  canRemove(grant: GrantDecl): boolean {
    if (!this.list || !this.indexOf.has(grant)) return false;
    // Only emptying a flow list can still fail (no closing bracket where one is expected): ask it.
    if (this.list.kind === 'flow' && this.list.starts.length === 1) return (this.edits(new Set([grant]))?.length ?? 0) > 0;
    return true;
  }

  /** The edits that remove `removed` (grants of other files are ignored); undefined when the layout is not one grantform edits. */
  edits(removed: ReadonlySet<GrantDecl>): TextEdit[] | undefined {
    const indices: number[] = [];
    for (const grant of removed) {
      const index = this.indexOf.get(grant);
      if (index !== undefined) indices.push(index);
    }
    if (indices.length === 0) return [];
    if (!this.list) return undefined;
    indices.sort((a, b) => a - b);
    return this.list.kind === 'flow' ? this.flowEdits(this.list, indices) : this.blockEdits(this.list, indices);
  }

  private blockEdits(list: BlockList, removed: readonly number[]): TextEdit[] {
    const { lines, path } = this;
    const { items, keyLine } = list;
    const lastItem = items[items.length - 1] as BlockItem;
    if (removed.length === items.length) {
      const colon = lines.start(keyLine) + lines.line(keyLine).indexOf(':') + 1;
      return [
        { file: path, start: colon, end: colon, text: ' []' },
        { file: path, start: lines.start(keyLine + 1), end: lines.start(lastItem.lastLine + 1), text: '' },
      ];
    }

    // Removed items come in order, so their lines (a group's heading before its items) come in order too.
    const gone: number[] = [];
    for (let k = 0; k < removed.length; ) {
      const group = list.groups[(items[removed[k] as number] as BlockItem).group] as Group;
      let end = k;
      while (end < removed.length && (items[removed[end] as number] as BlockItem).group === (items[removed[k] as number] as BlockItem).group) end += 1;
      // A group's heading comment goes only with all of its items.
      if (end - k === group.size) gone.push(...headingOf(lines, items, group.first, keyLine).reverse());
      for (; k < end; k += 1) {
        const item = items[removed[k] as number] as BlockItem;
        for (let line = item.dashLine; line <= item.lastLine; line += 1) gone.push(line);
      }
    }

    const regionStart = keyLine + 1;
    const regionEnd = lastItem.lastLine;
    const edits: TextEdit[] = [];
    for (const [from, to] of runsOf(gone)) {
      let a = from;
      let b = to;
      if (a - 1 >= regionStart && lines.isBlank(a - 1) && (b + 1 > regionEnd || lines.isBlank(b + 1))) {
        while (a - 1 >= regionStart && lines.isBlank(a - 1)) a -= 1;
      } else if (a === regionStart && b + 1 <= regionEnd && lines.isBlank(b + 1)) {
        while (b + 1 <= regionEnd && lines.isBlank(b + 1)) b += 1;
      }
      edits.push({ file: path, start: lines.start(a), end: lines.start(b + 1), text: '' });
    }
    return mergeTouching(edits);
  }

  private flowEdits(list: FlowList, removed: readonly number[]): TextEdit[] | undefined {
    const { lines, path } = this;
    const { text } = lines;
    const { starts, ends } = list;
    if (removed.length === starts.length) {
      const open = lines.previousNonSpace(starts[0] as number);
      let close = lines.nextNonSpace(ends[ends.length - 1] as number);
      if (close !== undefined && text[close] === ',') close = lines.nextNonSpace(close + 1);
      if (open === undefined || close === undefined || text[close] !== ']') return undefined;
      return [{ file: path, start: open, end: close + 1, text: '[]' }];
    }
    const edits: TextEdit[] = [];
    for (let k = 0; k < removed.length; ) {
      const i = removed[k] as number;
      let j = i;
      k += 1;
      while (k < removed.length && removed[k] === j + 1) {
        j += 1;
        k += 1;
      }
      // Up to the next kept item (taking this run's trailing comma), or back to the previous kept item (taking its comma).
      if (j + 1 < starts.length) edits.push({ file: path, start: starts[i] as number, end: starts[j + 1] as number, text: '' });
      else edits.push({ file: path, start: ends[i - 1] as number, end: ends[j] as number, text: '' });
    }
    return edits;
  }
}

function readBlock(lines: FileLines, grants: readonly GrantDecl[]): BlockList | undefined {
  const items: BlockItem[] = [];
  const groups: { first: number; size: number }[] = [];
  for (const grant of grants) {
    const dash = lines.previousNonSpace(grant.span.start.offset);
    if (dash === undefined || lines.text[dash] !== '-') return undefined;
    const end = Math.max(grant.span.start.offset, grant.span.end.offset - 1);
    const dashLine = lines.lineOf(dash);
    const previous = items[items.length - 1];
    if (!previous || dashLine > previous.lastLine + 1) groups.push({ first: items.length, size: 0 });
    const group = groups[groups.length - 1] as { first: number; size: number };
    group.size += 1;
    items.push({ dashLine, lastLine: lines.lineOf(end), group: groups.length - 1 });
  }
  let keyLine = (items[0] as BlockItem).dashLine - 1;
  while (keyLine >= 0 && (lines.isBlank(keyLine) || lines.isComment(keyLine))) keyLine -= 1;
  if (keyLine < 0 || !KEY_LINE.test(lines.line(keyLine))) return undefined;
  return { kind: 'block', keyLine, items, groups };
}

function readFlow(lines: FileLines, grants: readonly GrantDecl[]): FlowList | undefined {
  const starts = grants.map((grant) => grant.span.start.offset);
  const ends = grants.map((grant) => grant.span.end.offset);
  for (let i = 1; i < starts.length; i += 1) {
    const comma = lines.previousNonSpace(starts[i] as number);
    if (comma === undefined || lines.text[comma] !== ',') return undefined;
  }
  return { kind: 'flow', starts, ends };
}

/** The comment lines directly above the item that starts a group, up to a blank line or anything else (nearest first). */
function headingOf(lines: FileLines, items: readonly BlockItem[], index: number, keyLine: number): number[] {
  const floor = index === 0 ? keyLine : (items[index - 1] as BlockItem).lastLine;
  const heading: number[] = [];
  for (let line = (items[index] as BlockItem).dashLine - 1; line > floor && lines.isComment(line); line -= 1) heading.push(line);
  return heading;
}

/** Runs of consecutive lines, from lines in ascending order. */
function runsOf(sortedLines: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const line of sortedLines) {
    const last = runs[runs.length - 1];
    if (last && last[1] >= line - 1) last[1] = Math.max(last[1], line);
    else runs.push([line, line]);
  }
  return runs;
}

function mergeTouching(edits: TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && last.text === '' && edit.text === '' && edit.start <= last.end) merged[merged.length - 1] = { ...last, end: Math.max(last.end, edit.end) };
    else merged.push(edit);
  }
  return merged;
}
