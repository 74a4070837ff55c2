// One item of a top-level list (a connection, a user, a grant…), read two
// ways at once: its plain value, already schema-valid, and the YAML nodes
// behind it, for the span of each key and value.

import { isMap, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { SourceSpan } from '../model/source.js';
import type { ParsedFile } from './parse-yaml.js';
import { findPair, keySpan, nodeSpan } from './yaml-nodes.js';

export type Raw = Record<string, unknown>;

/** Reads one list item: its plain value and the spans of its keys and values. */
export class Item {
  constructor(
    readonly parsed: ParsedFile,
    readonly node: YAMLMap,
    readonly value: Raw,
  ) {}

  get span(): SourceSpan {
    return nodeSpan(this.parsed.file.displayPath, this.parsed.counter, this.node);
  }

  pair(key: string): Pair<unknown, unknown> | undefined {
    return findPair(this.node.items, key);
  }

  /** The value of `key` as written; falls back to the item when absent. */
  valueSpan(key: string): SourceSpan {
    const pair = this.pair(key);
    const node = pair?.value as Node | null | undefined;
    return node ? nodeSpan(this.parsed.file.displayPath, this.parsed.counter, node) : this.span;
  }

  keySpan(key: string): SourceSpan {
    const pair = this.pair(key);
    return pair ? keySpan(this.parsed.file.displayPath, this.parsed.counter, pair) : this.span;
  }
}

export function* itemsOf(parsed: ParsedFile, list: string): Generator<Item> {
  const root = parsed.document.contents;
  if (!isMap(root)) return;
  const seq = findPair(root.items, list)?.value;
  const values = (parsed.value as Raw)[list];
  if (!isSeq(seq) || !Array.isArray(values)) return;
  for (let i = 0; i < seq.items.length; i += 1) {
    const node = seq.items[i];
    if (isMap(node)) yield new Item(parsed, node, values[i] as Raw);
  }
}

