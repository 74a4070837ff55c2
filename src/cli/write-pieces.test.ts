// Large outputs are written piece by piece: to a pipe, a piece waits until
// the pipe has room; once the reader has gone, nothing more is written.

import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { writePieces } from './context.js';

/** A stream whose buffer holds `room` pieces; `drainAll` empties it as a reader would. */
class SlowStream extends EventEmitter {
  readonly written: string[] = [];
  private buffered = 0;
  constructor(private readonly room: number) {
    super();
  }
  write(text: string): boolean {
    this.written.push(text);
    this.buffered += 1;
    return this.buffered < this.room;
  }
  drainAll(): void {
    this.buffered = 0;
    this.emit('drain');
  }
}

describe('writePieces', () => {
  it('writes the next piece only once a full stream has drained', async () => {
    const stream = new SlowStream(2);
    let made = 0;
    function* pieces() {
      for (let index = 0; index < 5; index += 1) {
        made += 1;
        yield `piece ${index}\n`;
      }
    }
    const done = writePieces(stream, pieces());
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Full after two pieces: the third is not even made until the stream drains.
    expect(stream.written).toEqual(['piece 0\n', 'piece 1\n']);
    expect(made).toBe(2);
    stream.drainAll();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stream.written).toHaveLength(4);
    stream.drainAll();
    await done;
    expect(stream.written.join('')).toBe('piece 0\npiece 1\npiece 2\npiece 3\npiece 4\n');
    // No listener is left behind on the stream.
    expect(stream.listenerCount('drain') + stream.listenerCount('error') + stream.listenerCount('close')).toBe(0);
  });

  it('stops writing, and making pieces, once the reader has gone', async () => {
    const stream = new SlowStream(1000);
    stream.on('error', () => undefined);
    let made = 0;
    function* pieces() {
      for (let index = 0; index < 1000; index += 1) {
        made += 1;
        if (index === 3) setImmediate(() => stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
        yield `piece ${index}\n`;
      }
    }
    await writePieces(stream, pieces());
    expect(made).toBeLessThan(10);
    expect(stream.written.length).toBeLessThan(10);
  });

  it('writes everything at once to a plain writer (a test capture)', async () => {
    const written: string[] = [];
    await writePieces({ write: (text: string) => written.push(text) }, ['a', 'b', 'c']);
    expect(written).toEqual(['a', 'b', 'c']);
  });
});
