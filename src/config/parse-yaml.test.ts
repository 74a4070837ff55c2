// The loader converts a file to plain values in the same walk that refuses
// aliases, anchors, tags and merge keys: the value must be the one yaml's
// own toJS gives, whatever the YAML holds.

import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { SourceFile } from '../model/project.js';
import { parseYamlFile } from './parse-yaml.js';

const SCALARS = ['plain', '"double \\" quoted"', "'single ''quoted'''", '42', '-7.5', '0x1F', '.inf', 'true', 'false', 'null', '~', '', '"__proto__"', 'ünïcode 😀', '|\n      block\n      text', '>-\n      folded\n      text'];
const KEYS = ['name', 'email', '__proto__', 'constructor', '1', 'true', 'null', '~', '"quoted key"', "'x'", '', 'a b', 'toString'];

function randomYaml(next: () => number, depth: number, indent: string): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const kind = depth > 3 ? 0 : Math.floor(next() * 5);
  if (kind === 0 || kind === 1) return ` ${pick(SCALARS).replaceAll('\n', `\n${indent}`)}`;
  if (kind === 2) {
    // A flow collection, with a pair inside a flow sequence now and then.
    const items = Array.from({ length: Math.floor(next() * 4) }, () => (next() < 0.2 ? `k${Math.floor(next() * 3)}: v` : pick(['a', '1', 'null', '"s"', '{x: 1}', '[]'])));
    return next() < 0.5 ? ` [${items.join(', ')}]` : ` {${items.map((item, index) => (item.includes(':') ? item : `k${index}: ${item}`)).join(', ')}}`;
  }
  const inner = `${indent}  `;
  if (kind === 3) {
    const count = 1 + Math.floor(next() * 3);
    return `\n${Array.from({ length: count }, () => `${inner}-${randomYaml(next, depth + 1, `${inner}  `)}`).join('\n')}`;
  }
  // A mapping, its keys distinct (duplicate keys are a syntax error).
  const keys = [...new Set(Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(KEYS)))];
  return `\n${keys.map((key) => `${inner}${key === '' ? '""' : key}:${randomYaml(next, depth + 1, inner)}`).join('\n')}`;
}

/**
 * Equal values with the same own keys in the same order. (Not toStrictEqual: it compares `constructor`, which a
 * YAML key of that name makes an own property holding each side's own value.)
 */
function same(actual: unknown, expected: unknown, label: string): void {
  expect(actual, label).toEqual(expected);
  const keys = (value: unknown): unknown =>
    value !== null && typeof value === 'object' ? (Array.isArray(value) ? value.map(keys) : Object.entries(Object.getOwnPropertyDescriptors(value)).map(([key, each]) => [key, each.enumerable, keys(each.value)])) : typeof value;
  expect(keys(actual), label).toEqual(keys(expected));
}

const file = (text: string): SourceFile => ({ path: '/p/org.yaml', displayPath: 'org.yaml', text }) as SourceFile;

describe('parseYamlFile', () => {
  it('gives the value yaml gives, on random documents of every kind of key and scalar', () => {
    let seed = 3;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let compared = 0;
    for (let round = 0; round < 400; round += 1) {
      const text = `top:${randomYaml(next, 0, '')}\nother:${randomYaml(next, 1, '')}\n`;
      const expected = parseDocument(text);
      if (expected.errors.length > 0) continue;
      const parsed = parseYamlFile(file(text));
      expect(parsed.ok, `round ${round}:\n${text}`).toBe(true);
      if (!parsed.ok) continue;
      same(parsed.parsed.value, expected.toJS(), `round ${round}:\n${text}`);
      compared += 1;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('keeps __proto__ as an own key, and converts a key that is a collection as yaml does', () => {
    for (const text of ['__proto__: {polluted: true}\n', '? [a, b]\n: c\n', 'list:\n  - ? {x: 1}\n    : y\n']) {
      const parsed = parseYamlFile(file(text));
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      same(parsed.parsed.value, parseDocument(text).toJS(), text);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
