// A change's resources as attributes in the files' vocabulary, for the
// renderers: what a create sets, and for an update only what differs. A
// secret is shown as its `{ env: NAME }` reference, which is all a spec ever
// holds.

import type { Change } from '../../model/changes.js';
import { assertNever } from '../../model/errors.js';
import { formatObjectPath } from '../../model/object-path.js';
import type { DetailValue } from '../../model/project.js';
import type { ConnectionSpec, GrantSpec, MembershipSpec, TeamSpec, UserSpec } from '../../model/resources.js';
import { escapeTerminal } from '../../model/escape/terminal.js';
import { isSecretRef } from '../../model/secrets.js';
import { WAREHOUSES } from '../../model/warehouses.js';

export type Attributes = ReadonlyArray<readonly [name: string, value: string]>;

export interface AttributeChange {
  readonly name: string;
  readonly before?: string;
  readonly after?: string;
  /** A secret reference: the live side never has it, and every update sends it again. */
  readonly secret?: boolean;
}

const quote = (value: string) => JSON.stringify(value);

export function formatDetail(value: DetailValue): string {
  if (isSecretRef(value)) return `{ env: ${value.env} }`;
  if (Array.isArray(value)) return `[${value.map((item) => quote(String(item))).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${quote(String(item))}`).join(', ')} }`;
  return typeof value === 'string' ? quote(value) : String(value);
}

function userAttributes(user: UserSpec): Attributes {
  return [
    ['accountType', quote(user.accountType)],
    ...(user.firstName !== undefined ? [['firstName', quote(user.firstName)] as const] : []),
    ...(user.lastName !== undefined ? [['lastName', quote(user.lastName)] as const] : []),
    ...(user.managedBy === 'scim' ? [['managedBy', quote('scim')] as const] : []),
  ];
}

function teamAttributes(team: TeamSpec): Attributes {
  return [
    ['name', quote(team.name)],
    ...(team.description !== undefined ? [['description', quote(team.description)] as const] : []),
    ...(team.managedBy === 'scim' ? [['managedBy', quote('scim')] as const] : []),
  ];
}

function connectionAttributes(connection: ConnectionSpec): Attributes {
  const write = connection.writeAccess;
  // Destinations in the warehouse's own words, as the files write them.
  const keys = WAREHOUSES[connection.type].destinationKeys;
  const place = (names: readonly string[]) => `{ ${keys.map((key, index) => `${key}: ${quote(names[index] ?? '')}`).join(', ')} }`;
  const destinations: Attributes = !write
    ? [['writeAccess', 'disabled']]
    : write.destinations.length === 1
      ? [['writeAccess.destination', place(write.destinations[0] as readonly string[])]]
      : [['writeAccess.destinations', `[${write.destinations.map(place).join(', ')}]`]];
  return [
    ['name', quote(connection.name)],
    ['type', quote(connection.type)],
    ...(connection.description !== undefined ? [['description', quote(connection.description)] as const] : []),
    ...(connection.useOauth ? [['useOauth', 'true'] as const] : []),
    ...Object.entries(connection.details)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => [`details.${key}`, formatDetail(value)] as const),
    ...(connection.secretsVersion !== undefined ? [['secretsVersion', String(connection.secretsVersion)] as const] : []),
    ...destinations,
    ...(write?.auditLog !== undefined ? [['writeAccess.auditLog', place(write.auditLog)] as const] : []),
    ...(write?.materializationWarehouse !== undefined ? [['writeAccess.materializationWarehouse', quote(write.materializationWarehouse)] as const] : []),
    ...(write?.useDynamicTables !== undefined ? [['writeAccess.useDynamicTables', String(write.useDynamicTables)] as const] : []),
  ];
}

function membershipAttributes(membership: MembershipSpec): Attributes {
  return [
    ['team', quote(membership.team)],
    ['user', quote(membership.email)],
  ];
}

function grantAttributes(grant: GrantSpec): Attributes {
  return [
    [grant.principal.kind, quote(grant.principal.kind === 'team' ? grant.principal.name : grant.principal.email)],
    ['object', quote(formatObjectPath(grant.object))],
    ['access', quote(grant.level)],
  ];
}

/** Every name and value shown safely on a terminal; the Markdown keeps them in a code block. */
export function attributesOf(change: Change, side: 'before' | 'after'): Attributes {
  return rawAttributesOf(change, side).map(([name, value]) => [escapeTerminal(name), escapeTerminal(value)] as const);
}

function rawAttributesOf(change: Change, side: 'before' | 'after'): Attributes {
  // Every change type keeps its specs under `before` / `after`; which are present depends on the action.
  const spec = (change as unknown as Partial<Record<'before' | 'after', unknown>>)[side];
  if (spec === undefined) return [];
  switch (change.type) {
    case 'user':
      return userAttributes(spec as UserSpec);
    case 'team':
      return teamAttributes(spec as TeamSpec);
    case 'connection':
      return connectionAttributes(spec as ConnectionSpec);
    case 'membership':
      return membershipAttributes(spec as MembershipSpec);
    case 'grant':
      return grantAttributes(spec as GrantSpec);
    default:
      return assertNever(change, 'change');
  }
}

/** What an update or replace changes, attribute by attribute, in the order of the after side. */
export function attributeChanges(change: Change): AttributeChange[] {
  const before = new Map(attributesOf(change, 'before'));
  const after = attributesOf(change, 'after');
  const changes: AttributeChange[] = [];
  const seen = new Set<string>();
  for (const [name, value] of after) {
    seen.add(name);
    const old = before.get(name);
    if (old === undefined && change.type === 'connection' && value.startsWith('{ env: ')) changes.push({ name, after: value, secret: true });
    else if (old !== value) changes.push({ name, ...(old !== undefined && { before: old }), after: value });
  }
  for (const [name, value] of before) if (!seen.has(name)) changes.push({ name, before: value });
  return changes;
}

/** What a create shows: every attribute that the address does not already say. */
export function createdAttributes(change: Change): Attributes {
  // Grants and memberships are most of a large plan: their address says all but the level, so nothing else is worked out.
  switch (change.type) {
    case 'grant':
      return change.action === 'delete' ? [] : [['access', escapeTerminal(quote(change.after.level))]];
    case 'membership':
      return [];
    case 'team':
    case 'connection':
      return attributesOf(change, 'after').filter(([name]) => name !== 'name');
    case 'user':
      return attributesOf(change, 'after');
    default:
      return assertNever(change, 'change');
  }
}
