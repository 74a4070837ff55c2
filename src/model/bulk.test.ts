import { describe, expect, it } from 'vitest';
import { appendAll, maxOf } from './bulk.js';

// Far past the number of arguments a call can take (a spread of this many overflows the stack).
const MANY = 1_000_000;

describe('bulk operations', () => {
  it('appendAll keeps the order and takes more items than a call has room for arguments', () => {
    const items = Array.from({ length: MANY }, (_, index) => index);
    expect(() => [].push(...(items as never[]))).toThrow(RangeError);
    const target = [-1];
    expect(appendAll(target, items)).toBe(target);
    expect(target.length).toBe(MANY + 1);
    expect(target[0]).toBe(-1);
    expect(target[MANY]).toBe(MANY - 1);
  });

  it('maxOf finds the largest of more values than Math.max can take, and says what to use when there are none', () => {
    const values = Array.from({ length: MANY }, (_, index) => (index * 7919) % MANY);
    expect(() => Math.max(...values)).toThrow(RangeError);
    expect(maxOf(values)).toBe(MANY - 1);
    expect(maxOf([3, -2, 5, 1])).toBe(5);
    expect(maxOf([-4, -2])).toBe(-2);
    expect(maxOf([])).toBe(0);
    expect(maxOf([], -1)).toBe(-1);
  });
});
