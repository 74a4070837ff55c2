// Connections: create (POST, once by name: create-once.ts, since Sigma lets
// two connections share a name), update (PUT with the whole `details`: PUT
// replaces them, and Sigma never returns secrets, so every secret is sent on
// every update), delete. Secrets are read from the environment at that
// moment only, handed to the redactor, and never stored.

import type { ConnectionChange } from '../../model/changes.js';
import { assertNever } from '../../model/errors.js';
import type { SecretRef } from '../../model/project.js';
import type { ConnectionSpec } from '../../model/resources.js';
import { BackendError } from '../backend.js';
import { isDeepStrictEqual } from 'node:util';
import { comparableConnection } from '../../model/live.js';
import { createByName } from './create-once.js';
import { fromApiConnection, isSecretRef, toApiDetails, writeAccessChanged } from './connection-mapping.js';
import { SigmaApiError } from './errors.js';
import type { SigmaHttp } from './http.js';
import type { IdIndex } from './id-index.js';
import { listAll } from './pagination.js';
import type { Redactor } from './redaction.js';
import type { Environment } from './settings.js';
import type { ConnectionBody, WireConnection } from './wire.js';

export interface ConnectionWriter {
  readonly http: SigmaHttp;
  readonly index: IdIndex;
  readonly env: Environment;
  readonly redactor: Redactor;
  /** Connections whose write destination this run created or changed: tested at close(). */
  readonly writeChanged: Set<string>;
}

export async function executeConnectionChange(writer: ConnectionWriter, change: ConnectionChange): Promise<void> {
  const { http, index } = writer;
  switch (change.action) {
    case 'create': {
      const body = connectionBody(writer, change.after);
      await createByName<WireConnection>({
        what: `Connection ${change.after.name}`,
        find: () => findConnections(http, change.after.name),
        post: () => http.request<WireConnection>({ method: 'POST', path: '/v2/connections', body, idempotent: false }),
        id: (connection) => connection.connectionId,
        createdAt: (connection) => connection.createdAt,
        differs: (connection) => connectionDiffers(connection, change.after),
        remove: (connection) => deleteConnection(http, connection.connectionId),
        learn: (created) => index.setConnection({ id: created.connectionId, name: change.after.name, type: change.after.type }),
      });
      if (change.after.writeAccess) writer.writeChanged.add(change.after.name);
      return;
    }
    case 'update': {
      const known = index.requireConnection(change.renamedFrom ?? change.before.name);
      await http.request<WireConnection>({ method: 'PUT', path: '/v2/connections/{connectionId}', params: { connectionId: known.id }, body: connectionBody(writer, change.after) });
      index.setConnection({ id: known.id, name: change.after.name, type: change.after.type });
      if (change.after.writeAccess && writeAccessChanged(change.before, change.after)) writer.writeChanged.add(change.after.name);
      return;
    }
    case 'delete': {
      const known = index.connection(change.before.name);
      if (!known) return;
      await deleteConnection(http, known.id);
      index.removeConnection(change.before.name);
      return;
    }
    default:
      assertNever(change, 'connection change');
  }
}

/** The environment variables a connection's secrets need that are not set, as `$NAME (field)`. */
export function missingSecrets(spec: ConnectionSpec, env: Environment): string[] {
  return Object.entries(spec.details)
    .filter(([, value]) => isSecretRef(value) && !env[(value as SecretRef).env])
    .map(([field, value]) => `$${(value as SecretRef).env} (details.${field})`);
}

function connectionBody(writer: ConnectionWriter, spec: ConnectionSpec): ConnectionBody {
  const missing = missingSecrets(spec, writer.env);
  if (missing.length > 0) {
    throw new BackendError(`Connection ${spec.name} needs ${missing.join(', ')}: set ${missing.length === 1 ? 'it' : 'them'} in the environment`);
  }
  const details = toApiDetails(spec, (ref) => {
    const value = writer.env[ref.env] as string;
    writer.redactor.add(value);
    return value;
  });
  // `description` is not sent: the spec types it as an object, and no response returns it.
  return { name: spec.name, details };
}

async function findConnections(http: SigmaHttp, name: string): Promise<WireConnection[]> {
  const found = await listAll<WireConnection>(http, { path: '/v2/connections', query: { search: name } });
  return found.filter((connection) => connection.name === name && connection.isArchived !== true);
}

async function deleteConnection(http: SigmaHttp, connectionId: string): Promise<void> {
  try {
    await http.request({ method: 'DELETE', path: '/v2/connections/{connectionId}', params: { connectionId } });
  } catch (error) {
    if (!(error instanceof SigmaApiError && error.status === 404)) throw error;
  }
}

/** What Sigma shows of a connection, compared with what the files would create (secrets never compare). */
function connectionDiffers(wire: WireConnection, spec: ConnectionSpec): string | undefined {
  const read = fromApiConnection(wire);
  if (!read) return `is of type ${wire.type}`;
  if (read.spec.type !== spec.type) return `is of type ${read.spec.type}, not ${spec.type}`;
  const shown = (each: ConnectionSpec) => JSON.parse(JSON.stringify(comparableConnection(each, read.readable))) as unknown;
  return isDeepStrictEqual(shown(read.spec), shown(spec)) ? undefined : 'has other settings than the files';
}
