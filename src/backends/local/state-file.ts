// The local backend's state file: `formatVersion`, `serial` (raised on
// every write), `lineage` (fixed when the file is first written), and the
// resources with their ids. A connection is stored without its secrets:
// only the non-secret details and `secretsVersion`, so the file can be
// committed or shared like any other. One resource per line keeps diffs of
// the file readable.

import { ACCESS_LEVELS, isAccessLevel } from '../../model/levels.js';
import type { LiveAccountType, LiveConnection, LiveGrant, LiveSnapshot, LiveTeam, LiveUser } from '../../model/live.js';
import { formatObjectPath, parseObjectPath } from '../../model/object-path.js';
import { isWarehouseType } from '../../model/warehouses.js';
import { BackendError } from '../backend.js';

export const STATE_FORMAT_VERSION = 1;

export interface StateMetadata {
  readonly serial: number;
  /** Undefined until the file is first written. */
  readonly lineage?: string;
  /** The next number for a resource id. */
  readonly nextId: number;
}

export interface StateContents extends StateMetadata {
  readonly snapshot: LiveSnapshot;
}

export function serializeState(contents: StateContents & { readonly lineage: string }, grantformVersion: string): string {
  const { snapshot } = contents;
  const list = (name: string, items: readonly unknown[], last = false) =>
    `    "${name}": [${items.length === 0 ? '' : `\n${items.map((item) => `      ${JSON.stringify(item)}`).join(',\n')}\n    `}]${last ? '' : ','}\n`;
  const grants = snapshot.grants.map((grant) => ({
    id: grant.id,
    ...(grant.principal.kind === 'team' ? { team: grant.principal.name } : { user: grant.principal.email }),
    object: formatObjectPath(grant.object),
    level: grant.level,
  }));
  return (
    '{\n' +
    `  "formatVersion": ${STATE_FORMAT_VERSION},\n` +
    `  "serial": ${contents.serial},\n` +
    `  "lineage": ${JSON.stringify(contents.lineage)},\n` +
    `  "grantformVersion": ${JSON.stringify(grantformVersion)},\n` +
    `  "nextId": ${contents.nextId},\n` +
    '  "resources": {\n' +
    list('connections', snapshot.connections.map(idFirst)) +
    list('users', snapshot.users.map(idFirst)) +
    list('teams', snapshot.teams.map(idFirst)) +
    list('grants', grants) +
    list('accountTypes', snapshot.accountTypes, true) +
    '  }\n}\n'
  );
}

/** The id first: the file reads like a list of resources by id. */
function idFirst<T extends { readonly id: string }>({ id, ...rest }: T): object {
  return { id, ...rest };
}

/** Parses and checks a state file's text; `where` names the file in messages. */
export function parseState(text: string, where: string): StateContents {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new BackendError(`the state file ${where} is not valid JSON (${(error as Error).message}): restore it from ${where}.backup`);
  }
  const fail = (path: string, what: string): never => {
    throw new BackendError(`the state file ${where} is damaged: ${path} ${what}; restore it from ${where}.backup`);
  };
  const root = asObject(document, 'the document', fail);
  if (typeof root.formatVersion !== 'number') fail('formatVersion', 'is missing');
  if (root.formatVersion !== STATE_FORMAT_VERSION) {
    throw new BackendError(`the state file ${where} has format ${String(root.formatVersion)}, which this grantform (format ${STATE_FORMAT_VERSION}) cannot read: upgrade grantform`);
  }
  const serial = root.serial;
  if (typeof serial !== 'number' || !Number.isInteger(serial) || serial < 0) fail('serial', 'is not a whole number');
  if (typeof root.lineage !== 'string' || root.lineage === '') fail('lineage', 'is missing');
  const nextId = typeof root.nextId === 'number' && Number.isInteger(root.nextId) ? root.nextId : fail('nextId', 'is not a whole number');
  const resources = asObject(root.resources, 'resources', fail);
  const items = (name: string) => (Array.isArray(resources[name]) ? (resources[name] as unknown[]) : fail(`resources.${name}`, 'is not a list'));

  const connections = items('connections').map((item, i): LiveConnection => {
    const at = `resources.connections[${i}]`;
    const value = asObject(item, at, fail);
    if (!isWarehouseType(value.type)) fail(`${at}.type`, 'is not a warehouse type');
    asObject(value.details, `${at}.details`, fail);
    return { ...(value as unknown as LiveConnection), id: nonEmpty(value.id, `${at}.id`, fail), name: nonEmpty(value.name, `${at}.name`, fail), useOauth: value.useOauth === true };
  });
  const users = items('users').map((item, i): LiveUser => {
    const at = `resources.users[${i}]`;
    const value = asObject(item, at, fail);
    const managedBy = value.managedBy === 'scim' ? 'scim' : 'grantform';
    return {
      ...(value as unknown as LiveUser),
      id: nonEmpty(value.id, `${at}.id`, fail),
      email: nonEmpty(value.email, `${at}.email`, fail).toLowerCase(),
      accountType: nonEmpty(value.accountType, `${at}.accountType`, fail),
      managedBy,
      active: value.active !== false,
    };
  });
  const teams = items('teams').map((item, i): LiveTeam => {
    const at = `resources.teams[${i}]`;
    const value = asObject(item, at, fail);
    const members = Array.isArray(value.members) ? value.members.map((member, m) => nonEmpty(member, `${at}.members[${m}]`, fail).toLowerCase()) : fail(`${at}.members`, 'is not a list');
    return {
      ...(value as unknown as LiveTeam),
      id: nonEmpty(value.id, `${at}.id`, fail),
      name: nonEmpty(value.name, `${at}.name`, fail),
      managedBy: value.managedBy === 'scim' ? 'scim' : 'grantform',
      members,
    };
  });
  const grants = items('grants').map((item, i): LiveGrant => {
    const at = `resources.grants[${i}]`;
    const value = asObject(item, at, fail);
    const parsed = parseObjectPath(nonEmpty(value.object, `${at}.object`, fail));
    if (!parsed.ok) fail(`${at}.object`, parsed.error.message);
    if (!isAccessLevel(value.level)) fail(`${at}.level`, `is not one of ${ACCESS_LEVELS.join(', ')}`);
    const principal =
      typeof value.team === 'string'
        ? { kind: 'team' as const, name: value.team }
        : { kind: 'user' as const, email: nonEmpty(value.user, `${at}.user`, fail).toLowerCase() };
    return { id: nonEmpty(value.id, `${at}.id`, fail), principal, object: (parsed as { ok: true; value: LiveGrant['object'] }).value, level: value.level as LiveGrant['level'] };
  });
  const accountTypes = (Array.isArray(resources.accountTypes) ? resources.accountTypes : []) as LiveAccountType[];
  return { serial: serial as number, lineage: root.lineage as string, nextId, snapshot: { connections, users, teams, grants, accountTypes } };
}

type Fail = (path: string, what: string) => never;

function asObject(value: unknown, path: string, fail: Fail): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : fail(path, 'is not an object');
}

function nonEmpty(value: unknown, path: string, fail: Fail): string {
  return typeof value === 'string' && value !== '' ? value : fail(path, 'is not a non-empty string');
}
