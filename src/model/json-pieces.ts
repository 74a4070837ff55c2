// Large JSON outputs written in pieces. `JSON.stringify(document, null, 2)`
// of the largest orgs' outputs is a string of a hundred megabytes or more
// (lint findings, plan changes, the access review): held whole, with the
// buffer it is written from, it was most of the peak memory of those
// commands. These pieces join to exactly that text.

import { gatherPieces } from './pieces.js';

/** A path from the document to an array whose items are written a batch at a time: `['runs', 0, 'results']`. */
export type StreamedPath = readonly (string | number)[];

/** Items of a streamed array pretty-printed at once. */
const ITEMS_PER_PIECE = 1000;

/**
 * The text of `JSON.stringify(document, null, 2)` followed by a line break,
 * in pieces: the arrays at `streamed` (and the objects and arrays on the way
 * to them) are written item by item, everything else whole. The documents
 * are plain data: objects, arrays, strings, numbers, booleans, null, and
 * values with `toJSON`.
 */
export function jsonPieces(document: unknown, streamed: readonly StreamedPath[]): Generator<string> {
  return gatherPieces(
    (function* () {
      yield* emit(document, '', [], streamed);
      yield '\n';
    })(),
  );
}

/** The whole text at once, for callers that keep it (the same bytes as the pieces). */
export function jsonText(document: unknown): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

function* emit(value: unknown, indent: string, at: readonly (string | number)[], streamed: readonly StreamedPath[]): Generator<string> {
  const json = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
  const onTheWay = streamed.some((path) => path.length >= at.length && at.every((segment, index) => path[index] === segment));
  if (!onTheWay || json === null || typeof json !== 'object') {
    yield indented(JSON.stringify(json, null, 2), indent);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(json)) {
    if (json.length === 0) {
      yield '[]';
      return;
    }
    if (streamed.some((path) => path.length === at.length)) {
      // The streamed array itself: its items a batch at a time, each batch pretty-printed by JSON.stringify at once.
      yield '[\n';
      const depth = indent.length / 2;
      for (let from = 0; from < json.length; from += ITEMS_PER_PIECE) {
        yield itemsAt(json.slice(from, from + ITEMS_PER_PIECE), depth);
        yield from + ITEMS_PER_PIECE < json.length ? ',\n' : '\n';
      }
      yield `${indent}]`;
      return;
    }
    yield '[\n';
    for (let index = 0; index < json.length; index += 1) {
      yield inner;
      // As JSON.stringify does in arrays: undefined, functions and symbols are null.
      const item = json[index] as unknown;
      yield* emit(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner, [...at, index], streamed);
      yield index < json.length - 1 ? ',\n' : '\n';
    }
    yield `${indent}]`;
    return;
  }
  // As JSON.stringify does in objects: keys whose value is undefined, a function or a symbol are left out.
  const entries = Object.entries(json as Record<string, unknown>).filter(([, each]) => each !== undefined && typeof each !== 'function' && typeof each !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{\n';
  for (const [position, [key, each]] of entries.entries()) {
    yield `${inner}${JSON.stringify(key)}: `;
    yield* emit(each, inner, [...at, key], streamed);
    yield position < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${indent}}`;
}

/**
 * The items of a (non-empty) array as `JSON.stringify(…, null, 2)` prints
 * them in an array `depth` levels below the document, without that array's
 * brackets. The items are printed inside as many arrays as that, so that
 * JSON.stringify itself indents them; only the brackets around them are cut
 * off, instead of indenting every line of megabytes of text again.
 */
function itemsAt(items: readonly unknown[], depth: number): string {
  let wrapped: unknown = items;
  for (let level = 0; level < depth; level += 1) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Level l opens with `[` and a line break after 2·l spaces, and closes the same way: (l + 1) · 2 characters each side.
  let cut = 0;
  for (let level = 0; level <= depth; level += 1) cut += 2 * level + 2;
  return text.slice(cut, text.length - cut);
}

/** A pretty-printed value placed at `indent`: JSON strings hold no raw line break, so every line break is the printer's. */
function indented(text: string | undefined, indent: string): string {
  const shown = text ?? 'null';
  return indent === '' ? shown : shown.replaceAll('\n', `\n${indent}`);
}

/**
 * The text of `jsonText({ ...document, [key]: [...items] })`, with `key` the
 * last key, written as the items come: an output too large to hold at once
 * (the access review of an org whose All Members reaches thousands of
 * tables) never exists whole, as text or as objects.
 */
export function jsonPiecesOf(document: Readonly<Record<string, unknown>>, key: string, items: Iterable<unknown>): Generator<string> {
  return gatherPieces(textsOf(document, key, items));
}

function* textsOf(document: Readonly<Record<string, unknown>>, key: string, items: Iterable<unknown>): Generator<string> {
  const before = JSON.stringify(document, null, 2);
  // `{\n  "a": 1\n}` without its closing brace, or `{` alone for `{}`.
  const head = before === '{}' ? '{\n' : `${before.slice(0, -2)},\n`;
  yield `${head}  ${JSON.stringify(key)}: [`;
  // Each item printed on its own (one item may be megabytes: a user who reaches thousands of tables), at the depth
  // of the document's array.
  let count = 0;
  for (const item of items) {
    yield count === 0 ? '\n' : ',\n';
    yield itemsAt([item], 1);
    count += 1;
  }
  yield count === 0 ? ']\n}\n' : '\n  ]\n}\n';
}
