// Finding the YAML node behind a value: schema errors name a JSON pointer,
// and diagnostics must point at the key or value the user wrote.

import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from 'yaml';
import type { SourceSpan } from '../model/source.js';
import { spanFromOffsets } from './positions.js';

export interface Located {
  /** The value at the path (undefined when the path runs past what exists). */
  readonly node: Node | null | undefined;
  /** The pair whose value it is, when its parent is a mapping. */
  readonly pair?: Pair<unknown, unknown>;
}

export function locate(document: Document.Parsed, segments: readonly (string | number)[]): Located {
  let node: Node | null | undefined = document.contents;
  let pair: Pair<unknown, unknown> | undefined;
  for (const segment of segments) {
    if (isMap(node)) {
      pair = findPair(node.items, String(segment));
      node = pair ? (pair.value as Node | null) : undefined;
    } else if (isSeq(node)) {
      pair = undefined;
      node = node.items[Number(segment)] as Node | undefined;
    } else {
      return { node: undefined };
    }
    if (node === undefined) break;
  }
  return pair ? { node, pair } : { node };
}

export function findPair(items: readonly Pair<unknown, unknown>[], key: string): Pair<unknown, unknown> | undefined {
  return items.find((item) => isScalar(item.key) && String(item.key.value) === key);
}

export function nodeSpan(file: string, counter: LineCounter, node: { range?: readonly [number, number, number] | null | undefined }): SourceSpan {
  const [start, end] = node.range ?? [0, 0];
  return spanFromOffsets(file, counter, start, end);
}

/** The key of a pair, or for a pair without a key node, where its value starts. */
export function keySpan(file: string, counter: LineCounter, pair: Pair<unknown, unknown>): SourceSpan {
  const key = pair.key as Node | null;
  if (key && key.range) return nodeSpan(file, counter, key);
  return nodeSpan(file, counter, (pair.value as Node | null) ?? { range: [0, 0, 0] });
}

/**
 * Where to report something about a whole mapping: its key in the parent
 * mapping, or, for a list item, its first key (`- name: x` points at `name`).
 */
export function anchorSpan(file: string, counter: LineCounter, located: Located): SourceSpan {
  if (located.pair) return keySpan(file, counter, located.pair);
  const node = located.node;
  if (isMap(node) && node.items.length > 0 && isPair(node.items[0])) return keySpan(file, counter, node.items[0] as Pair<unknown, unknown>);
  return nodeSpan(file, counter, node ?? { range: [0, 0, 0] });
}

/** Where to report something about a value: scalars themselves, collections by their key. */
export function valueSpan(file: string, counter: LineCounter, located: Located): SourceSpan {
  const node = located.node;
  if (node && isScalar(node)) return nodeSpan(file, counter, node);
  return anchorSpan(file, counter, located);
}
