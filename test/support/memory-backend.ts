// The local backend over memory instead of a file, seeded with a live
// snapshot: the planner and executor tests run real changes on the real
// state model without touching the disk.

import { LocalBackend } from '../../src/backends/local/local-backend.js';
import { serializeState } from '../../src/backends/local/state-file.js';
import { memoryStorage } from '../../src/backends/local/state-storage.js';
import type { LiveSnapshot } from '../../src/model/live.js';

export function memoryBackend(live: LiveSnapshot, env: Record<string, string | undefined> = {}): LocalBackend {
  // Ids the state hands out must not collide with the snapshot's own.
  const ids = [...live.users, ...live.teams, ...live.connections, ...live.grants].map((each) => Number(/(\d+)$/.exec(each.id)?.[1] ?? 0));
  const text = serializeState({ serial: 1, lineage: 'test', nextId: Math.max(100_000, ...ids) + 1, snapshot: live }, 'test');
  return new LocalBackend({ statePath: '/nonexistent/state.json', shownPath: 'memory', env, grantformVersion: 'test', storage: memoryStorage(text) });
}
