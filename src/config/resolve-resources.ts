// From schema-valid resource files to the merged Project declarations:
// duplicates across files, references between resources (team members,
// grant principals and objects, account types), and object paths checked
// against their connection's warehouse type.

import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { isAccessLevel } from '../model/levels.js';
import { formatObjectPath, parseObjectPath, type ObjectPath } from '../model/object-path.js';
import {
  ALL_MEMBERS,
  type AccountTypeDecl,
  type ConnectionDecl,
  type DetailValue,
  type GrantDecl,
  type Principal,
  type TeamDecl,
  type UserDecl,
  type WriteAccess,
} from '../model/project.js';
import type { SourceSpan } from '../model/source.js';
import { WAREHOUSES, maxPathDepth, type ContainerKey, type WarehouseType } from '../model/warehouses.js';
import { BUILT_IN_ACCOUNT_TYPES } from '../model/account-types.js';
import { validationError } from './diagnostics.js';
import type { ParsedFile } from './parse-yaml.js';
import { spanFromOffsets } from './positions.js';
import { closestMatch, listChoices } from './suggest.js';
import { findPair, keySpan, nodeSpan } from './yaml-nodes.js';
import { formatLocation } from '../model/source.js';

export interface Resources {
  readonly connections: Map<string, ConnectionDecl>;
  readonly users: Map<string, UserDecl>;
  readonly teams: Map<string, TeamDecl>;
  readonly accountTypes: Map<string, AccountTypeDecl>;
  readonly grants: GrantDecl[];
}

/** A grant before its object is checked against the connection's type. */
interface PendingGrant {
  readonly parsed: ParsedFile;
  readonly item: YAMLMap;
  readonly value: Record<string, unknown>;
  readonly span: SourceSpan;
}

type Raw = Record<string, unknown>;

/** Reads one list item: its plain value and the spans of its keys and values. */
class Item {
  constructor(
    readonly parsed: ParsedFile,
    readonly node: YAMLMap,
    readonly value: Raw,
  ) {}

  get span(): SourceSpan {
    return nodeSpan(this.parsed.file.displayPath, this.parsed.counter, this.node);
  }

  pair(key: string): Pair<unknown, unknown> | undefined {
    return findPair(this.node.items, key);
  }

  /** The value of `key` as written; falls back to the item when absent. */
  valueSpan(key: string): SourceSpan {
    const pair = this.pair(key);
    const node = pair?.value as Node | null | undefined;
    return node ? nodeSpan(this.parsed.file.displayPath, this.parsed.counter, node) : this.span;
  }

  keySpan(key: string): SourceSpan {
    const pair = this.pair(key);
    return pair ? keySpan(this.parsed.file.displayPath, this.parsed.counter, pair) : this.span;
  }
}

function* itemsOf(parsed: ParsedFile, list: string): Generator<Item> {
  const root = parsed.document.contents;
  if (!isMap(root)) return;
  const seq = findPair(root.items, list)?.value;
  const values = (parsed.value as Raw)[list];
  if (!isSeq(seq) || !Array.isArray(values)) return;
  for (let i = 0; i < seq.items.length; i += 1) {
    const node = seq.items[i];
    if (isMap(node)) yield new Item(parsed, node, values[i] as Raw);
  }
}

export function resolveResources(files: readonly ParsedFile[]): { resources: Resources; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const resources: Resources = { connections: new Map(), users: new Map(), teams: new Map(), accountTypes: new Map(), grants: [] };
  const pendingGrants: PendingGrant[] = [];

  for (const parsed of files) {
    for (const item of itemsOf(parsed, 'accountTypes')) declareOnce(resources.accountTypes, accountTypeOf(item), 'account type', diagnostics);
    for (const item of itemsOf(parsed, 'users')) declareOnce(resources.users, userOf(item), 'user', diagnostics);
    for (const item of itemsOf(parsed, 'teams')) {
      const team = teamOf(item);
      if (team.name === ALL_MEMBERS) {
        diagnostics.push(validationError('reference', team.nameSpan, `"${ALL_MEMBERS}" is Sigma's built-in team of every user: grant to it without declaring it`));
        continue;
      }
      declareOnce(resources.teams, team, 'team', diagnostics);
    }
    for (const item of itemsOf(parsed, 'connections')) {
      const connection = connectionOf(item, diagnostics);
      if (connection) declareOnce(resources.connections, connection, 'connection', diagnostics);
    }
    for (const item of itemsOf(parsed, 'grants')) pendingGrants.push({ parsed, item: item.node, value: item.value, span: item.span });
  }

  checkPreviousNames(resources.teams, 'team', diagnostics);
  checkPreviousNames(resources.connections, 'connection', diagnostics);
  checkUserReferences(resources, diagnostics);
  for (const pending of pendingGrants) {
    const grant = grantOf(new Item(pending.parsed, pending.item, pending.value), resources, diagnostics);
    if (grant) resources.grants.push(grant);
  }
  return { resources, diagnostics };
}

interface Declared {
  readonly span: SourceSpan;
  readonly nameSpan?: SourceSpan;
  readonly emailSpan?: SourceSpan;
}

function declareOnce<T extends Declared>(map: Map<string, T>, declaration: T & ({ name: string } | { email: string }), kind: string, diagnostics: Diagnostic[]): void {
  const key = 'email' in declaration ? declaration.email : declaration.name;
  const first = map.get(key);
  const here = declaration.nameSpan ?? declaration.emailSpan ?? declaration.span;
  if (first) {
    const there = first.nameSpan ?? first.emailSpan ?? first.span;
    diagnostics.push(
      validationError('duplicate-declaration', here, `${kind} "${key}" is declared twice: here and at ${formatLocation(there)}; keep one declaration`, [
        { message: `first declaration of ${kind} "${key}"`, span: there },
      ]),
    );
    return;
  }
  map.set(key, declaration);
}

function accountTypeOf(item: Item): AccountTypeDecl {
  const { name, description, permissions } = item.value as { name: string; description?: string; permissions: string[] };
  return { name, ...(description !== undefined && { description }), permissions, span: item.span, nameSpan: item.valueSpan('name') };
}

function userOf(item: Item): UserDecl {
  const value = item.value as { email: string; accountType: string; firstName?: string; lastName?: string; managedBy?: 'grantform' | 'scim' };
  return {
    email: value.email.toLowerCase(),
    accountType: value.accountType,
    ...(value.firstName !== undefined && { firstName: value.firstName }),
    ...(value.lastName !== undefined && { lastName: value.lastName }),
    managedBy: value.managedBy ?? 'grantform',
    span: item.span,
    emailSpan: item.valueSpan('email'),
    accountTypeSpan: item.valueSpan('accountType'),
  };
}

function teamOf(item: Item): TeamDecl {
  const value = item.value as { name: string; description?: string; members?: string[]; managedBy?: 'grantform' | 'scim'; previously?: string[] };
  const membersNode = item.pair('members')?.value;
  const members = (value.members ?? []).map((email, index) => {
    const node = isSeq(membersNode) ? (membersNode.items[index] as Node | undefined) : undefined;
    return { email: email.toLowerCase(), span: node ? nodeSpan(item.parsed.file.displayPath, item.parsed.counter, node) : item.keySpan('members') };
  });
  return {
    name: value.name,
    ...(value.description !== undefined && { description: value.description }),
    members,
    managedBy: value.managedBy ?? 'grantform',
    previously: value.previously ?? [],
    span: item.span,
    nameSpan: item.valueSpan('name'),
  };
}

function connectionOf(item: Item, diagnostics: Diagnostic[]): ConnectionDecl | undefined {
  const value = item.value as {
    name: string;
    type: WarehouseType;
    description?: string;
    previously?: string[];
    useOauth?: boolean;
    details?: Record<string, DetailValue>;
    secretsVersion?: number;
    writeAccess?: Record<string, unknown>;
  };
  let writeAccess: WriteAccess | undefined;
  if (value.writeAccess) {
    const keys = WAREHOUSES[value.type].destinationKeys;
    const toPath = (destination: unknown) => keys.map((key) => String((destination as Record<ContainerKey, string>)[key]));
    const raw = value.writeAccess as { destination?: unknown; destinations?: unknown[]; auditLog?: unknown; materializationWarehouse?: string; useDynamicTables?: boolean };
    const destinations = raw.destinations ? raw.destinations.map(toPath) : raw.destination ? [toPath(raw.destination)] : [];
    if (destinations.length === 0) {
      diagnostics.push(validationError('schema', item.keySpan('writeAccess'), `writeAccess of connection "${value.name}" needs its destination: where Sigma writes input tables, uploads and materializations (leave writeAccess out to keep write access disabled)`));
      return undefined;
    }
    writeAccess = {
      destinations,
      ...(raw.auditLog !== undefined && { auditLog: toPath(raw.auditLog) }),
      ...(raw.materializationWarehouse !== undefined && { materializationWarehouse: raw.materializationWarehouse }),
      ...(raw.useDynamicTables !== undefined && { useDynamicTables: raw.useDynamicTables }),
      span: item.valueSpan('writeAccess'),
    };
  }
  return {
    name: value.name,
    type: value.type,
    ...(value.description !== undefined && { description: value.description }),
    previously: value.previously ?? [],
    useOauth: value.useOauth ?? false,
    details: value.details ?? {},
    ...(value.secretsVersion !== undefined && { secretsVersion: value.secretsVersion }),
    ...(writeAccess && { writeAccess }),
    span: item.span,
    nameSpan: item.valueSpan('name'),
  };
}

/** A former name must not be the current name of another declaration, nor claimed twice. */
function checkPreviousNames(map: Map<string, TeamDecl | ConnectionDecl>, kind: string, diagnostics: Diagnostic[]): void {
  const claimed = new Map<string, string>();
  for (const declaration of map.values()) {
    for (const previous of declaration.previously) {
      if (map.has(previous) && previous !== declaration.name) {
        diagnostics.push(validationError('duplicate-declaration', declaration.nameSpan, `${kind} "${declaration.name}" lists "${previous}" under previously, but ${kind} "${previous}" is declared too: a former name cannot also be a current one`));
      }
      const other = claimed.get(previous);
      if (other !== undefined && other !== declaration.name) {
        diagnostics.push(validationError('duplicate-declaration', declaration.nameSpan, `${kind}s "${other}" and "${declaration.name}" both list "${previous}" under previously: only one can be its new name`));
      }
      claimed.set(previous, declaration.name);
    }
  }
}

function checkUserReferences(resources: Resources, diagnostics: Diagnostic[]): void {
  for (const team of resources.teams.values()) {
    for (const member of team.members) {
      if (!resources.users.has(member.email)) diagnostics.push(undeclared('user', member.email, member.span, resources.users.keys(), `member of team "${team.name}"`));
    }
  }
  const accountTypeNames = [...BUILT_IN_ACCOUNT_TYPES.keys(), ...resources.accountTypes.keys()];
  for (const user of resources.users.values()) {
    if (resources.accountTypes.has(user.accountType) || BUILT_IN_ACCOUNT_TYPES.has(user.accountType)) continue;
    const guess = closestMatch(user.accountType, accountTypeNames);
    diagnostics.push(
      validationError(
        'reference',
        user.accountTypeSpan,
        `account type "${user.accountType}" of user ${user.email} is neither Sigma's built-in (${listChoices([...BUILT_IN_ACCOUNT_TYPES.keys()])}) nor declared under accountTypes${guess ? `; did you mean "${guess}"?` : ''}`,
      ),
    );
  }
}

function undeclared(kind: string, name: string, span: SourceSpan, declared: Iterable<string>, role: string): Diagnostic {
  const guess = closestMatch(name, declared);
  const hint = guess ? `; did you mean "${guess}"?` : `: declare it under ${kind === 'user' ? 'users' : `${kind}s`}`;
  return validationError('reference', span, `${role} names ${kind} "${name}", which is not declared${hint}`);
}

function grantOf(item: Item, resources: Resources, diagnostics: Diagnostic[]): GrantDecl | undefined {
  const value = item.value as { team?: string; user?: string; object: unknown; access: unknown };
  let principal: Principal;
  let principalSpan: SourceSpan;
  let valid = true;
  if (value.team !== undefined) {
    principal = { kind: 'team', name: value.team };
    principalSpan = item.valueSpan('team');
    if (value.team !== ALL_MEMBERS && !resources.teams.has(value.team)) {
      diagnostics.push(undeclared('team', value.team, principalSpan, [...resources.teams.keys(), ALL_MEMBERS], 'grant'));
      valid = false;
    }
  } else {
    principal = { kind: 'user', email: String(value.user).toLowerCase() };
    principalSpan = item.valueSpan('user');
    if (!resources.users.has(principal.email)) {
      diagnostics.push(undeclared('user', principal.email, principalSpan, resources.users.keys(), 'grant'));
      valid = false;
    }
  }
  const target = objectOf(item, resources, diagnostics);
  if (!target || !valid || !isAccessLevel(value.access)) return undefined;
  return {
    principal,
    object: target.object,
    ...(target.leafKind && { leafKind: target.leafKind }),
    access: value.access,
    span: item.span,
    principalSpan,
    objectSpan: item.valueSpan('object'),
    accessSpan: item.valueSpan('access'),
  };
}

interface Target {
  readonly object: ObjectPath;
  readonly leafKind?: 'table' | 'procedure';
}

function objectOf(item: Item, resources: Resources, diagnostics: Diagnostic[]): Target | undefined {
  const raw = item.value.object;
  const objectNode = item.pair('object')?.value as Node | null | undefined;
  const whole = item.valueSpan('object');

  let target: Target;
  let depthSpan = whole;
  if (typeof raw === 'string') {
    const parsed = parseObjectPath(raw);
    if (!parsed.ok) {
      diagnostics.push(validationError('object-path', spanWithinScalar(item, objectNode, parsed.error.offset, parsed.error.length) ?? whole, `object "${raw}" ${parsed.error.message}`));
      return undefined;
    }
    target = { object: parsed.value };
  } else {
    const map = raw as Record<string, string>;
    const connection = resources.connections.get(map.connection ?? '');
    if (!connection) return reportUnknownConnection(map.connection ?? '', item, objectNode, resources, diagnostics);
    const fromMap = objectFromMap(connection, map, item, objectNode, diagnostics);
    if (!fromMap) return undefined;
    target = fromMap;
    depthSpan = whole;
  }

  const connection = resources.connections.get(target.object.connection);
  if (!connection) return reportUnknownConnection(target.object.connection, item, objectNode, resources, diagnostics);
  const depth = maxPathDepth(connection.type);
  if (target.object.path.length > depth) {
    const levels = [...WAREHOUSES[connection.type].containers, 'table'].join('/');
    diagnostics.push(
      validationError(
        'object-path',
        depthSpan,
        `"${formatObjectPath(target.object)}" has ${target.object.path.length} levels below ${connection.name}, a ${connection.type} connection whose objects go ${levels} (at most ${depth})`,
      ),
    );
    return undefined;
  }
  return target;
}

function reportUnknownConnection(name: string, item: Item, objectNode: Node | null | undefined, resources: Resources, diagnostics: Diagnostic[]): undefined {
  let span = item.valueSpan('object');
  if (isMap(objectNode)) {
    const pair = findPair(objectNode.items, 'connection');
    if (pair?.value) span = nodeSpan(item.parsed.file.displayPath, item.parsed.counter, pair.value as Node);
  } else {
    span = spanWithinScalar(item, objectNode, 0, name.length) ?? span;
  }
  diagnostics.push(undeclared('connection', name, span, resources.connections.keys(), 'grant'));
  return undefined;
}

/** Keys of the map form, in path order, for a warehouse type. */
function objectFromMap(connection: ConnectionDecl, map: Record<string, string>, item: Item, objectNode: Node | null | undefined, diagnostics: Diagnostic[]): Target | undefined {
  const containers = WAREHOUSES[connection.type].containers;
  const keySpanOf = (key: string) => {
    const pair = isMap(objectNode) ? findPair(objectNode.items, key) : undefined;
    return pair ? keySpan(item.parsed.file.displayPath, item.parsed.counter, pair) : item.valueSpan('object');
  };
  const levels = [...containers, 'table'].join('/');
  for (const key of Object.keys(map)) {
    if (key === 'connection' || key === 'table' || key === 'procedure' || (containers as readonly string[]).includes(key)) continue;
    const guess = closestMatch(key, containers) ?? containers.find((container) => sameLevel(container, key));
    diagnostics.push(
      validationError('object-path', keySpanOf(key), `"${key}" is not a level of ${connection.name}, a ${connection.type} connection whose objects go ${levels}${guess ? `: use "${guess}"` : ''}`),
    );
    return undefined;
  }
  if (map.table !== undefined && map.procedure !== undefined) {
    diagnostics.push(validationError('object-path', keySpanOf('procedure'), 'an object is a table or a procedure, not both: keep one of them'));
    return undefined;
  }
  const path: string[] = [];
  const named = [...containers.map((key) => [key, map[key]] as const), map.table !== undefined ? (['table', map.table] as const) : (['procedure', map.procedure] as const)];
  let gapAt: string | undefined;
  for (const [key, name] of named) {
    if (name === undefined) {
      gapAt ??= key;
      continue;
    }
    if (gapAt !== undefined) {
      diagnostics.push(validationError('object-path', keySpanOf(key), `a ${key} needs its ${gapAt}: write ${gapAt} too (${connection.name} objects go ${levels})`));
      return undefined;
    }
    path.push(name);
  }
  const leafKind = map.procedure !== undefined ? 'procedure' : map.table !== undefined ? 'table' : undefined;
  return { object: { connection: connection.name, path }, ...(leafKind && { leafKind }) };
}

/** database ~ catalog ~ project and schema ~ dataset: the same level in another warehouse's words. */
function sameLevel(a: string, b: string): boolean {
  const top = ['database', 'catalog', 'project'];
  const second = ['schema', 'dataset'];
  return (top.includes(a) && top.includes(b)) || (second.includes(a) && second.includes(b));
}

/** A precise span inside a scalar, where its source text is its value (plain, or quoted without escapes). */
function spanWithinScalar(item: Item, node: Node | null | undefined, offset: number, length: number): SourceSpan | undefined {
  if (!isScalar(node) || !node.range || typeof node.value !== 'string') return undefined;
  const [start, end] = node.range;
  const source = item.parsed.file.text.slice(start, end);
  let base: number;
  if (source === node.value) base = start;
  else if (source.length === node.value.length + 2 && source.slice(1, -1) === node.value) base = start + 1;
  else return undefined;
  return spanFromOffsets(item.parsed.file.displayPath, item.parsed.counter, base + offset, base + offset + Math.max(1, length));
}

