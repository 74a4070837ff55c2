// Operations on arrays that can hold an entry per grant, user or change.
// Spreading such an array into a call (`list.push(...items)`,
// `Math.max(...lengths)`) passes every entry as an argument, and past a
// hundred thousand or so the call overflows the stack: at ten times the
// size of a large org, `grantform plan` did.

/** Appends every item to `target`, in order; returns `target`. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of the values; `empty` when there are none. */
export function maxOf(values: Iterable<number>, empty = 0): number {
  let max: number | undefined;
  for (const value of values) if (max === undefined || value > max) max = value;
  return max ?? empty;
}
