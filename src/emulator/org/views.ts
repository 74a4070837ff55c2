// Records rendered as the API's response objects, field for field as the
// contract's response schemas list them (and no more: a client that reads an
// undocumented field should fail here as it would against Sigma).

import { stableUuid } from '../ids.js';
import type { Org } from './org.js';
import type { AccountTypeRecord, ConnectionRecord, GrantRecord, InodeRecord, MemberRecord, TeamRecord } from './types.js';
import { apiType, writeDestinations, type NormalisedDestination } from './warehouse-api.js';

export type View = Record<string, unknown>;

export function memberView(org: Org, member: MemberRecord): View {
  return {
    organizationId: org.info.organizationId,
    memberId: member.memberId,
    memberType: member.memberType,
    firstName: member.firstName,
    lastName: member.lastName,
    email: member.email,
    profileImgUrl: member.profileImgUrl,
    createdBy: member.createdBy,
    updatedBy: member.updatedBy,
    createdAt: member.createdAt,
    updatedAt: member.updatedAt,
    homeFolderId: member.homeFolderId,
    userKind: member.userKind,
    isArchived: member.isArchived,
    isInactive: member.isInactive,
  };
}

export function teamView(team: TeamRecord): View {
  return {
    teamId: team.teamId,
    createdBy: team.createdBy,
    updatedBy: team.updatedBy,
    createdAt: team.createdAt,
    updatedAt: team.updatedAt,
    name: team.name,
    description: team.description,
    visibility: team.visibility,
  };
}

/** `GET /v2/teams/{teamId}`: the team and its member ids. */
export function teamWithMembersView(team: TeamRecord): View {
  return { ...teamView(team), members: [...team.members.keys()] };
}

export function accountTypeView(type: AccountTypeRecord): View {
  return { accountTypeId: type.accountTypeId, accountTypeName: type.name, description: type.description, isCustom: type.isCustom };
}

/** Sigma's inode types for connection objects (grants → GET /v2/grants `inodeType`; lookup `kind` differs for procedures). */
export function inodeType(inode: InodeRecord): string {
  switch (inode.kind) {
    case 'table':
      return 'table';
    case 'procedure':
      return 'storedProcedure';
    default:
      // Undocumented: the emulator assumes a connection root is a `scope`
      // like its databases and schemas (the enum has no `connection`).
      return 'scope';
  }
}

/** A grant as the connection and path grant lists write it. */
export function grantView(org: Org, grant: GrantRecord): View {
  return {
    grantId: grant.grantId,
    inodeId: grant.inodeId,
    organizationId: org.info.organizationId,
    memberId: grant.memberId,
    teamId: grant.teamId,
    permission: grant.permission,
    createdBy: grant.createdBy,
    updatedBy: grant.updatedBy,
    createdAt: grant.createdAt,
    updatedAt: grant.updatedAt,
  };
}

/** A grant as `/v2/grants` writes it: with `inodeType`. */
export function genericGrantView(org: Org, grant: GrantRecord): View {
  const inode = org.inodes.get(grant.inodeId);
  return { ...grantView(org, grant), inodeType: inode ? inodeType(inode) : 'scope' };
}

const DETAIL_FIELDS = ['account', 'warehouse', 'user', 'role'] as const;

export function connectionView(org: Org, connection: ConnectionRecord): View {
  const details = connection.details;
  const useOauth = details.useOauth === true;
  const { destinations, auditLog } = writeDestinations(connection.warehouse, details);
  const view: View = {
    organizationId: org.info.organizationId,
    connectionId: connection.connectionId,
    isSample: false,
    isAuditLog: false,
    lastActiveAt: connection.lastActiveAt,
    name: connection.name,
    type: apiType(connection.warehouse),
    useOauth,
    createdBy: connection.createdBy,
    updatedBy: connection.updatedBy,
    createdAt: connection.createdAt,
    updatedAt: connection.updatedAt,
    isArchived: connection.isArchived,
  };
  for (const field of DETAIL_FIELDS) if (typeof details[field] === 'string') view[field] = details[field];
  if (connection.timeoutSecs !== undefined) view.timeout = { default: connection.timeoutSecs };
  if (connection.poolSizes !== undefined) view.poolSizes = connection.poolSizes;
  if (connection.useFriendlyNames !== undefined) view.friendlyName = connection.useFriendlyNames;
  view.writeAccess = destinations.length > 0;
  // The contract: `writebacks` is "write-back for non-OAuth connections", `writebackSchemas` for OAuth ones.
  view[useOauth ? 'writebackSchemas' : 'writebacks'] = destinations.map((each) => writebackView(connection, each));
  if (auditLog) view.inputTableAuditLogSchema = writebackView(connection, auditLog);
  const writeAccess = details.writeAccess as Record<string, unknown> | undefined;
  if (typeof writeAccess?.materializationWarehouse === 'string') view.materializationWarehouse = writeAccess.materializationWarehouse;
  copyString(details, 'exportsWarehouse', view, 'exportsWarehouse');
  copyString(details, 'metadataUrl', view, 'oauthMetadataUrl');
  copyString(details, 'clientId', view, 'oauthClientId');
  copyString(details, 'audience', view, 'oauthAudience');
  copyString(details, 'idpType', view, 'oauthIdpType');
  copyString(details, 'roleSwitching', view, 'roleSwitching');
  if (Array.isArray(details.scopes)) view.oauthScopes = details.scopes;
  if (typeof details.usePkce === 'boolean' || details.usePkce === null) view.oauthUsePkce = details.usePkce;
  if (typeof details.useJwt === 'boolean' || details.useJwt === null) view.oauthUseJwt = details.useJwt;
  if (connection.warehouse === 'snowflake' && typeof details.userAttributes === 'object' && details.userAttributes !== null) {
    view.userAttributes = details.userAttributes;
  }
  return view;
}

function writebackView(connection: ConnectionRecord, destination: NormalisedDestination): View {
  // Undocumented: the emulator derives a stable writebackSchemaId from the destination.
  return { ...destination, writebackSchemaId: stableUuid(connection.connectionId, 'writeback', destination.database, destination.schema) };
}

function copyString(from: Readonly<Record<string, unknown>>, key: string, to: View, as: string): void {
  if (typeof from[key] === 'string') to[as] = from[key];
}
