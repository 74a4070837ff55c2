// Connections: one list, 1,000 a page (conn → GET /v2/connections), mapped
// to the files' words by connection-mapping.ts.

import type { LiveConnection, ReadableConnectionFields } from '../../model/live.js';
import type { ConnectionSpec } from '../../model/resources.js';
import { fromApiConnection, isSecretRef } from './connection-mapping.js';
import type { SigmaHttp } from './http.js';
import type { IdIndex } from './id-index.js';
import { listAll } from './pagination.js';
import type { WireConnection } from './wire.js';

/** A connection as the files declare it, with its former names. */
export type DeclaredConnection = ConnectionSpec & { readonly previously?: readonly string[] };

export async function readConnections(http: SigmaHttp, index: IdIndex, declared: readonly DeclaredConnection[] = []): Promise<LiveConnection[]> {
  const wires = await listAll<WireConnection>(http, { path: '/v2/connections' });
  // Every copy of a name is kept: the planner reports connections that share a name and leaves them alone (model/live-duplicates.ts).
  const connections: LiveConnection[] = [];
  for (const wire of wires) {
    if (!wire || typeof wire.connectionId !== 'string' || typeof wire.name !== 'string') continue;
    const read = fromApiConnection(wire);
    if (!read) continue;
    index.setConnection({ id: wire.connectionId, name: wire.name, type: read.spec.type });
    const files = declared.find((each) => each.name === wire.name || each.previously?.includes(wire.name));
    const spec = files ? withUnreadableFromFiles(read.spec, read.readable, files) : read.spec;
    connections.push({ ...spec, id: wire.connectionId, readable: read.readable });
  }
  return connections;
}

/**
 * Sigma returns no `description`, no `secretsVersion` and few `details`:
 * what it cannot return is taken from the files, so that an unchanged
 * connection plans no change instead of an update on every run. The
 * consequence, documented: a plan cannot see a change to those fields alone
 * (docs/sigma-backend.md, "What a plan can see of a connection").
 */
function withUnreadableFromFiles(live: ConnectionSpec, readable: ReadableConnectionFields, files: ConnectionSpec): ConnectionSpec {
  const details = { ...live.details };
  for (const [key, value] of Object.entries(files.details)) {
    if (!readable.details.includes(key) && !isSecretRef(value)) details[key] = value;
  }
  const writeAccess =
    live.writeAccess && files.writeAccess?.useDynamicTables !== undefined && !readable.writeAccess.includes('useDynamicTables')
      ? { ...live.writeAccess, useDynamicTables: files.writeAccess.useDynamicTables }
      : live.writeAccess;
  return {
    ...live,
    details,
    ...(!readable.description && files.description !== undefined && { description: files.description }),
    ...(!readable.secretsVersion && files.secretsVersion !== undefined && { secretsVersion: files.secretsVersion }),
    ...(writeAccess && { writeAccess }),
  };
}
