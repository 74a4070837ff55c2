// Where the local backend keeps its state text: a file (written atomically)
// or, for tests of the planner and executor, memory.

import { readFile } from 'node:fs/promises';
import { removeAbandonedTemps, writeFileAtomic } from './atomic-write.js';

export interface StateStorage {
  /** The state text, or undefined when there is no state yet. */
  load(): Promise<string | undefined>;
  save(text: string): Promise<void>;
}

export function fileStorage(statePath: string): StateStorage {
  return {
    async load() {
      try {
        return await readFile(statePath, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async save(text) {
      await removeAbandonedTemps(statePath);
      await writeFileAtomic(statePath, text, { backup: true });
    },
  };
}

export function memoryStorage(initial?: string): StateStorage & { readonly text: string | undefined } {
  let text = initial;
  return {
    get text() {
      return text;
    },
    async load() {
      return text;
    },
    async save(next) {
      text = next;
    },
  };
}
