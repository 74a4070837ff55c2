// Sigma's read/write test of a connection (conn → GET
// /v2/connections/{connectionId}/test): run after an apply that created or
// changed a write destination, and by `grantform check` for every connection.

import type { ConnectionCheck } from '../backend.js';
import { SigmaApiError } from './errors.js';
import type { SigmaHttp } from './http.js';
import type { KnownConnection } from './id-index.js';
import type { ConnectionTestResponse } from './wire.js';

export async function testConnection(http: SigmaHttp, connection: KnownConnection): Promise<ConnectionCheck> {
  try {
    const answer = await http.request<ConnectionTestResponse>({ method: 'GET', path: '/v2/connections/{connectionId}/test', params: { connectionId: connection.id } });
    return { connection: connection.name, read: answer.read === 'SUCCESS' ? 'SUCCESS' : 'FAILED', write: answer.write === 'SUCCESS' || answer.write === 'DISABLED' ? answer.write : 'FAILED' };
  } catch (error) {
    if (error instanceof SigmaApiError && error.status !== undefined && error.status < 500) {
      return { connection: connection.name, read: 'FAILED', write: 'FAILED', message: error.message };
    }
    throw error;
  }
}

/** The warning an apply ends with for a connection whose new write destination does not work yet. */
export function writeTestWarning(check: ConnectionCheck): string | undefined {
  if (check.write !== 'FAILED' && check.read !== 'FAILED') return undefined;
  if (check.read === 'FAILED') return `Connection ${check.connection}: read: FAILED${check.message ? ` (${check.message})` : ''}: Sigma cannot query the warehouse with the connection's credentials`;
  return `Connection ${check.connection}: write: FAILED: the warehouse still lacks the write destination, or Sigma's role lacks the permissions to create tables in it`;
}
