// Generated from schemas/explain.schema.json by `npm run gen:types`. Do not edit by hand.
/* eslint-disable */

/**
 * The output of `grantform explain --format json`: with --on PATH, everyone with access there; with --user EMAIL --on PATH, one user there; with --user EMAIL, everything the user reaches.
 */
export type ExplainDocument = ExplainOnPATH | ExplainUserEMAILOnPATH | ExplainUserEMAIL;
/**
 * The object path as the files write it: connection/DATABASE/SCHEMA/TABLE.
 */
export type Object = string;
export type Level = 'write-only' | 'use' | 'use-and-annotate' | 'admin';
/**
 * Every grant that reaches the user there, the winner first.
 */
export type From = {
  /**
   * team.NAME or user.EMAIL: the grant's principal.
   */
  principal: string;
  object: Object;
  /**
   * The level the grant names.
   */
  level: 'write-only' | 'use' | 'use-and-annotate' | 'admin';
  file: string;
  line: number;
  /**
   * The team through which the user receives it; absent for the user's own grant.
   */
  team?: string;
  /**
   * What it gives this user after the account-type cap.
   */
  gives: Level | null;
  /**
   * The grant the effective level comes from.
   */
  wins: boolean;
}[];
/**
 * An access level, or null for no access.
 */
export type LevelOrNull = Level | null;
/**
 * Every grant that reaches the user there, the winner first.
 */
export type From1 = {
  /**
   * team.NAME or user.EMAIL: the grant's principal.
   */
  principal: string;
  object: Object;
  /**
   * The level the grant names.
   */
  level: 'write-only' | 'use' | 'use-and-annotate' | 'admin';
  file: string;
  line: number;
  /**
   * The team through which the user receives it; absent for the user's own grant.
   */
  team?: string;
  /**
   * What it gives this user after the account-type cap.
   */
  gives: Level | null;
  /**
   * The grant the effective level comes from.
   */
  wins: boolean;
}[];

export interface ExplainOnPATH {
  object: Object;
  /**
   * Every user with any access on the object, highest level first.
   */
  users: UserAccess[];
}
export interface UserAccess {
  email: string;
  accountType: string;
  /**
   * Effective level, after team inheritance and account-type caps.
   */
  level: Level | null;
  /**
   * The Admin account type administers every connection, whatever the grants.
   */
  adminAccountType?: true;
  from: From;
}
export interface ExplainUserEMAILOnPATH {
  object: Object;
  email: string;
  accountType: string;
  level: LevelOrNull;
  adminAccountType?: true;
  from: From;
}
export interface ExplainUserEMAIL {
  email: string;
  accountType: string;
  /**
   * Every object a grant gives the user something on, a parent before its children.
   */
  objects: {
    object: Object;
    /**
     * An access level, or null for no access.
     */
    level: Level | null;
    from: From1;
  }[];
}
