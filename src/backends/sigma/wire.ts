// Sigma's request and response bodies, as the OpenAPI definitions in
// /work/shared/reference/sigma-openapi/ write them (file → operation named
// beside each type). Our own copy: src/emulator/ shares no code with this
// client, so that a misreading in one cannot hide in the other (DESIGN.md §5).
// Only the fields grantform reads are typed; the rest pass through unread.

/** Every operation's `default` response (`components.responses.ApiError`). */
export interface ApiErrorBody {
  readonly message?: string;
  readonly code?: string;
  readonly requestId?: string;
}

/** auth → POST /v2/auth/token (200, the "Access / Refresh token" branch). */
export interface TokenResponse {
  readonly access_token: string;
  readonly refresh_token?: string;
  readonly token_type: string;
  readonly expires_in: number;
}

/** whoami → GET /v2/whoami. */
export interface WhoamiResponse {
  readonly userId: string;
  readonly organizationId: string;
}

/** The `page`/`limit`/`nextPage` list shape (most v2 and v2.1 lists). */
export interface PageResponse<T> {
  readonly entries: readonly T[];
  readonly nextPage?: string | null;
  readonly total?: number;
  readonly hasMore?: boolean;
}

/** The `pageToken`/`pageSize`/`nextPageToken` list shape (acct → GET /v2/accountTypes). */
export interface TokenPageResponse<T> {
  readonly entries: readonly T[];
  readonly nextPageToken?: string;
}

/** members → GET /v2.1/members entries, GET/PATCH /v2/members/{memberId}, POST /v2/members. */
export interface WireMember {
  readonly memberId: string;
  readonly memberType: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly userKind: string;
  /** "Whether a user is deactivated in Sigma." */
  readonly isArchived?: boolean;
  /** "Whether a user is archived by SCIM." */
  readonly isInactive?: boolean;
}

/** members → POST /v2/members request body. */
export interface CreateMemberBody {
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly memberType?: string;
}

/** members → PATCH /v2/members/{memberId} request body (the fields grantform sends). */
export interface UpdateMemberBody {
  readonly memberType?: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly isArchived?: boolean;
  readonly newOwnerId?: string;
}

/** teams → GET /v2.1/teams entries, POST /v2/teams (200), PATCH /v2/teams/{teamId}. */
export interface WireTeam {
  readonly teamId: string;
  readonly name: string;
  readonly description: string | null;
  readonly visibility?: 'public' | 'private' | null;
  readonly isArchived?: boolean;
  /** ISO 8601: which of two copies came first (create-once.ts). */
  readonly createdAt?: string;
}

/** teams → GET /v2/teams/{teamId}/members entries. */
export interface WireTeamMember {
  readonly userId: string;
  readonly isTeamAdmin: boolean;
}

/** teams → POST /v2/teams request body. */
export interface CreateTeamBody {
  readonly name: string;
  readonly description?: string;
}

/** teams → PATCH /v2/teams/{teamId} and /v2/teams/{teamId}/members request bodies. */
export interface UpdateTeamBody {
  readonly name?: string;
  readonly description?: string;
}
export interface UpdateTeamMembersBody {
  readonly add?: readonly string[];
  readonly remove?: readonly string[];
}

/** A write destination as responses normalise it (conn → Connection `writebacks[]`). */
export interface WireWriteback {
  readonly database: string;
  readonly schema: string;
  readonly writebackSchemaId?: string;
  readonly description?: string;
}

/** conn → GET /v2/connections entries and GET/PUT /v2/connections/{connectionId}. */
export interface WireConnection {
  readonly connectionId: string;
  readonly name: string;
  /** e.g. "snowflake", "bigQuery". */
  readonly type: string;
  readonly useOauth: boolean;
  readonly isArchived?: boolean;
  /** ISO 8601: which of two copies came first (create-once.ts). */
  readonly createdAt?: string;
  readonly account?: string;
  readonly warehouse?: string;
  readonly user?: string;
  readonly role?: string;
  readonly writeAccess?: boolean;
  readonly writebacks?: readonly WireWriteback[];
  readonly writebackSchemas?: readonly WireWriteback[];
  readonly inputTableAuditLogSchema?: WireWriteback;
  readonly materializationWarehouse?: string;
  readonly exportsWarehouse?: string;
  readonly oauthMetadataUrl?: string;
  readonly oauthClientId?: string;
  readonly oauthScopes?: readonly string[];
  readonly oauthIdpType?: string;
  readonly oauthUsePkce?: boolean | null;
  readonly oauthUseJwt?: boolean | null;
  readonly oauthAudience?: string;
  readonly userAttributes?: { readonly role?: string; readonly warehouse?: string };
  readonly roleSwitching?: string;
}

/** A `details` value: strings, numbers, booleans, lists, and nested objects. */
export type WireDetailValue = string | number | boolean | readonly string[] | { readonly [key: string]: WireDetailValue };

/** conn → POST /v2/connections and PUT /v2/connections/{connectionId} request body. */
export interface ConnectionBody {
  readonly name: string;
  readonly details: Readonly<Record<string, WireDetailValue>>;
}

/** conn → GET /v2/connections/{connectionId}/test. */
export interface ConnectionTestResponse {
  readonly read: 'SUCCESS' | 'FAILED';
  readonly write: 'DISABLED' | 'SUCCESS' | 'FAILED';
}

/** conn → GET /v2/connections/paths entries. */
export interface WirePathEntry {
  readonly connectionId: string;
  readonly urlId: string;
  readonly path: readonly string[];
}

/** conn → POST /v2/connection/{connectionId}/lookup (singular `connection`). */
export interface LookupResponse {
  readonly kind: 'scope' | 'table' | 'semanticView' | 'metricView' | 'stored-procedure';
  readonly inodeId: string;
  readonly url: string;
}

/** conn → GET /v2/connections/paths/{inodeId} (tables only). */
export interface InodePathResponse {
  readonly connectionId: string;
  readonly path: readonly string[];
}

/** grants → GET /v2/grants entries; conn → GET …/grants entries lack `inodeType`. */
export interface WireGrant {
  readonly grantId: string;
  readonly inodeId: string;
  readonly memberId: string | null;
  readonly teamId: string | null;
  readonly permission: string;
  readonly inodeType?: string;
  readonly createdAt?: string;
  readonly updatedAt?: string;
}

export type Grantee = { readonly memberId: string } | { readonly teamId: string };

/** conn → POST /v2/connections/{connectionId}/grants and POST /v2/connections/paths/{connectionPathId}/grants. */
export interface CreateGrantsBody {
  readonly grants: readonly { readonly grantee: Grantee; readonly permission: 'usage' | 'annotate' }[];
}

/** grants → POST /v2/grants (escalate only). */
export interface CreateGenericGrantBody {
  readonly grantee: Grantee;
  readonly permission: string;
  readonly inodeId: string;
}

/** acct → GET /v2/accountTypes entries. */
export interface WireAccountType {
  readonly accountTypeId: string;
  readonly accountTypeName: string;
  readonly description: string;
  readonly isCustom: boolean;
}

/** acct → GET /v2/accountTypes/{accountTypeId}/permissions: a bare array. */
export interface WirePermission {
  readonly permission: string;
  readonly description: string;
}
