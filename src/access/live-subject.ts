// The live state seen as the access engine's subject, so that one engine
// answers for the files and for the live state alike. Live declarations
// have no YAML behind them: their spans are empty, and each grant keeps the
// live grant it came from (id, dates) for provenance.

import type { LiveGrant, LiveSnapshot } from '../model/live.js';
import type { AccountTypeDecl, ConnectionDecl, GrantDecl, TeamDecl, UserDecl } from '../model/project.js';
import type { SourceSpan } from '../model/source.js';
import type { AccessSubject } from './access-index.js';

const NO_POSITION = { line: 0, column: 0, offset: 0 };
const LIVE_SPAN: SourceSpan = { file: '', start: NO_POSITION, end: NO_POSITION };

export interface LiveSubject {
  readonly subject: AccessSubject;
  /** The live grant behind each grant of the subject. */
  readonly liveGrants: ReadonlyMap<GrantDecl, LiveGrant>;
}

/**
 * Active users only (a deactivated user reaches nothing); `accountTypes`
 * are the permissions to reason on (the caller decides whose: the live ones
 * for an access review, the files' for a plan's before and after).
 */
export function subjectFromLive(live: LiveSnapshot, accountTypes: ReadonlyMap<string, AccountTypeDecl>): LiveSubject {
  const connections = new Map<string, ConnectionDecl>();
  for (const connection of live.connections) {
    connections.set(connection.name, {
      name: connection.name,
      type: connection.type,
      previously: [],
      useOauth: connection.useOauth,
      details: connection.details,
      ...(connection.writeAccess && { writeAccess: { ...connection.writeAccess, span: LIVE_SPAN } }),
      span: LIVE_SPAN,
      nameSpan: LIVE_SPAN,
    });
  }
  const users = new Map<string, UserDecl>();
  for (const user of live.users) {
    if (!user.active) continue;
    users.set(user.email, { email: user.email, accountType: user.accountType, managedBy: user.managedBy, span: LIVE_SPAN, emailSpan: LIVE_SPAN, accountTypeSpan: LIVE_SPAN });
  }
  const teams = new Map<string, TeamDecl>();
  for (const team of live.teams) {
    teams.set(team.name, {
      name: team.name,
      members: team.members.map((email) => ({ email, span: LIVE_SPAN })),
      managedBy: team.managedBy,
      previously: [],
      span: LIVE_SPAN,
      nameSpan: LIVE_SPAN,
    });
  }
  const liveGrants = new Map<GrantDecl, LiveGrant>();
  const grants = live.grants.map((grant) => {
    const decl: GrantDecl = {
      principal: grant.principal,
      object: grant.object,
      access: grant.level,
      span: LIVE_SPAN,
      principalSpan: LIVE_SPAN,
      objectSpan: LIVE_SPAN,
      accessSpan: LIVE_SPAN,
    };
    liveGrants.set(decl, grant);
    return decl;
  });
  return { subject: { connections, users, teams, accountTypes, grants }, liveGrants };
}

/** The live account types over the files' declarations: the org's real permissions win. */
export function liveAccountTypes(live: LiveSnapshot, declared: ReadonlyMap<string, AccountTypeDecl>): Map<string, AccountTypeDecl> {
  const types = new Map(declared);
  for (const type of live.accountTypes) types.set(type.name, { name: type.name, permissions: type.permissions, span: LIVE_SPAN, nameSpan: LIVE_SPAN });
  return types;
}
