// From a checked seed to the in-memory organization: ids (given, or derived
// from natural keys so that a seed always yields the same ids), account
// types, members, teams, connections with their trees, grants. Every
// reference is resolved here, and a broken one stops the emulator with the
// seed path of the culprit.

import { BUILT_IN_ACCOUNT_TYPES } from '../../model/account-types.js';
import { CONNECTION_ONLY_LEVELS, toApiPermission } from '../../model/levels.js';
import { parseObjectPath } from '../../model/object-path.js';
import { WAREHOUSES } from '../../model/warehouses.js';
import type { Clock } from '../clock.js';
import { stableUuid } from '../ids.js';
import { Org } from '../org/org.js';
import type { ConnectionRecord, MemberRecord, OrgOptions, TeamRecord } from '../org/types.js';
import { apiDetails } from './connection-details.js';
import { SeedError } from './load.js';
import { flattenTree } from './tree.js';
import type { Seed, SeedGrant, SeedObjectRef } from './types.js';

const DEFAULT_CREATED_AT = '2024-01-01T00:00:00.000Z';
/** Sigma's current defaults; Explorer exists only in older orgs, so only when the seed lists it. */
const DEFAULT_ACCOUNT_TYPES = ['Admin', 'Creator', 'Viewer'];

export function buildOrg(seed: Seed, clock: Clock, env: Readonly<Record<string, string | undefined>> = process.env): Org {
  const name = seed.organization?.name ?? 'Emulated Org';
  const organizationId = seed.organization?.id ?? stableUuid('organization', name);
  const org = new Org(
    {
      organizationId,
      name,
      slug: seed.organization?.slug ?? (name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'org'),
      allMembersTeamId: seed.organization?.allMembersTeamId ?? stableUuid(organizationId, 'team', 'All Members'),
    },
    options(seed),
    clock,
  );
  const createdAt = seed.organization?.createdAt ? new Date(seed.organization.createdAt).toISOString() : DEFAULT_CREATED_AT;
  addAccountTypes(org, seed);
  // Everything seeded was "created" by the owner of the first credentials, usually the org's Admin.
  const creator = addMembers(org, seed, createdAt);
  addCredentials(org, seed, env);
  addTeams(org, seed, creator, createdAt);
  addConnections(org, seed, creator, createdAt);
  addGrants(org, seed, creator, createdAt);
  if (!org.accountTypeByName(org.options.invitationDefaultAccountType)) {
    throw new SeedError(`options.invitationDefaultAccountType: there is no account type "${org.options.invitationDefaultAccountType}"`);
  }
  return org;
}

function options(seed: Seed): OrgOptions {
  const given = seed.options ?? {};
  return {
    tokenLifetimeSeconds: given.tokenLifetimeSeconds ?? 3600,
    defaultPageSize: given.defaultPageSize ?? 50,
    grantsApiAcceptsAllLevels: given.grantsApiAcceptsAllLevels ?? false,
    invitationDefaultAccountType: given.invitationDefaultAccountType ?? 'Viewer',
    rotateRefreshTokens: given.rotateRefreshTokens ?? true,
    requestLogLimit: given.requestLogLimit ?? 10_000,
  };
}

function addAccountTypes(org: Org, seed: Seed): void {
  const declared = new Map((seed.accountTypes ?? []).map((each) => [each.name, each]));
  const names = [...DEFAULT_ACCOUNT_TYPES.filter((each) => !declared.has(each)), ...declared.keys()];
  for (const typeName of names) {
    const given = declared.get(typeName);
    const isCustom = !BUILT_IN_ACCOUNT_TYPES.has(typeName);
    org.accountTypes.set(given?.id ?? stableUuid(org.info.organizationId, 'accountType', typeName), {
      accountTypeId: given?.id ?? stableUuid(org.info.organizationId, 'accountType', typeName),
      name: typeName,
      description: given?.description ?? (isCustom ? `Custom account type ${typeName}` : `Sigma's built-in ${typeName} account type`),
      isCustom,
      permissions: given?.permissions ?? BUILT_IN_ACCOUNT_TYPES.get(typeName) ?? [],
      seq: org.nextSeq(),
    });
  }
}

function addMembers(org: Org, seed: Seed, createdAt: string): string {
  const users = seed.users ?? [];
  const ownerEmail = seed.credentials[0]?.member.toLowerCase();
  const owner = users.find((each) => each.email.toLowerCase() === ownerEmail);
  const creator = owner?.id ?? stableUuid(org.info.organizationId, 'member', ownerEmail ?? '');
  for (const [index, user] of users.entries()) {
    const email = user.email.toLowerCase();
    const where = `users[${index}]`;
    if (org.memberByEmail(email)) throw new SeedError(`${where}: ${email} is declared twice`);
    const type = org.accountTypeByName(user.accountType);
    if (!type) throw new SeedError(`${where}: there is no account type "${user.accountType}" (declare it under accountTypes)`);
    const memberId = user.id ?? stableUuid(org.info.organizationId, 'member', email);
    if (org.members.has(memberId)) throw new SeedError(`${where}: id ${memberId} is used twice`);
    const local = email.split('@')[0] ?? email;
    const member: MemberRecord = {
      memberId,
      email,
      firstName: user.firstName ?? capitalise(local.split(/[._-]/)[0] ?? local),
      lastName: user.lastName ?? capitalise(local.split(/[._-]/)[1] ?? ''),
      memberType: type.name,
      userKind: user.userKind ?? 'internal',
      isArchived: user.status === 'deactivated',
      isInactive: user.status === 'inactive',
      scim: user.managedBy === 'scim',
      homeFolderId: stableUuid(memberId, 'homeFolder'),
      profileImgUrl: null,
      createdBy: creator,
      updatedBy: creator,
      createdAt,
      updatedAt: createdAt,
      seq: org.nextSeq(),
    };
    org.addMember(member);
  }
  return creator;
}

function addCredentials(org: Org, seed: Seed, env: Readonly<Record<string, string | undefined>>): void {
  for (const [index, credential] of seed.credentials.entries()) {
    const where = `credentials[${index}]`;
    const member = org.memberByEmail(credential.member);
    if (!member) throw new SeedError(`${where}: ${credential.member} is not one of the seed's users`);
    if (org.credentials.has(credential.clientId)) throw new SeedError(`${where}: client id ${credential.clientId} is declared twice`);
    let secret: string | undefined;
    if (typeof credential.clientSecret === 'string') secret = credential.clientSecret;
    else secret = env[credential.clientSecret.env];
    if (secret === undefined || secret === '') {
      throw new SeedError(`${where}: the client secret comes from the environment variable ${(credential.clientSecret as { env: string }).env}, which is not set`);
    }
    org.credentials.set(credential.clientId, { clientId: credential.clientId, clientSecret: secret, memberId: member.memberId });
  }
}

function addTeams(org: Org, seed: Seed, creator: string, createdAt: string): void {
  for (const [index, given] of (seed.teams ?? []).entries()) {
    const where = `teams[${index}]`;
    if (given.name.toLowerCase() === 'all members') throw new SeedError(`${where}: "All Members" is Sigma's built-in team; grant to it without declaring it`);
    if (org.teamByName(given.name)) throw new SeedError(`${where}: team "${given.name}" is declared twice`);
    const teamId = given.id ?? stableUuid(org.info.organizationId, 'team', given.name);
    const team: TeamRecord = {
      teamId,
      name: given.name,
      description: given.description ?? null,
      visibility: given.visibility ?? 'private',
      scim: given.managedBy === 'scim',
      workspaceId: null,
      members: new Map(),
      createdBy: creator,
      updatedBy: creator,
      createdAt,
      updatedAt: createdAt,
      seq: org.nextSeq(),
    };
    const admins = new Set((given.admins ?? []).map((each) => each.toLowerCase()));
    for (const email of new Set([...(given.members ?? []).map((each) => each.toLowerCase()), ...admins])) {
      const member = org.memberByEmail(email);
      if (!member) throw new SeedError(`${where}: member ${email} is not one of the seed's users`);
      team.members.set(member.memberId, { isTeamAdmin: admins.has(email), addedBy: creator, seq: org.nextSeq() });
    }
    org.addTeam(team);
  }
}

function addConnections(org: Org, seed: Seed, creator: string, createdAt: string): void {
  for (const [index, given] of (seed.connections ?? []).entries()) {
    const where = `connections[${index}]`;
    if ([...org.connections.values()].some((each) => each.name === given.name)) throw new SeedError(`${where}: connection "${given.name}" is declared twice`);
    const connectionId = given.id ?? stableUuid(org.info.organizationId, 'connection', given.name);
    const connection: ConnectionRecord = {
      connectionId,
      name: given.name,
      warehouse: given.type,
      details: apiDetails(given, where),
      description: given.description,
      timeoutSecs: undefined,
      poolSizes: undefined,
      useFriendlyNames: undefined,
      isArchived: given.archived === true,
      rootInodeId: stableUuid(connectionId, 'inode'),
      lastActiveAt: createdAt,
      test: { read: given.test?.read ?? 'SUCCESS', write: given.test?.write ?? 'SUCCESS' },
      createdBy: creator,
      updatedBy: creator,
      createdAt,
      updatedAt: createdAt,
      seq: org.nextSeq(),
    };
    org.addConnection(connection, { inodeId: connection.rootInodeId, urlId: null, connectionId, path: [], kind: 'root', seq: org.nextSeq() });
    org.addTree(connectionId, flattenTree(given.type, given.paths ?? {}, `${where}.paths`));
  }
  for (const [index, given] of (seed.warehouses ?? []).entries()) {
    const where = `warehouses[${index}]`;
    if (org.pendingWarehouses.has(given.name)) throw new SeedError(`${where}: the warehouse of "${given.name}" is declared twice`);
    org.pendingWarehouses.set(given.name, {
      warehouse: given.type,
      paths: flattenTree(given.type, given.paths, `${where}.paths`),
      test: { read: given.test?.read ?? 'SUCCESS', write: given.test?.write ?? 'SUCCESS' },
    });
  }
}

function addGrants(org: Org, seed: Seed, creator: string, createdAt: string): void {
  const connectionsByName = new Map([...org.connections.values()].map((each) => [each.name, each]));
  for (const [index, given] of (seed.grants ?? []).entries()) {
    const where = `grants[${index}]`;
    const grantee = resolveGrantee(org, given, where);
    const { connectionName, path } = objectOf(given, connectionsByName, where);
    const connection = connectionsByName.get(connectionName);
    if (!connection) throw new SeedError(`${where}: there is no connection "${connectionName}"`);
    const inode = org.inodeAt(connection.connectionId, path);
    if (!inode) throw new SeedError(`${where}: ${[connectionName, ...path].join('/')} is not in the connection's paths`);
    if (CONNECTION_ONLY_LEVELS.has(given.access) && inode.kind !== 'root') throw new SeedError(`${where}: ${given.access} may only be granted on a whole connection`);
    const grantId = given.id ?? stableUuid(org.info.organizationId, 'grant', String(index), grantee.memberId ?? grantee.teamId ?? '', inode.inodeId);
    if (org.grants.has(grantId)) throw new SeedError(`${where}: grant id ${grantId} is used twice`);
    org.addGrant({ grantId, inodeId: inode.inodeId, ...grantee, permission: toApiPermission(given.access), createdBy: creator, updatedBy: creator, createdAt, updatedAt: createdAt, seq: org.nextSeq() });
  }
}

function resolveGrantee(org: Org, grant: SeedGrant, where: string): { memberId: string | null; teamId: string | null } {
  if (grant.user !== undefined) {
    const member = org.memberByEmail(grant.user);
    if (!member) throw new SeedError(`${where}: user ${grant.user} is not one of the seed's users`);
    return { memberId: member.memberId, teamId: null };
  }
  const teamName = grant.team as string;
  if (teamName.toLowerCase() === 'all members') return { memberId: null, teamId: org.info.allMembersTeamId };
  const team = org.teamByName(teamName);
  if (!team) throw new SeedError(`${where}: there is no team "${teamName}"`);
  return { memberId: null, teamId: team.teamId };
}

function objectOf(grant: SeedGrant, connections: ReadonlyMap<string, ConnectionRecord>, where: string): { connectionName: string; path: string[] } {
  if (typeof grant.object === 'string') {
    const parsed = parseObjectPath(grant.object);
    if (!parsed.ok) throw new SeedError(`${where}.object "${grant.object}": ${parsed.error.message}`);
    return { connectionName: parsed.value.connection, path: [...parsed.value.path] };
  }
  const ref: SeedObjectRef = grant.object;
  const connection = connections.get(ref.connection);
  if (!connection) throw new SeedError(`${where}: there is no connection "${ref.connection}"`);
  const containers = WAREHOUSES[connection.warehouse].containers;
  const allowed = new Set<string>(['connection', ...containers, 'table', 'procedure']);
  const stray = Object.keys(ref).find((key) => !allowed.has(key));
  if (stray) throw new SeedError(`${where}.object: a ${connection.warehouse} connection has no ${stray} level (levels: ${containers.join(', ')}, then table or procedure)`);
  const path: string[] = [];
  for (const key of containers) {
    const name = ref[key];
    if (name === undefined) break;
    path.push(name);
  }
  const leaf = ref.table ?? ref.procedure;
  if (leaf !== undefined) {
    if (path.length !== containers.length) throw new SeedError(`${where}.object: a table or procedure needs every level above it (${containers.join(', ')})`);
    path.push(leaf);
  }
  return { connectionName: ref.connection, path };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
