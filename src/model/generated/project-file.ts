// Generated from schemas/grantform.schema.json by `npm run gen:types`. Do not edit by hand.
/* eslint-disable */

/**
 * Settings of a grantform project: the backend that holds the live state, what a plan may delete, safety limits and lint severities.
 */
export interface ProjectFile {
  /**
   * Where the live state is read from and changes are applied. Default: the local state file.
   */
  backend?: (LocalBackend | SigmaBackend) & {
    /**
     * local: a state file, no account needed. sigma: Sigma's REST API.
     */
    type: 'local' | 'sigma';
  };
  /**
   * Globs, relative to this file's folder, of the resource files to read (no absolute paths, no .., never .git). Hidden folders match only a glob that names them. Default: every *.yaml and *.yml below this folder except grantform.yaml and hidden folders.
   *
   * @minItems 1
   */
  include?: [string & string, ...(string & string)[]];
  manage?: Manage;
  safety?: Safety;
  lint?: LintSettings;
}
/**
 * A JSON state file: the embedded default, for trying grantform and for tests.
 */
export interface LocalBackend {
  /**
   * The local state file.
   */
  type: 'local';
  /**
   * Path of the state file, relative to grantform.yaml. Default: .grantform/state.json.
   */
  path?: string;
  /**
   * Read-only mode: true makes the backend refuse everything that would change the live state, before doing it (the sigma backend sends only reads; the local backend never writes its state file or takes its lock), and apply refuses to run. plan, check, import and report github work. Also set by --read-only or GRANTFORM_READ_ONLY=1. Default: false.
   */
  readOnly?: boolean;
}
/**
 * Sigma's REST API, with API client credentials. Each field defaults to the official Sigma CLI's environment variable.
 */
export interface SigmaBackend {
  /**
   * Sigma's REST API.
   */
  type: 'sigma';
  /**
   * API base URL of the org's cloud, e.g. https://aws-api.sigmacomputing.com. Default: $SIGMA_BASE_URL.
   */
  baseUrl?:
    | string
    | {
        /**
         * Name of the environment variable.
         */
        env: string;
      };
  /**
   * API client id, or { env: NAME }. Default: $SIGMA_CLIENT_ID.
   */
  clientId?:
    | string
    | {
        /**
         * Name of the environment variable.
         */
        env: string;
      };
  clientSecret?: SecretReference;
  /**
   * Requests in flight at once. Default: 8.
   */
  concurrency?: number;
  /**
   * Try POST /v2/grants for write-only and admin grants, which Sigma does not document; otherwise they are manual steps.
   */
  tryGrantApiForAllLevels?: boolean;
  /**
   * Read-only mode: true makes the backend refuse everything that would change the live state, before doing it (the sigma backend sends only reads; the local backend never writes its state file or takes its lock), and apply refuses to run. plan, check, import and report github work. Also set by --read-only or GRANTFORM_READ_ONLY=1. Default: false.
   */
  readOnly?: boolean;
}
/**
 * API client secret, as { env: NAME }. Default: $SIGMA_CLIENT_SECRET.
 */
export interface SecretReference {
  /**
   * Name of the environment variable that holds the secret.
   */
  env: string;
}
/**
 * What a plan may delete. authoritative: live items missing from the files are removed. additive: never removed, only created and updated.
 */
export interface Manage {
  /**
   * Connections. Default: additive.
   */
  connections?: 'authoritative' | 'additive';
  /**
   * Users (removing one deactivates it). Default: additive.
   */
  users?: 'authoritative' | 'additive';
  /**
   * Teams. Default: authoritative.
   */
  teams?: 'authoritative' | 'additive';
  /**
   * Team memberships. Default: authoritative.
   */
  memberships?: 'authoritative' | 'additive';
  /**
   * Grants. Default: authoritative.
   */
  grants?: 'authoritative' | 'additive';
}
/**
 * Limits that stop a plan from doing more harm than intended.
 */
export interface Safety {
  /**
   * A plan that deletes (or replaces) more than this is refused without --allow-deletes. Default: 25.
   */
  maxDeletes?: number;
  /**
   * Who receives the documents of a user that a plan deactivates. Required before a plan may deactivate users.
   */
  documentsOwner?: string;
}
/**
 * Linter settings.
 */
export interface LintSettings {
  rules?: LintRules;
}
/**
 * Severity per rule, overriding the rule's default.
 */
export interface LintRules {
  /**
   * A grant at or below what the same principal already has from a grant on an ancestor object. off | info | warning | error.
   */
  'redundant-grant'?: 'off' | 'info' | 'warning' | 'error';
  /**
   * A user's own grant that a team of the user (or All Members) already meets or exceeds. off | info | warning | error.
   */
  'shadowed-by-team'?: 'off' | 'info' | 'warning' | 'error';
  /**
   * The same principal and object granted twice. off | info | warning | error.
   */
  'duplicate-grant'?: 'off' | 'info' | 'warning' | 'error';
  /**
   * A user's own grant above what the user's account type permits. off | info | warning | error.
   */
  'account-type-too-low'?: 'off' | 'info' | 'warning' | 'error';
  /**
   * A team grant that some members cannot receive in full because of their account type. off | info | warning | error.
   */
  'team-grant-capped'?: 'off' | 'info' | 'warning' | 'error';
  /**
   * A write-only grant on a connection with no write destination. off | info | warning | error.
   */
  'write-only-without-write-access'?: 'off' | 'info' | 'warning' | 'error';
  /**
   * A grant on the write destination or an object inside it (not browsable). off | info | warning | error.
   */
  'grant-in-write-destination'?: 'off' | 'info' | 'warning' | 'error';
  /**
   * Two connections to the same warehouse with overlapping write destinations. off | info | warning | error.
   */
  'shared-write-destination'?: 'off' | 'info' | 'warning' | 'error';
  /**
   * A team with no members. off | info | warning | error.
   */
  'empty-team'?: 'off' | 'info' | 'warning' | 'error';
  /**
   * A declared user with no access at all. off | info | warning | error.
   */
  'unused-user'?: 'off' | 'info' | 'warning' | 'error';
}
