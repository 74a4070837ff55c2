// Generated from schemas/plan.schema.json by `npm run gen:types`. Do not edit by hand.
/* eslint-disable */

/**
 * The output of `grantform plan --format json`: the changes that apply would make. Never holds a secret value, only { env: NAME } references.
 */
export interface PlanDocument {
  /**
   * Version of this format; raised only on incompatible changes.
   */
  formatVersion: 1;
  /**
   * The grantform version that made the plan.
   */
  grantformVersion?: string;
  /**
   * The backend the plan was computed against.
   */
  backend?: 'local' | 'sigma';
  /**
   * Changes in the order apply makes them.
   */
  changes: Change[];
  /**
   * Who gains and who loses access to what: one entry per (user, object) whose effective level differs between the live state (before) and the files (after), on the topmost object of its chain with that (before, after) pair. Losses first (after lower than before, no access lowest), then gains; each by email, then object.
   */
  accessChanges?: {
    /**
     * The user, by email (lower-cased).
     */
    email: string;
    /**
     * The object, as a path in the files' form (connection/DATABASE/SCHEMA/TABLE); what lies below it has the same change unless listed too.
     */
    object: string;
    /**
     * The user's effective level there in the live state; null for no access (or no such active user).
     */
    before: 'write-only' | 'use' | 'use-and-annotate' | 'admin' | null;
    /**
     * The user's effective level there once the files are applied; null for no access (or a user the plan deactivates).
     */
    after: 'write-only' | 'use' | 'use-and-annotate' | 'admin' | null;
  }[];
  /**
   * Counts per action.
   */
  summary: {
    /**
     * Resources to create.
     */
    create: number;
    /**
     * Resources to update in place.
     */
    update: number;
    /**
     * Resources to delete (users: deactivate).
     */
    delete: number;
    /**
     * Grants to revoke and grant again at a lower level.
     */
    replace: number;
    /**
     * Changes the backend cannot make; an admin makes them in Sigma's UI.
     */
    manual?: number;
  };
}
/**
 * One change to one resource.
 */
export interface Change {
  /**
   * create, update in place, delete (users: deactivate), or replace (revoke, then grant again).
   */
  action: 'create' | 'update' | 'delete' | 'replace';
  /**
   * The kind of resource.
   */
  type: 'connection' | 'user' | 'team' | 'membership' | 'grant';
  /**
   * The resource's address, e.g. grant.team.Sales@snowflake-prod/ANALYTICS.
   */
  address: string;
  /**
   * The live resource, in the files' vocabulary; null for create.
   */
  before: {} | null;
  /**
   * The resource as the files want it; null for delete.
   */
  after: {} | null;
  /**
   * Why, where it is not obvious: a rename, a lowered level, a rotated secret.
   */
  reason?: string;
  /**
   * Present when the backend cannot make this change: an admin makes it by hand.
   */
  manual?: {
    /**
     * What to do in Sigma's UI.
     */
    instructions: string;
  };
}
