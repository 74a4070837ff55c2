// What a helper creates for one test (a temporary folder, an emulator on
// loopback) is undone after that test. The hook that undoes it is registered
// for every test file by cleanup-hook.ts (vitest.config.ts's setupFiles), not
// by the helpers: test files share workers without isolation, so a helper
// module is evaluated once per worker, and a hook it registered on import
// would run for the first file that imported it only.

const pending: Array<() => Promise<unknown>> = [];

/** Runs `undo` after the test that is running (or about to run) ends, passed or failed. */
export function undoAfterTest(undo: () => Promise<unknown>): void {
  pending.push(undo);
}

/** Runs every undo scheduled so far, all at once; cleanup-hook.ts calls it after each test. */
export async function undoScheduled(): Promise<void> {
  await Promise.all(pending.splice(0).map((undo) => undo()));
}
