// Connections: one list, 1,000 a page (conn → GET /v2/connections), mapped
// to the files' words by connection-mapping.ts.

import type { LiveConnection } from '../../model/live.js';
import { fromApiConnection } from './connection-mapping.js';
import type { SigmaHttp } from './http.js';
import type { IdIndex } from './id-index.js';
import { listAll } from './pagination.js';
import type { WireConnection } from './wire.js';

export async function readConnections(http: SigmaHttp, index: IdIndex, notes: string[]): Promise<LiveConnection[]> {
  const wires = await listAll<WireConnection>(http, { path: '/v2/connections' });
  const byName = new Map<string, LiveConnection>();
  for (const wire of wires) {
    if (!wire || typeof wire.connectionId !== 'string' || typeof wire.name !== 'string') continue;
    const read = fromApiConnection(wire);
    if (!read) continue;
    if (byName.has(wire.name)) {
      notes.push(`Sigma has two connections named ${wire.name}: grantform manages the one with id ${wire.connectionId}; rename the other in Sigma`);
    }
    index.setConnection({ id: wire.connectionId, name: wire.name, type: read.spec.type });
    byName.set(wire.name, { ...read.spec, id: wire.connectionId, readable: read.readable });
  }
  return [...byName.values()];
}
