// A connection's warehouse tree, from the seed's nested maps or path list to
// a flat list of inodes in tree order. The depth of each level follows the
// warehouse type (src/model/warehouses.ts): Snowflake DATABASE/SCHEMA/TABLE,
// Postgres SCHEMA/TABLE, and so on.

import { parseObjectPath } from '../../model/object-path.js';
import { WAREHOUSES, levelName, type WarehouseType } from '../../model/warehouses.js';
import type { TreePath } from '../org/types.js';
import { SeedError } from './load.js';
import type { SeedTree } from './types.js';

type TreeEntry = TreePath;

export function flattenTree(warehouse: WarehouseType, tree: SeedTree | readonly string[], where: string): TreePath[] {
  const entries: TreeEntry[] = [];
  if (Array.isArray(tree)) addPathList(warehouse, tree as readonly string[], where, entries);
  else walk(warehouse, tree as SeedTree, [], where, entries);
  return entries;
}

function walk(warehouse: WarehouseType, tree: SeedTree, above: readonly string[], where: string, entries: TreeEntry[]): void {
  const containers = WAREHOUSES[warehouse].containers.length;
  for (const [name, value] of Object.entries(tree)) {
    const path = [...above, name];
    const at = `${where}.${path.join('.')}`;
    if (above.length < containers) {
      entries.push({ path, kind: 'scope' });
      if (Array.isArray(value)) {
        if (above.length !== containers - 1) throw new SeedError(`${at}: a list of tables belongs in a ${levelName(warehouse, containers - 1)}, not in a ${levelName(warehouse, above.length)}`);
        for (const table of value as readonly string[]) entries.push({ path: [...path, table], kind: 'table' });
      } else if (value !== null && typeof value === 'object') {
        walk(warehouse, value as SeedTree, path, where, entries);
      } else {
        throw new SeedError(`${at} is a ${levelName(warehouse, above.length)} of a ${warehouse} connection: give what it holds as a map (or {})`);
      }
    } else if (above.length === containers && (value === null || value === 'table' || value === 'procedure')) {
      entries.push({ path, kind: value === 'procedure' ? 'procedure' : 'table' });
    } else {
      throw new SeedError(`${at}: a ${warehouse} connection has ${containers} level(s) of containers, then tables (write \`table\`, \`procedure\` or nothing)`);
    }
  }
}

/** `DB/SCHEMA/TABLE` entries: intermediate containers are implied; a full-depth entry is a table. */
function addPathList(warehouse: WarehouseType, list: readonly string[], where: string, entries: TreeEntry[]): void {
  const containers = WAREHOUSES[warehouse].containers.length;
  const seen = new Set<string>();
  for (const [index, text] of list.entries()) {
    const parsed = parseObjectPath(`c/${text}`);
    if (!parsed.ok) throw new SeedError(`${where}[${index}] "${text}": ${parsed.error.message}`);
    const path = parsed.value.path;
    if (path.length > containers + 1) throw new SeedError(`${where}[${index}] "${text}" is deeper than a ${warehouse} connection allows (${containers + 1} levels)`);
    for (let depth = 1; depth <= path.length; depth += 1) {
      const prefix = path.slice(0, depth);
      const key = prefix.join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      entries.push({ path: prefix, kind: depth > containers ? 'table' : 'scope' });
    }
  }
}
