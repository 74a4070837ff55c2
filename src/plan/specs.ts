// Live resources seen as specs (the files' vocabulary, without ids), and the
// attribute comparisons that decide an update. An attribute the files leave
// out (a description, a user's names, a connection detail) is not managed:
// it never causes an update, so that importing then planning is empty and a
// field only Sigma knows does not flap.

import type { LiveConnection, LiveTeam, LiveUser } from '../model/live.js';
import { isSecretRef } from '../model/secrets.js';
import type { ConnectionSpec, TeamSpec, UserSpec } from '../model/resources.js';
import { sameValue } from './canonical-json.js';

export function userSpecOf(user: LiveUser): UserSpec {
  return {
    email: user.email,
    accountType: user.accountType,
    ...(user.firstName !== undefined && { firstName: user.firstName }),
    ...(user.lastName !== undefined && { lastName: user.lastName }),
    managedBy: user.managedBy,
  };
}

export function teamSpecOf(team: LiveTeam): TeamSpec {
  return { name: team.name, ...(team.description !== undefined && { description: team.description }), managedBy: team.managedBy };
}

export function connectionSpecOf(connection: LiveConnection): ConnectionSpec {
  return {
    name: connection.name,
    type: connection.type,
    ...(connection.description !== undefined && { description: connection.description }),
    useOauth: connection.useOauth,
    details: connection.details,
    ...(connection.secretsVersion !== undefined && { secretsVersion: connection.secretsVersion }),
    ...(connection.writeAccess !== undefined && { writeAccess: connection.writeAccess }),
  };
}

/** The user after the update: the files' values where they give one, the live ones elsewhere. */
export function mergedUser(desired: UserSpec, live: UserSpec): UserSpec {
  return {
    email: desired.email,
    accountType: desired.accountType,
    ...((desired.firstName ?? live.firstName) !== undefined && { firstName: desired.firstName ?? live.firstName }),
    ...((desired.lastName ?? live.lastName) !== undefined && { lastName: desired.lastName ?? live.lastName }),
    managedBy: desired.managedBy,
  };
}

export function userDiffers(desired: UserSpec, live: UserSpec): boolean {
  return (
    desired.accountType !== live.accountType ||
    (desired.firstName !== undefined && desired.firstName !== live.firstName) ||
    (desired.lastName !== undefined && desired.lastName !== live.lastName)
  );
}

export function mergedTeam(desired: TeamSpec, live: TeamSpec): TeamSpec {
  const description = desired.description ?? live.description;
  return { name: desired.name, ...(description !== undefined && { description }), managedBy: desired.managedBy };
}

export function teamDiffers(desired: TeamSpec, live: TeamSpec): boolean {
  return desired.description !== undefined && desired.description !== live.description;
}

/**
 * The connection after the update. `details` are the files' (secrets as
 * `{ env }` references): Sigma's PUT replaces details whole, and secrets are
 * sent on every update.
 */
export function mergedConnection(desired: ConnectionSpec, live: ConnectionSpec): ConnectionSpec {
  const description = desired.description ?? live.description;
  return {
    name: desired.name,
    type: desired.type,
    ...(description !== undefined && { description }),
    useOauth: desired.useOauth,
    details: desired.details,
    ...(desired.secretsVersion !== undefined && { secretsVersion: desired.secretsVersion }),
    ...(desired.writeAccess !== undefined && { writeAccess: desired.writeAccess }),
  };
}

/**
 * Why the connection needs an update, empty when it does not. Secrets are
 * never compared (the live side never has them); `secretsVersion` stands in
 * for them.
 */
export function connectionDifferences(desired: ConnectionSpec, live: ConnectionSpec): string[] {
  const differences: string[] = [];
  if (desired.type !== live.type) differences.push('type');
  if (desired.description !== undefined && desired.description !== live.description) differences.push('description');
  if (desired.useOauth !== live.useOauth) differences.push('useOauth');
  for (const [key, value] of Object.entries(desired.details)) {
    if (!isSecretRef(value) && !sameValue(value, live.details[key])) differences.push(`details.${key}`);
  }
  if (!sameValue(desired.writeAccess ?? null, live.writeAccess ?? null)) differences.push('writeAccess');
  if (desired.secretsVersion !== undefined && desired.secretsVersion !== live.secretsVersion) differences.push('secretsVersion');
  return differences;
}
