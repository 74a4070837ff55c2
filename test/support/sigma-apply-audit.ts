// Nothing lost, nothing repeated: what an apply against the emulator did,
// read from the emulator's request log and its final state, against the
// changes the plan asked for. Shared by the throttle integration test and
// the apply bench (scripts/bench/sigma-throttle-tasks.ts).
//
// "Repeated" is a write that took effect twice: a write request that the
// server carried out (2xx, not a throttle answer) more often than the plan's
// changes call for — a second POST of a grant or a create after the first
// succeeded, a membership patched twice —, a write that found its work done
// already (a 404 on a delete, a 409 on a create), or a duplicate left in the
// state (a grant twice for one grantee and object, two teams or members of
// one name). Requests that were throttled, or failed before the server
// acted, and sent again are honest retries, not repeats.

import type { RequestLogEntry, StateDump } from '../../src/emulator/index.js';
import type { Change } from '../../src/model/changes.js';

/** A kind of write, as the audit counts it (the connection and path grant endpoints together). */
type WriteKind = string;

/** The write each change sends when it goes well (docs/sigma-backend.md, "Writes"), by kind. */
function expectedWrites(change: Change): WriteKind[] {
  switch (change.type) {
    case 'user':
      if (change.action === 'create') return ['POST /v2/members'];
      // A deactivation hands the documents over with a PATCH, or to the credentials' owner with a DELETE.
      return change.action === 'update' || change.documentsOwner !== undefined ? ['PATCH /v2/members/{memberId}'] : ['DELETE /v2/members/{memberId}'];
    case 'team':
      return change.action === 'create' ? ['POST /v2/teams'] : change.action === 'update' ? ['PATCH /v2/teams/{teamId}'] : ['DELETE /v2/teams/{teamId}'];
    case 'membership':
      return ['PATCH /v2/teams/{teamId}/members'];
    case 'connection':
      return change.action === 'create' ? ['POST /v2/connections'] : change.action === 'update' ? ['PUT /v2/connections/{connectionId}'] : ['DELETE /v2/connections/{connectionId}'];
    case 'grant':
      // A raise is one POST (Sigma escalates in place); a lower level revokes every live grant first.
      if (change.action === 'create' || change.action === 'update') return ['grant'];
      return [...change.liveIds.map(() => 'revoke grant'), ...(change.action === 'replace' ? ['grant'] : [])];
  }
}

/** The kind of write a logged request is, or undefined for a read (lookups and token requests are POSTs that read). */
function writeKind(entry: RequestLogEntry): WriteKind | undefined {
  const operation = entry.operation;
  if (operation === undefined || entry.method === 'GET') return undefined;
  if (operation === 'POST /v2/auth/token' || operation.endsWith('/lookup')) return undefined;
  if (/^POST \/v2\/(connections\/(\{connectionId\}|paths\/\{connectionPathId\})\/)?grants$/.test(operation)) return 'grant';
  if (/^DELETE .*grants\/\{grantId\}$/.test(operation)) return 'revoke grant';
  return operation;
}

export interface WriteCount {
  readonly kind: WriteKind;
  /** What the plan's changes call for. */
  readonly expected: number;
  /** Write requests the server carried out. */
  readonly carriedOut: number;
  /** Write requests answered as already done (404 on a delete, 409 on a create). */
  readonly foundDone: number;
  /** Answers that were throttling (429, or the HTML page whatever its status). */
  readonly throttled: number;
}

export interface ApplyAudit {
  /** Requests the emulator saw, throttled or not. */
  readonly requests: number;
  readonly throttled: number;
  /** Answers that were failures of the server (5xx outside throttling, a dropped connection). */
  readonly serverFailures: number;
  readonly writes: readonly WriteCount[];
  /** One line per repeat found: a kind carried out more often than called for, a write found done, a duplicate. */
  readonly repeated: readonly string[];
  /** Kinds carried out less often than called for: changes that did not reach Sigma. */
  readonly missing: readonly string[];
}

const isThrottle = (entry: RequestLogEntry) => entry.fault === 'rate-limit' || entry.fault === 'throttle' || entry.fault === 'html-throttle';

/**
 * `changes`: those the apply carried out (the report's done ones); `log`: the emulator's request log of the apply
 * alone (reset before it); `state`: the emulator's state after it. A user create that reactivates a deactivated
 * account is a PATCH, not a POST: the caller's org has none.
 */
export function auditApply(changes: readonly Change[], log: readonly RequestLogEntry[], state: StateDump): ApplyAudit {
  const expected = new Map<WriteKind, number>();
  for (const change of changes) for (const kind of expectedWrites(change)) expected.set(kind, (expected.get(kind) ?? 0) + 1);
  const counts = new Map<WriteKind, { carriedOut: number; foundDone: number; throttled: number }>();
  let throttled = 0;
  let serverFailures = 0;
  for (const entry of log) {
    if (isThrottle(entry)) throttled += 1;
    else if (entry.status === null || entry.status >= 500) serverFailures += 1;
    const kind = writeKind(entry);
    if (kind === undefined) continue;
    const count = counts.get(kind) ?? { carriedOut: 0, foundDone: 0, throttled: 0 };
    counts.set(kind, count);
    if (isThrottle(entry)) count.throttled += 1;
    else if (entry.status !== null && entry.status >= 200 && entry.status < 300) count.carriedOut += 1;
    else if (entry.status === 404 || entry.status === 409) count.foundDone += 1;
  }
  const writes = [...new Set([...expected.keys(), ...counts.keys()])].sort().map((kind) => ({ kind, expected: expected.get(kind) ?? 0, carriedOut: 0, foundDone: 0, throttled: 0, ...counts.get(kind) }));
  const repeated: string[] = [];
  const missing: string[] = [];
  for (const write of writes) {
    if (write.carriedOut > write.expected) repeated.push(`${write.kind}: carried out ${write.carriedOut} times for ${write.expected} changes`);
    if (write.carriedOut < write.expected) missing.push(`${write.kind}: carried out ${write.carriedOut} times for ${write.expected} changes`);
    if (write.foundDone > 0) repeated.push(`${write.kind}: ${write.foundDone} answered as done already (404 or 409)`);
  }
  repeated.push(...duplicatesIn(state));
  return { requests: log.length, throttled, serverFailures, writes, repeated, missing };
}

function duplicatesIn(state: StateDump): string[] {
  const found: string[] = [];
  const twice = (what: string, keys: readonly string[]) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) found.push(`${what} ${key} twice in the state`);
      seen.add(key);
    }
  };
  const grants = state.grants as ReadonlyArray<{ memberId: string | null; teamId: string | null; inodeId: string }>;
  twice(
    'grant',
    grants.map((grant) => `${grant.memberId ?? `team ${grant.teamId}`}@${grant.inodeId}`),
  );
  const teams = state.teams as ReadonlyArray<{ name: string; isArchived?: boolean }>;
  twice(
    'team',
    teams.filter((team) => team.isArchived !== true).map((team) => team.name),
  );
  const members = state.members as ReadonlyArray<{ email: string }>;
  twice(
    'member',
    members.map((member) => member.email.toLowerCase()),
  );
  return found;
}
