// Generated from schemas/access.schema.json by `npm run gen:types`. Do not edit by hand.
/* eslint-disable */

export type Source = AdminAccountType | GrantSource;

/**
 * The output of `grantform access --format json`: every user's effective access on every object, compactly: for each user, each object where the user's level differs from the level on its parent (a connection where the user has any level). The level on any other object is that of its nearest listed ancestor, none when there is none.
 */
export interface AccessDocument {
  /**
   * The version of this format; a change that breaks readers raises it.
   */
  formatVersion: 1;
  /**
   * Whose access: the files' (what the grants in the YAML give), or the live state's (`--live`: what the backend holds now).
   */
  source: 'files' | 'live';
  /**
   * Every user (or the ones the filters keep), by email. A user with no access has an empty list.
   */
  users: User[];
}
export interface User {
  /**
   * The user, by email (lower-cased).
   */
  email: string;
  /**
   * The user's account type, which caps what every grant gives.
   */
  accountType: string;
  /**
   * The teams the user is a member of, by name (All Members, which holds everyone, is not listed).
   */
  teams: string[];
  /**
   * Present when the user's own grants or its declared teams' grants give nothing after the account-type cap (a Viewer's grants, write-only without write access): how many. All Members' grants are not counted: they reach every Viewer.
   */
  ineffectiveGrants?: number;
  /**
   * The objects where the user's level differs from the level on the parent, in tree order (a parent before its children).
   */
  access: Entry[];
}
export interface Entry {
  /**
   * The object, as a path in the files' form (connection/DATABASE/SCHEMA/TABLE).
   */
  object: string;
  /**
   * The user's effective level on the object and, unless listed otherwise, on everything below it.
   */
  level: 'write-only' | 'use' | 'use-and-annotate' | 'admin';
  /**
   * Where the level comes from: the grants on exactly this object that give the user this level (after the cap), best first; the Admin account type first when it is the source.
   */
  from: Source[];
}
export interface AdminAccountType {
  /**
   * The user is of the Admin account type, which administers every connection without any grant.
   */
  kind: 'admin-account-type';
}
export interface GrantSource {
  /**
   * A grant gives the level.
   */
  kind: 'grant';
  /**
   * Whom the grant names: `team.NAME` or `user.EMAIL`.
   */
  principal: string;
  /**
   * The team through which the user receives the grant (All Members included); absent for the user's own grant.
   */
  team?: string;
  /**
   * The object the grant names, as a path.
   */
  object: string;
  /**
   * The level the grant gives, as written.
   */
  level: 'write-only' | 'use' | 'use-and-annotate' | 'admin';
  /**
   * What the grant gives this user, after the account-type cap.
   */
  gives: 'write-only' | 'use' | 'use-and-annotate' | 'admin';
  /**
   * Present when the user's account type lowers the grant's level to `gives`: the account type.
   */
  cappedBy?: string;
  /**
   * The file that declares the grant (files only), relative to the working directory.
   */
  file?: string;
  /**
   * The grant's line in that file (files only).
   */
  line?: number;
  /**
   * The backend's id of the grant (live only).
   */
  grantId?: string;
  /**
   * When the grant was created, ISO 8601 (live only, where the backend records it).
   */
  createdAt?: string;
  /**
   * When the grant last changed, ISO 8601 (live only, where the backend records it).
   */
  updatedAt?: string;
}
