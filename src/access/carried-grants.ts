// For AccessIndex.derive: which IndexedGrants of the previous index a later
// version of the project keeps, which grants are new, which are gone. A grant
// is kept when the later project holds the same GrantDecl object (an
// unchanged file keeps its declarations). Grants of one file are
// consecutive, so a file whose grants are all kept is recognised by
// comparing its run element by element, without a lookup per grant.

import type { GrantDecl } from '../model/project.js';
import type { IndexedGrant } from './access-index.js';

export interface CarriedGrants {
  /** The later project's grants, indexed, in its order. */
  readonly grants: readonly IndexedGrant[];
  readonly added: readonly IndexedGrant[];
  readonly removed: readonly IndexedGrant[];
}

/**
 * Kept grants keep their order; new ones get orders evenly spaced between
 * those of their kept neighbours (`index` makes their IndexedGrant).
 * Undefined when that is not possible: kept grants out of their former
 * order, a file's grants not consecutive, or orders too close to divide.
 */
export function carryGrants(previous: readonly IndexedGrant[], next: readonly GrantDecl[], index: (grant: GrantDecl, order: number) => IndexedGrant): CarriedGrants | undefined {
  const before = runsOf(previous, (each) => each.grant.span.file);
  const after = runsOf(next, (each) => each.span.file);
  if (!before || !after) return undefined;
  const grants: IndexedGrant[] = [];
  const added: IndexedGrant[] = [];
  const removed: IndexedGrant[] = [];
  let waiting: GrantDecl[] = [];
  let low = -1;
  const place = (high: number): boolean => {
    const step = (high - low) / (waiting.length + 1);
    let last = low;
    for (const [position, grant] of waiting.entries()) {
      const order = low + step * (position + 1);
      if (!(order > last && order < high)) return false;
      const indexed = index(grant, order);
      grants.push(indexed);
      added.push(indexed);
      last = order;
    }
    waiting = [];
    return true;
  };
  const keep = (kept: IndexedGrant): boolean => {
    if (kept.order <= low || !place(kept.order)) return false;
    grants.push(kept);
    low = kept.order;
    return true;
  };

  for (const [file, [from, to]] of after) {
    const run = before.get(file);
    before.delete(file);
    const [oldFrom, oldTo] = run ?? [0, 0];
    if (sameRun(previous, oldFrom, oldTo, next, from, to)) {
      for (let position = oldFrom; position < oldTo; position += 1) if (!keep(previous[position] as IndexedGrant)) return undefined;
      continue;
    }
    const old = new Map<GrantDecl, IndexedGrant>();
    for (let position = oldFrom; position < oldTo; position += 1) old.set((previous[position] as IndexedGrant).grant, previous[position] as IndexedGrant);
    for (let position = from; position < to; position += 1) {
      const grant = next[position] as GrantDecl;
      const kept = old.get(grant);
      if (!kept) waiting.push(grant);
      else if (!keep(kept)) return undefined;
      old.delete(grant);
    }
    removed.push(...old.values());
  }
  if (!place(low + waiting.length + 1)) return undefined;
  for (const [from, to] of before.values()) removed.push(...previous.slice(from, to));
  return { grants, added, removed };
}

function sameRun(previous: readonly IndexedGrant[], oldFrom: number, oldTo: number, next: readonly GrantDecl[], from: number, to: number): boolean {
  if (to - from !== oldTo - oldFrom) return false;
  for (let offset = 0; offset < to - from; offset += 1) if ((previous[oldFrom + offset] as IndexedGrant).grant !== next[from + offset]) return false;
  return true;
}

/** Each file's run of consecutive items, [from, to), in order; undefined when a file has two runs. */
function runsOf<T>(items: readonly T[], fileOf: (item: T) => string): Map<string, [number, number]> | undefined {
  const runs = new Map<string, [number, number]>();
  let start = 0;
  for (let position = 1; position <= items.length; position += 1) {
    const file = fileOf(items[start] as T);
    if (position < items.length && fileOf(items[position] as T) === file) continue;
    if (runs.has(file)) return undefined;
    runs.set(file, [start, position]);
    start = position;
  }
  return runs;
}
