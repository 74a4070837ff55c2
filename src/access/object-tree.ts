// The warehouse objects that grants name, interned into a tree so that the
// ancestors of any object are a walk of at most four parent links: queries
// never rescan the grants.

import { formatObjectPath, type ObjectPath } from '../model/object-path.js';

export interface ObjectNode {
  readonly path: ObjectPath;
  /** `snowflake-prod/ANALYTICS`: the YAML form, unique per object. */
  readonly key: string;
  readonly parent: ObjectNode | undefined;
  /** 0 for a connection. */
  readonly depth: number;
  readonly children: Map<string, ObjectNode>;
}

export class ObjectTree {
  private readonly roots = new Map<string, ObjectNode>();

  /** The node of `path`, created with its ancestors if new. */
  intern(path: ObjectPath): ObjectNode {
    let node: ObjectNode | undefined = this.roots.get(path.connection);
    if (node === undefined) {
      node = { path: { connection: path.connection, path: [] }, key: formatObjectPath({ connection: path.connection, path: [] }), parent: undefined, depth: 0, children: new Map() };
      this.roots.set(path.connection, node);
    }
    for (let depth = 0; depth < path.path.length; depth += 1) {
      const name = path.path[depth] as string;
      const parent: ObjectNode = node;
      let child: ObjectNode | undefined = parent.children.get(name);
      if (!child) {
        const childPath = { connection: path.connection, path: path.path.slice(0, depth + 1) };
        child = { path: childPath, key: formatObjectPath(childPath), parent, depth: depth + 1, children: new Map() };
        parent.children.set(name, child);
      }
      node = child;
    }
    return node;
  }

  /** The deepest node on the way to `path` (the object itself when some grant names it), or undefined for an unknown connection. */
  closest(path: ObjectPath): ObjectNode | undefined {
    let node: ObjectNode | undefined = this.roots.get(path.connection);
    if (!node) return undefined;
    for (const name of path.path) {
      const child: ObjectNode | undefined = node.children.get(name);
      if (!child) break;
      node = child;
    }
    return node;
  }

  connections(): IterableIterator<ObjectNode> {
    return this.roots.values();
  }
}

/** The node itself, then its parent, up to the connection. */
export function* selfAndAncestors(node: ObjectNode): Generator<ObjectNode> {
  for (let current: ObjectNode | undefined = node; current; current = current.parent) yield current;
}

/** True when `node` is `ancestor` or lies below it. */
export function isAtOrBelow(node: ObjectNode, ancestor: ObjectNode): boolean {
  for (let current: ObjectNode | undefined = node; current && current.depth >= ancestor.depth; current = current.parent) {
    if (current === ancestor) return true;
  }
  return false;
}
