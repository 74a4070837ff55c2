import { describe, expect, it } from 'vitest';
import { collectGarbage } from './large-files.js';

describe('collectGarbage', () => {
  it('runs a full collection: an object only a WeakRef points at is gone after it', async () => {
    const ref = ((): WeakRef<object> => new WeakRef({ payload: new Array(100_000).fill('x') }))();
    // A WeakRef keeps its target until the job that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(collectGarbage()).toBe(true);
    expect(ref.deref()).toBeUndefined();
  });

  it('leaves what is still reachable', async () => {
    const kept = { payload: new Array(1000).fill('y') };
    const ref = new WeakRef(kept);
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref.deref()).toBe(kept);
  });

  it('does not expose gc to the program or to contexts made later', async () => {
    collectGarbage();
    const { runInNewContext } = await import('node:vm');
    expect(runInNewContext('typeof gc')).toBe('undefined');
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe(process.execArgv.some((flag) => flag.startsWith('--expose-gc') || flag.startsWith('--expose_gc')) ? 'function' : 'undefined');
  });
});
