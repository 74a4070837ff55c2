// The emulated organization's records: what Sigma would keep server-side,
// in the emulator's own words. Responses are rendered from these by the
// views; nothing here is an API shape.

import type { WarehouseType } from '../../model/warehouses.js';

export type UserKind = 'internal' | 'guest' | 'embed';
export type Visibility = 'public' | 'private';
export type TestOutcome = 'SUCCESS' | 'FAILED';

/** Connection-level permission values as the API writes them (`update` is in the enum, unexplained). */
export type ConnectionPermission = 'writeback' | 'usage' | 'annotate' | 'admin' | 'update';

export interface OrganizationInfo {
  readonly organizationId: string;
  readonly name: string;
  readonly slug: string;
  /** Sigma's built-in team of every member: it appears in grants only. */
  readonly allMembersTeamId: string;
}

export interface OrgOptions {
  readonly tokenLifetimeSeconds: number;
  /** Page size when a paginated list is called without `limit` (not documented by Sigma). */
  readonly defaultPageSize: number;
  /** Open question: does `POST /v2/grants` accept `writeback`/`admin` on a connection? Off unless the seed says so. */
  readonly grantsApiAcceptsAllLevels: boolean;
  /** The account type of a member created without `memberType` (Sigma: the org's "Invitation default"). */
  readonly invitationDefaultAccountType: string;
  /** A refresh token works once: refreshing returns a new one and retires it. */
  readonly rotateRefreshTokens: boolean;
  readonly requestLogLimit: number;
}

interface Audited {
  createdBy: string;
  updatedBy: string;
  createdAt: string;
  updatedAt: string;
  /** Creation order, the key that pagination cursors hold. */
  readonly seq: number;
}

export interface MemberRecord extends Audited {
  readonly memberId: string;
  email: string;
  firstName: string;
  lastName: string;
  /** The account type's name, as Sigma's `memberType`. */
  memberType: string;
  userKind: UserKind;
  /** Deactivated in Sigma. */
  isArchived: boolean;
  /** Archived by SCIM. */
  isInactive: boolean;
  /** Provisioned by the identity provider: Sigma refuses changes through the API. */
  readonly scim: boolean;
  readonly homeFolderId: string;
  profileImgUrl: string | null;
}

export interface TeamMembership {
  readonly isTeamAdmin: boolean;
  readonly addedBy: string;
  readonly seq: number;
}

export interface TeamRecord extends Audited {
  readonly teamId: string;
  name: string;
  description: string | null;
  visibility: Visibility | null;
  readonly scim: boolean;
  readonly workspaceId: string | null;
  /** Member id → membership, in the order they joined. */
  readonly members: Map<string, TeamMembership>;
}

export interface AccountTypeRecord {
  readonly accountTypeId: string;
  readonly name: string;
  readonly description: string;
  readonly isCustom: boolean;
  readonly permissions: readonly string[];
  readonly seq: number;
}

export interface ConnectionRecord extends Audited {
  readonly connectionId: string;
  name: string;
  readonly warehouse: WarehouseType;
  /** The API's `details`, as last sent (secrets included: they are never rendered). */
  details: Record<string, unknown>;
  description: unknown;
  timeoutSecs: number | undefined;
  poolSizes: Record<string, unknown> | undefined;
  useFriendlyNames: boolean | undefined;
  isArchived: boolean;
  readonly rootInodeId: string;
  lastActiveAt: string;
  /** What `GET …/test` answers; `write` only matters when a destination is set. */
  test: { read: TestOutcome; write: TestOutcome };
}

/** root: the connection itself; scope: a database, catalog, project, schema or dataset. */
export type InodeKind = 'root' | 'scope' | 'table' | 'procedure';

export interface InodeRecord {
  readonly inodeId: string;
  /** The short id of `GET /v2/connections/paths`; the root has none. */
  readonly urlId: string | null;
  readonly connectionId: string;
  readonly path: readonly string[];
  readonly kind: InodeKind;
  readonly seq: number;
}

/** One object of a warehouse tree below a connection, as the seed declares it. */
export interface TreePath {
  readonly path: readonly string[];
  readonly kind: 'scope' | 'table' | 'procedure';
}

/** The tree (and test outcomes) a connection created through the API under this name will see. */
export interface PendingWarehouse {
  readonly warehouse: WarehouseType;
  readonly paths: readonly TreePath[];
  readonly test: { readonly read: TestOutcome; readonly write: TestOutcome };
}

export interface GrantRecord extends Audited {
  readonly grantId: string;
  /** Always the canonical inode id, whichever alias created the grant. */
  readonly inodeId: string;
  readonly memberId: string | null;
  readonly teamId: string | null;
  permission: ConnectionPermission;
}

export interface CredentialRecord {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly memberId: string;
}

export type Grantee = { readonly memberId: string } | { readonly teamId: string };
