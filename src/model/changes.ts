// The closed set of changes a plan holds and a backend executes (Terraform's
// actions): create, update, delete, replace, per resource type. Changes name
// resources as the files do (names, emails, paths); a backend maps them to
// its ids. Every consumer switches on `type` and `action` exhaustively.

import type { AccessLevel } from './levels.js';
import type { ConnectionSpec, GrantSpec, MembershipSpec, TeamSpec, UserSpec } from './resources.js';

export const CHANGE_ACTIONS = ['create', 'update', 'delete', 'replace'] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

export const RESOURCE_TYPES = ['user', 'team', 'membership', 'connection', 'grant'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

interface ChangeBase {
  /** `connection.snowflake-prod`, `grant.team.Sales@snowflake-prod/ANALYTICS`… (DESIGN.md §3). */
  readonly address: string;
  /** Why, where it is not obvious: a rename, a lowered level, rotated secrets. */
  readonly reason?: string;
}

export type ConnectionChange =
  | (ChangeBase & { readonly type: 'connection'; readonly action: 'create'; readonly after: ConnectionSpec })
  | (ChangeBase & {
      readonly type: 'connection';
      readonly action: 'update';
      readonly before: ConnectionSpec;
      readonly after: ConnectionSpec;
      /** The live name when the files rename it (`previously:`). */
      readonly renamedFrom?: string;
    })
  | (ChangeBase & { readonly type: 'connection'; readonly action: 'delete'; readonly before: ConnectionSpec });

export type UserChange =
  | (ChangeBase & { readonly type: 'user'; readonly action: 'create'; readonly after: UserSpec })
  | (ChangeBase & {
      readonly type: 'user';
      readonly action: 'update';
      readonly before: UserSpec;
      readonly after: UserSpec;
      /** Set when the live user is deactivated and the files declare it again: the update reactivates it. */
      readonly reactivate?: boolean;
    })
  /** Deactivation: Sigma never deletes users. Documents go to `documentsOwner`. */
  | (ChangeBase & { readonly type: 'user'; readonly action: 'delete'; readonly before: UserSpec; readonly documentsOwner?: string });

export type TeamChange =
  | (ChangeBase & { readonly type: 'team'; readonly action: 'create'; readonly after: TeamSpec })
  | (ChangeBase & { readonly type: 'team'; readonly action: 'update'; readonly before: TeamSpec; readonly after: TeamSpec; readonly renamedFrom?: string })
  | (ChangeBase & { readonly type: 'team'; readonly action: 'delete'; readonly before: TeamSpec });

export type MembershipChange =
  | (ChangeBase & { readonly type: 'membership'; readonly action: 'create'; readonly after: MembershipSpec })
  | (ChangeBase & { readonly type: 'membership'; readonly action: 'delete'; readonly before: MembershipSpec });

export type GrantChange =
  | (ChangeBase & { readonly type: 'grant'; readonly action: 'create'; readonly after: GrantSpec })
  /** Raising a level: Sigma's grant endpoints escalate in place. */
  | (ChangeBase & { readonly type: 'grant'; readonly action: 'update'; readonly before: GrantSpec; readonly after: GrantSpec; readonly liveIds: readonly string[] })
  | (ChangeBase & { readonly type: 'grant'; readonly action: 'delete'; readonly before: GrantSpec; readonly liveIds: readonly string[] })
  /** Lowering a level: revoke `liveIds`, then grant `after.level`, back to back. */
  | (ChangeBase & { readonly type: 'grant'; readonly action: 'replace'; readonly before: GrantSpec; readonly after: GrantSpec; readonly liveIds: readonly string[] });

export type Change = ConnectionChange | UserChange | TeamChange | MembershipChange | GrantChange;

/** A change the backend cannot make: an admin makes it by hand, and later plans show it until it is done. */
export interface ManualStep {
  readonly instructions: string;
}

export type { AccessLevel };
