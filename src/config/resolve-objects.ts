// The target of a grant: an object path, from its string or map form,
// checked against its connection's warehouse type (levels and depth).

import { isMap, isScalar, type LineCounter, type Node } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { formatObjectPath, parseObjectPath, type ObjectPath } from '../model/object-path.js';
import type { ConnectionDecl, SourceFile } from '../model/project.js';
import type { SourceSpan } from '../model/source.js';
import { WAREHOUSES, maxPathDepth } from '../model/warehouses.js';
import { validationError } from './diagnostics.js';
import { spanFromOffsets } from './positions.js';
import { closestMatch } from './suggest.js';
import { findPair, keySpan, nodeSpan } from './yaml-nodes.js';
import { undeclared } from './references.js';

export interface Target {
  readonly object: ObjectPath;
  readonly leafKind?: 'table' | 'procedure';
}

/**
 * Where a grant names its object: what is needed of the file to check it and
 * to point at a part of it. Taken from the file as soon as it is read, so
 * that the rest of the file's YAML nodes are not kept until every file is.
 */
export interface ObjectSite {
  /** The value of `object:` (a path string or a map), schema-valid. */
  readonly raw: unknown;
  /** Its YAML node, for spans within it. */
  readonly node: Node | null | undefined;
  /** The span of the whole value (the grant's when absent). */
  readonly whole: SourceSpan;
  readonly file: SourceFile;
  readonly counter: LineCounter;
}

export function objectOf(item: ObjectSite, connections: ReadonlyMap<string, ConnectionDecl>, diagnostics: Diagnostic[]): Target | undefined {
  const { raw, whole } = item;
  const objectNode = item.node;

  let target: Target;
  let depthSpan = whole;
  if (typeof raw === 'string') {
    const parsed = parseObjectPath(raw);
    if (!parsed.ok) {
      diagnostics.push(validationError('object-path', spanWithinScalar(item, objectNode, parsed.error.offset, parsed.error.length) ?? whole, `object "${raw}" ${parsed.error.message}`));
      return undefined;
    }
    target = { object: parsed.value };
  } else {
    const map = raw as Record<string, string>;
    const connection = connections.get(map.connection ?? '');
    if (!connection) return reportUnknownConnection(map.connection ?? '', item, objectNode, connections, diagnostics);
    const fromMap = objectFromMap(connection, map, item, objectNode, diagnostics);
    if (!fromMap) return undefined;
    target = fromMap;
    depthSpan = whole;
  }

  const connection = connections.get(target.object.connection);
  if (!connection) return reportUnknownConnection(target.object.connection, item, objectNode, connections, diagnostics);
  const depth = maxPathDepth(connection.type);
  if (target.object.path.length > depth) {
    const levels = [...WAREHOUSES[connection.type].containers, 'table'].join('/');
    diagnostics.push(
      validationError(
        'object-path',
        depthSpan,
        `"${formatObjectPath(target.object)}" has ${target.object.path.length} levels below ${connection.name}, a ${connection.type} connection whose objects go ${levels} (at most ${depth})`,
      ),
    );
    return undefined;
  }
  // The declaration's own name string: every grant on a connection then holds the same string, and the access
  // engine compares object paths by their connection first, for each of the largest orgs' 200,000 grants.
  const object = { connection: connection.name, path: target.object.path };
  return target.leafKind === undefined ? { object } : { object, leafKind: target.leafKind };
}

function reportUnknownConnection(name: string, item: ObjectSite, objectNode: Node | null | undefined, connections: ReadonlyMap<string, ConnectionDecl>, diagnostics: Diagnostic[]): undefined {
  let span = item.whole;
  if (isMap(objectNode)) {
    const pair = findPair(objectNode.items, 'connection');
    if (pair?.value) span = nodeSpan(item.file.displayPath, item.counter, pair.value as Node);
  } else {
    span = spanWithinScalar(item, objectNode, 0, name.length) ?? span;
  }
  diagnostics.push(undeclared('connection', name, span, connections.keys(), 'grant'));
  return undefined;
}

/** Keys of the map form, in path order, for a warehouse type. */
function objectFromMap(connection: ConnectionDecl, map: Record<string, string>, item: ObjectSite, objectNode: Node | null | undefined, diagnostics: Diagnostic[]): Target | undefined {
  const containers = WAREHOUSES[connection.type].containers;
  const keySpanOf = (key: string) => {
    const pair = isMap(objectNode) ? findPair(objectNode.items, key) : undefined;
    return pair ? keySpan(item.file.displayPath, item.counter, pair) : item.whole;
  };
  const levels = [...containers, 'table'].join('/');
  for (const key of Object.keys(map)) {
    if (key === 'connection' || key === 'table' || key === 'procedure' || (containers as readonly string[]).includes(key)) continue;
    const guess = closestMatch(key, containers) ?? containers.find((container) => sameLevel(container, key));
    diagnostics.push(
      validationError('object-path', keySpanOf(key), `"${key}" is not a level of ${connection.name}, a ${connection.type} connection whose objects go ${levels}${guess ? `: use "${guess}"` : ''}`),
    );
    return undefined;
  }
  if (map.table !== undefined && map.procedure !== undefined) {
    diagnostics.push(validationError('object-path', keySpanOf('procedure'), 'an object is a table or a procedure, not both: keep one of them'));
    return undefined;
  }
  const path: string[] = [];
  const named = [...containers.map((key) => [key, map[key]] as const), map.table !== undefined ? (['table', map.table] as const) : (['procedure', map.procedure] as const)];
  let gapAt: string | undefined;
  for (const [key, name] of named) {
    if (name === undefined) {
      gapAt ??= key;
      continue;
    }
    if (gapAt !== undefined) {
      diagnostics.push(validationError('object-path', keySpanOf(key), `a ${key} needs its ${gapAt}: write ${gapAt} too (${connection.name} objects go ${levels})`));
      return undefined;
    }
    path.push(name);
  }
  const leafKind = map.procedure !== undefined ? 'procedure' : map.table !== undefined ? 'table' : undefined;
  return { object: { connection: connection.name, path }, ...(leafKind && { leafKind }) };
}

/** database ~ catalog ~ project and schema ~ dataset: the same level in another warehouse's words. */
function sameLevel(a: string, b: string): boolean {
  const top = ['database', 'catalog', 'project'];
  const second = ['schema', 'dataset'];
  return (top.includes(a) && top.includes(b)) || (second.includes(a) && second.includes(b));
}

/** A precise span inside a scalar, where its source text is its value (plain, or quoted without escapes). */
function spanWithinScalar(item: ObjectSite, node: Node | null | undefined, offset: number, length: number): SourceSpan | undefined {
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return undefined;
  const [start, end] = node.range;
  const source = item.file.text.slice(start, end);
  let base: number;
  if (source === node.value) base = start;
  else if (source.length === node.value.length + 2 && source.slice(1, -1) === node.value) base = start + 1;
  else return undefined;
  return spanFromOffsets(item.file.displayPath, item.counter, base + offset, base + offset + Math.max(1, length));
}

