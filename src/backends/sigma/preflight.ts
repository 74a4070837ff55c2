// Checks before anything changes (DESIGN.md §6): whose credentials these
// are (GET /v2/whoami, also the first request of every read), and, for a
// plan that changes a connection's write access, that they are an Admin's
// (Sigma requires it): refused up front rather than half-way.

import type { Change } from '../../model/changes.js';
import type { Environment } from './settings.js';
import { BackendError } from '../backend.js';
import { writeAccessChanged } from './connection-mapping.js';
import type { SigmaHttp } from './http.js';
import type { WhoamiResponse, WireMember } from './wire.js';
import { missingSecrets } from './write-connections.js';

export async function whoami(http: SigmaHttp): Promise<WhoamiResponse> {
  const answer = await http.request<WhoamiResponse>({ method: 'GET', path: '/v2/whoami' });
  if (!answer || typeof answer.userId !== 'string') throw new BackendError('Sigma answered GET /v2/whoami without a userId: check that the base URL is Sigma\'s API');
  return answer;
}

/** Connections whose write access this plan creates or changes. */
export function writeAccessChanges(changes: readonly Change[]): string[] {
  const names: string[] = [];
  for (const change of changes) {
    if (change.type !== 'connection') continue;
    if (change.action === 'create' && change.after.writeAccess) names.push(change.after.name);
    if (change.action === 'update' && writeAccessChanged(change.before, change.after)) names.push(change.after.name);
  }
  return names;
}

export async function checkBeforeApply(http: SigmaHttp, identity: WhoamiResponse, changes: readonly Change[], env: Environment): Promise<void> {
  const missing = changes.flatMap((change) => (change.type === 'connection' && change.action !== 'delete' ? missingSecrets(change.after, env).map((each) => `${each} for ${change.after.name}`) : []));
  if (missing.length > 0) {
    throw new BackendError(`The plan sends connection secrets that the environment lacks: set ${missing.join(', ')}`);
  }
  const writes = writeAccessChanges(changes);
  if (writes.length === 0) return;
  const me = await http.request<WireMember>({ method: 'GET', path: '/v2/members/{memberId}', params: { memberId: identity.userId } });
  if (me?.memberType === 'Admin') return;
  const list = writes.length === 1 ? `connection ${writes[0]}` : `connections ${writes.join(', ')}`;
  throw new BackendError(
    `This plan changes the write access of ${list}, which Sigma allows only to Admins, and the credentials belong to ${me?.email ?? identity.userId}, whose account type is ${me?.memberType ?? 'unknown'}: apply it with an Admin's client credentials`,
  );
}
