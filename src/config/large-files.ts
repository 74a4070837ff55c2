// Memory after a large file is read. yaml builds a parse tree of the whole
// file before the document it composes from it; the tree lives as long as the
// parse, so the collector moves it to the old generation with the document,
// and it is garbage the moment the parse ends. V8 then lets the heap grow by
// about half again before it looks at the old generation: for one 24 MiB
// file (the largest orgs written as one file) the peak went from the 1.35 GB
// yaml itself needs to 2.05 GB. One full collection once such a file is read
// keeps the peak at yaml's own. Once a large project is made (from one file
// or thousands), its documents are garbage too: one more collection then
// leaves the command a compact heap, which made explain's answer on the
// largest orgs 5-8 % faster and lint's peak lower.

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Files from this size on (in characters) are followed by a collection: about a third of the largest orgs in one file. */
export const LARGE_FILE_CHARACTERS = 8 * 1024 * 1024;

/** Projects whose files hold this much text in all (3.5 times the 20,000-grant org) are followed by one too. */
export const LARGE_PROJECT_CHARACTERS = 8 * 1024 * 1024;

let collector: (() => void) | null | undefined;

/**
 * Runs a full garbage collection, where the runtime allows one; returns
 * whether it ran. Node lets V8's `--expose-gc` be set after start-up (it
 * leaves V8's flags unfrozen for `v8.setFlagsFromString`), and a new context
 * then has `gc`; a runtime that does not is left to its own collector.
 */
export function collectGarbage(): boolean {
  if (collector === undefined) collector = findCollector();
  if (collector === null) return false;
  collector();
  return true;
}

function findCollector(): (() => void) | null {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as () => void;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    // Only the context made here needs it: later contexts are left as they were.
    setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
