// From schema-valid resource files to the merged Project declarations:
// duplicates across files, references between resources (team members,
// grant principals and objects, account types), and object paths checked
// against their connection's warehouse type.

import { isSeq, type Node } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.js';
import { isAccessLevel } from '../model/levels.js';
import {
  ALL_MEMBERS,
  type AccountTypeDecl,
  type ConnectionDecl,
  type DetailValue,
  type GrantDecl,
  type Principal,
  type SourceFile,
  type TeamDecl,
  type UserDecl,
  type WriteAccess,
} from '../model/project.js';
import { formatLocation, type SourceSpan } from '../model/source.js';
import { WAREHOUSES, type ContainerKey, type WarehouseType } from '../model/warehouses.js';
import { BUILT_IN_ACCOUNT_TYPES } from '../model/account-types.js';
import { resolveMembers } from '../model/team-members.js';
import { validationError } from './diagnostics.js';
import type { ParsedFile } from './parse-yaml.js';
import { undeclared } from './references.js';
import { objectOf, type ObjectSite } from './resolve-objects.js';
import { closestMatch, listChoices } from './suggest.js';
import { Item, itemsOf } from './yaml-item.js';
import { nodeSpan } from './yaml-nodes.js';

export interface Resources {
  readonly connections: Map<string, ConnectionDecl>;
  readonly users: Map<string, UserDecl>;
  readonly teams: Map<string, TeamDecl>;
  readonly accountTypes: Map<string, AccountTypeDecl>;
  readonly grants: GrantDecl[];
}

/** A grant before its principal and object are checked against the other files: its value and spans, detached from the file's YAML nodes. */
interface PendingGrant {
  readonly value: { team?: string; user?: string; object: unknown; access: unknown };
  readonly span: SourceSpan;
  readonly principalSpan: SourceSpan;
  readonly accessSpan: SourceSpan;
  readonly site: ObjectSite;
}

/**
 * What one schema-valid file declares, read from it as soon as it is
 * validated (so that its YAML document can be dropped at once, not kept
 * until every file is read: for the largest orgs that is most of the memory
 * and of the garbage collector's work). Checks across files come after, in
 * `resolveResources`.
 */
export interface FileDeclarations {
  readonly file: SourceFile;
  readonly accountTypes: readonly AccountTypeDecl[];
  readonly users: readonly UserDecl[];
  /** In file order, each with the diagnostics of reading it (a team named All Members is refused later, in order). */
  readonly teams: readonly TeamDecl[];
  readonly connections: readonly { readonly connection: ConnectionDecl | undefined; readonly diagnostics: readonly Diagnostic[] }[];
  readonly grants: readonly PendingGrant[];
}

export function declarationsOf(parsed: ParsedFile): FileDeclarations {
  return {
    file: parsed.file,
    accountTypes: [...itemsOf(parsed, 'accountTypes')].map(accountTypeOf),
    users: [...itemsOf(parsed, 'users')].map(userOf),
    teams: [...itemsOf(parsed, 'teams')].map(teamOf),
    connections: [...itemsOf(parsed, 'connections')].map((item) => {
      const diagnostics: Diagnostic[] = [];
      return { connection: connectionOf(item, diagnostics), diagnostics };
    }),
    grants: [...itemsOf(parsed, 'grants')].map(pendingGrantOf),
  };
}

export function resolveResources(files: readonly FileDeclarations[]): { resources: Resources; diagnostics: Diagnostic[] } {
  const { resources, diagnostics } = declareResources(files);
  for (const declared of files) {
    const resolved = resolveGrants(declared, resources);
    for (const grant of resolved.grants) resources.grants.push(grant);
    for (const diagnostic of resolved.diagnostics) diagnostics.push(diagnostic);
  }
  return { resources, diagnostics };
}

/**
 * The declarations of every file merged, with the checks between them
 * (duplicates, former names, members, account types); `grants` is left
 * empty for `resolveGrants`, which the language server runs again only for
 * the files that changed.
 */
export function declareResources(files: readonly FileDeclarations[]): { resources: Resources; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const resources: Resources = { connections: new Map(), users: new Map(), teams: new Map(), accountTypes: new Map(), grants: [] };

  for (const declared of files) {
    for (const accountType of declared.accountTypes) declareOnce(resources.accountTypes, accountType, 'account type', diagnostics);
    for (const user of declared.users) declareOnce(resources.users, user, 'user', diagnostics);
    for (const team of declared.teams) {
      if (team.name === ALL_MEMBERS) {
        diagnostics.push(validationError('reference', team.nameSpan, `"${ALL_MEMBERS}" is Sigma's built-in team of every user: grant to it without declaring it`));
        continue;
      }
      declareOnce(resources.teams, team, 'team', diagnostics);
    }
    for (const { connection, diagnostics: read } of declared.connections) {
      diagnostics.push(...read);
      if (connection) declareOnce(resources.connections, connection, 'connection', diagnostics);
    }
  }

  checkPreviousNames(resources.teams, 'team', diagnostics);
  checkPreviousNames(resources.connections, 'connection', diagnostics);
  checkUserReferences(resources, diagnostics);
  return { resources, diagnostics };
}

/** One file's grants, their principals and objects checked against the merged declarations. */
export function resolveGrants(declared: FileDeclarations, resources: Resources): { grants: GrantDecl[]; diagnostics: Diagnostic[] } {
  const grants: GrantDecl[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const pending of declared.grants) {
    const grant = grantOf(pending, resources, diagnostics);
    if (grant) grants.push(grant);
  }
  return { grants, diagnostics };
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

/**
 * One string for each account type name, whichever user names it: tens of
 * thousands of users name a handful of types, and the access engine looks
 * the type up for every user a grant reaches. Equal strings that are one
 * object compare at once and stay in the processor's cache; on the largest
 * orgs that made explain --on a quarter faster.
 */
const sharedNames = new Map<string, string>();

function sharedName(name: string): string {
  const shared = sharedNames.get(name);
  if (shared !== undefined) return shared;
  // Bounded, as the language server loads version after version; a copy, not a slice that would keep a file's whole text alive.
  if (sharedNames.size >= 1000) return name;
  const copy = JSON.parse(JSON.stringify(name)) as string;
  sharedNames.set(copy, copy);
  return copy;
}

function userOf(item: Item): UserDecl {
  const value = item.value as { email: string; accountType: string; firstName?: string; lastName?: string; managedBy?: 'grantform' | 'scim' };
  return {
    email: value.email.toLowerCase(),
    accountType: sharedName(value.accountType),
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
    const raw = value.writeAccess as { destination?: unknown; destinations?: unknown[]; auditLog?: unknown; materializationWarehouse?: string; useDynamicTables?: boolean; grantee?: string; checkDsn?: { env: string } };
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
      ...(raw.grantee !== undefined && { grantee: raw.grantee }),
      ...(raw.checkDsn !== undefined && { checkDsn: { env: raw.checkDsn.env } }),
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
    // Resolved once here and remembered: the access index reads the same members (model/team-members.ts).
    for (const member of resolveMembers(team, resources.users).undeclared) {
      diagnostics.push(undeclared('user', member.email, member.span, resources.users.keys(), `member of team "${team.name}"`));
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

function pendingGrantOf(item: Item): PendingGrant {
  const value = item.value as PendingGrant['value'];
  const whole = item.valueSpan('object');
  return {
    value,
    span: item.span,
    principalSpan: item.valueSpan(value.team !== undefined ? 'team' : 'user'),
    accessSpan: item.valueSpan('access'),
    site: { raw: value.object, node: item.pair('object')?.value as Node | null | undefined, whole, file: item.parsed.file, counter: item.parsed.counter },
  };
}

function grantOf(pending: PendingGrant, resources: Resources, diagnostics: Diagnostic[]): GrantDecl | undefined {
  const { value, principalSpan } = pending;
  let principal: Principal;
  let valid = true;
  if (value.team !== undefined) {
    principal = { kind: 'team', name: value.team };
    if (value.team !== ALL_MEMBERS && !resources.teams.has(value.team)) {
      diagnostics.push(undeclared('team', value.team, principalSpan, [...resources.teams.keys(), ALL_MEMBERS], 'grant'));
      valid = false;
    }
  } else {
    principal = { kind: 'user', email: String(value.user).toLowerCase() };
    if (!resources.users.has(principal.email)) {
      diagnostics.push(undeclared('user', principal.email, principalSpan, resources.users.keys(), 'grant'));
      valid = false;
    }
  }
  const target = objectOf(pending.site, resources.connections, diagnostics);
  if (!target || !valid || !isAccessLevel(value.access)) return undefined;
  return {
    principal,
    object: target.object,
    ...(target.leafKind && { leafKind: target.leafKind }),
    access: value.access,
    span: pending.span,
    principalSpan,
    objectSpan: pending.site.whole,
    accessSpan: pending.accessSpan,
  };
}
