// Small builders for planner tests: desired and live states written in a
// line each, the way the files would say them.

import { parseObjectPath, type ObjectPath } from '../../src/model/object-path.js';
import type { AccessLevel } from '../../src/model/levels.js';
import type { LiveGrant, LiveSnapshot, LiveTeam, LiveUser, LiveConnection } from '../../src/model/live.js';
import type { ManageMode, ManagedKind, Principal } from '../../src/model/project.js';
import type { GrantSpec, UserSpec } from '../../src/model/resources.js';
import type { DesiredConnection, DesiredState, DesiredTeam } from '../../src/plan/desired.js';
import type { PlanSettings } from '../../src/plan/plan.js';

export function settings(manage: Partial<Record<ManagedKind, ManageMode>> = {}, safety: Partial<PlanSettings['safety']> = {}): PlanSettings {
  return {
    manage: { connections: 'additive', users: 'additive', teams: 'authoritative', memberships: 'authoritative', grants: 'authoritative', ...manage },
    safety: { maxDeletes: 25, ...safety },
  };
}

export function object(path: string): ObjectPath {
  const parsed = parseObjectPath(path);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** `team:Sales` or `user:ann@example.com`. */
export function principal(text: string): Principal {
  const [kind, name] = text.split(/:(.*)/s) as [string, string];
  return kind === 'team' ? { kind: 'team', name } : { kind: 'user', email: name };
}

export function grant(who: string, path: string, level: AccessLevel): GrantSpec {
  return { principal: principal(who), object: object(path), level };
}

export function liveGrant(id: string, who: string, path: string, level: AccessLevel): LiveGrant {
  return { id, ...grant(who, path, level) };
}

export function user(email: string, accountType = 'Creator', extra: Partial<UserSpec> = {}): UserSpec {
  return { email, accountType, managedBy: 'grantform', ...extra };
}

export function liveUser(id: string, email: string, accountType = 'Creator', extra: Partial<LiveUser> = {}): LiveUser {
  return { id, email, accountType, managedBy: 'grantform', active: true, ...extra };
}

export function team(name: string, members: string[] = [], extra: Partial<DesiredTeam> = {}): DesiredTeam {
  return { name, managedBy: 'grantform', members, previously: [], ...extra };
}

export function liveTeam(id: string, name: string, members: string[] = [], extra: Partial<LiveTeam> = {}): LiveTeam {
  return { id, name, managedBy: 'grantform', members, ...extra };
}

export function connection(name: string, extra: Partial<DesiredConnection> = {}): DesiredConnection {
  return { name, type: 'snowflake', useOauth: false, details: {}, previously: [], ...extra };
}

export function liveConnection(id: string, name: string, extra: Partial<LiveConnection> = {}): LiveConnection {
  return { id, name, type: 'snowflake', useOauth: false, details: {}, ...extra };
}

export function desired(state: Partial<DesiredState>): DesiredState {
  return { connections: [], users: [], teams: [], grants: [], ...state };
}

export function live(state: Partial<LiveSnapshot>): LiveSnapshot {
  return { connections: [], users: [], teams: [], grants: [], accountTypes: [], ...state };
}
