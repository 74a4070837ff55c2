// The quadratic removal of grants as it was before GrantListLayout (commit
// 5409777), kept verbatim as the oracle of grant-removal-linear.test.ts: the
// linear layout must give the same edits, byte for byte, on every file.

import type { TextEdit } from '../../src/model/diagnostic.js';
import type { GrantDecl } from '../../src/model/project.js';
import { FileLines } from '../../src/lint/fix/file-lines.js';

/** Edits to `path` that remove `removed` from `grants`, the file's grants in order; undefined when the layout is not one grantform edits. */
export function referenceGrantRemovalEdits(path: string, lines: FileLines, grants: readonly GrantDecl[], removed: ReadonlySet<GrantDecl>): TextEdit[] | undefined {
  const first = grants[0];
  if (!first || !grants.some((grant) => removed.has(grant))) return [];
  const before = lines.previousNonSpace(first.span.start.offset);
  if (before !== undefined && lines.text[before] === '[') return flowEdits(path, lines, grants, removed);
  return blockEdits(path, lines, grants, removed);
}

interface BlockItem {
  readonly dashLine: number;
  readonly lastLine: number;
  readonly removed: boolean;
}

const KEY_LINE = /^[ \t]*(?:grants|"grants"|'grants')[ \t]*:[ \t]*(?:#.*)?$/;

function blockEdits(path: string, lines: FileLines, grants: readonly GrantDecl[], removed: ReadonlySet<GrantDecl>): TextEdit[] | undefined {
  const items: BlockItem[] = [];
  for (const grant of grants) {
    const dash = lines.previousNonSpace(grant.span.start.offset);
    if (dash === undefined || lines.text[dash] !== '-') return undefined;
    const end = Math.max(grant.span.start.offset, grant.span.end.offset - 1);
    items.push({ dashLine: lines.lineOf(dash), lastLine: lines.lineOf(end), removed: removed.has(grant) });
  }
  const firstItem = items[0] as BlockItem;
  const lastItem = items[items.length - 1] as BlockItem;
  let keyLine = firstItem.dashLine - 1;
  while (keyLine >= 0 && (lines.isBlank(keyLine) || lines.isComment(keyLine))) keyLine -= 1;
  if (keyLine < 0 || !KEY_LINE.test(lines.line(keyLine))) return undefined;

  if (items.every((item) => item.removed)) {
    const colon = lines.start(keyLine) + lines.line(keyLine).indexOf(':') + 1;
    return [
      { file: path, start: colon, end: colon, text: ' []' },
      { file: path, start: lines.start(keyLine + 1), end: lines.start(lastItem.lastLine + 1), text: '' },
    ];
  }

  const gone = new Set<number>();
  let groupStart = 0;
  for (let i = 0; i <= items.length; i += 1) {
    const item = items[i];
    const previousEnd = i === 0 ? keyLine : (items[i - 1] as BlockItem).lastLine;
    if (i === items.length || (i > 0 && item && item.dashLine > previousEnd + 1)) {
      // The group items[groupStart..i) ends: its heading comment goes only with all of its items.
      const group = items.slice(groupStart, i);
      if (group.every((each) => each.removed)) for (const line of headingOf(lines, items, groupStart, keyLine)) gone.add(line);
      groupStart = i;
    }
    if (item?.removed) for (let line = item.dashLine; line <= item.lastLine; line += 1) gone.add(line);
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

/** The comment lines directly above the item that starts a group, up to a blank line or anything else. */
function headingOf(lines: FileLines, items: readonly BlockItem[], index: number, keyLine: number): number[] {
  const floor = index === 0 ? keyLine : (items[index - 1] as BlockItem).lastLine;
  const heading: number[] = [];
  for (let line = (items[index] as BlockItem).dashLine - 1; line > floor && lines.isComment(line); line -= 1) heading.push(line);
  return heading;
}

function runsOf(lineSet: ReadonlySet<number>): [number, number][] {
  const sorted = [...lineSet].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const line of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === line - 1) last[1] = line;
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

function flowEdits(path: string, lines: FileLines, grants: readonly GrantDecl[], removed: ReadonlySet<GrantDecl>): TextEdit[] | undefined {
  const { text } = lines;
  const starts = grants.map((grant) => grant.span.start.offset);
  const ends = grants.map((grant) => grant.span.end.offset);
  for (let i = 1; i < grants.length; i += 1) if (lines.previousNonSpace(starts[i] as number) === undefined || text[lines.previousNonSpace(starts[i] as number) as number] !== ',') return undefined;
  if (grants.every((grant) => removed.has(grant))) {
    const open = lines.previousNonSpace(starts[0] as number);
    let close = lines.nextNonSpace(ends[ends.length - 1] as number);
    if (close !== undefined && text[close] === ',') close = lines.nextNonSpace(close + 1);
    if (open === undefined || close === undefined || text[close] !== ']') return undefined;
    return [{ file: path, start: open, end: close + 1, text: '[]' }];
  }
  const edits: TextEdit[] = [];
  for (let i = 0; i < grants.length; ) {
    if (!removed.has(grants[i] as GrantDecl)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j + 1 < grants.length && removed.has(grants[j + 1] as GrantDecl)) j += 1;
    // Up to the next kept item (taking this run's trailing comma), or back to the previous kept item (taking its comma).
    if (j + 1 < grants.length) edits.push({ file: path, start: starts[i] as number, end: starts[j + 1] as number, text: '' });
    else edits.push({ file: path, start: ends[i - 1] as number, end: ends[j] as number, text: '' });
    i = j + 1;
  }
  return edits;
}
