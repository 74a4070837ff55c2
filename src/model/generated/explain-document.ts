// Generated from schemas/explain.schema.json by `npm run gen:types`. Do not edit by hand.
/* eslint-disable */

/**
 * The output of `grantform explain --format json`: with --on PATH, everyone with access there; with --user EMAIL --on PATH, one user there; with --user EMAIL, everything the user reaches.
 */
export type ExplainDocument = ExplainOnPATH | ExplainUserEMAILOnPATH | ExplainUserEMAIL;
export type Level = 'write-only' | 'use' | 'use-and-annotate' | 'admin';

export interface ExplainOnPATH {
  /**
   * The object asked about, as a path (connection/DATABASE/SCHEMA/TABLE).
   */
  object: string;
  /**
   * Every user with any access on the object, highest level first.
   */
  users: UserAccess[];
}
export interface UserAccess {
  /**
   * The user, by email.
   */
  email: string;
  /**
   * The user's account type, which caps what team grants give.
   */
  accountType: string;
  /**
   * Effective level, after team inheritance and account-type caps.
   */
  level: Level | null;
  /**
   * The Admin account type administers every connection, whatever the grants.
   */
  adminAccountType?: true;
  /**
   * The grants that reach the user there, the winning one marked.
   */
  from: GrantSource[];
}
/**
 * One grant that reaches the user there.
 */
export interface GrantSource {
  /**
   * team.NAME or user.EMAIL: the grant's principal.
   */
  principal: string;
  /**
   * The object asked about, as a path (connection/DATABASE/SCHEMA/TABLE).
   */
  object: string;
  /**
   * The level the grant names.
   */
  level: 'write-only' | 'use' | 'use-and-annotate' | 'admin';
  /**
   * The file of the grant, relative to the working directory.
   */
  file: string;
  /**
   * The line of the grant in that file.
   */
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
}
export interface ExplainUserEMAILOnPATH {
  /**
   * The object asked about, as a path (connection/DATABASE/SCHEMA/TABLE).
   */
  object: string;
  /**
   * The user, by email.
   */
  email: string;
  /**
   * The user's account type, which caps what team grants give.
   */
  accountType: string;
  /**
   * The user's effective level there, after team inheritance and account-type caps; null when the user has no access.
   */
  level: Level | null;
  /**
   * Present when the user is of the Admin account type, which administers every connection without any grant.
   */
  adminAccountType?: true;
  /**
   * The grants that reach the user there, the winning one marked.
   */
  from: GrantSource[];
}
export interface ExplainUserEMAIL {
  /**
   * The user, by email.
   */
  email: string;
  /**
   * The user's account type, which caps what team grants give.
   */
  accountType: string;
  /**
   * Every object a grant gives the user something on, a parent before its children.
   */
  objects: {
    /**
     * The object asked about, as a path (connection/DATABASE/SCHEMA/TABLE).
     */
    object: string;
    /**
     * The user's effective level there, inherited grants included.
     */
    level: Level | null;
    /**
     * The grants on exactly this object that reach the user.
     */
    from: GrantSource[];
  }[];
}
