// Sigma's connection access levels, lowest first. Each level includes every
// capability of the levels below it (DESIGN.md §1), so comparing ranks is
// all the access engine and the planner ever need.

export const ACCESS_LEVELS = ['write-only', 'use', 'use-and-annotate', 'admin'] as const;

export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** The value Sigma's API uses for each level (reference/sigma-api.md §5.4). */
export type ApiPermission = 'writeback' | 'usage' | 'annotate' | 'admin';

const API_PERMISSION: Record<AccessLevel, ApiPermission> = {
  'write-only': 'writeback',
  use: 'usage',
  'use-and-annotate': 'annotate',
  admin: 'admin',
};

const LEVEL_OF_PERMISSION: Record<ApiPermission, AccessLevel> = {
  writeback: 'write-only',
  usage: 'use',
  annotate: 'use-and-annotate',
  admin: 'admin',
};

/** Sigma's UI names, for messages that an admin compares with the screen. */
export const UI_NAME: Record<AccessLevel, string> = {
  'write-only': 'Can write only',
  use: 'Can use',
  'use-and-annotate': 'Can use & annotate',
  admin: 'Can admin',
};

/** Levels that may only be granted on a connection, never below it. */
export const CONNECTION_ONLY_LEVELS: ReadonlySet<AccessLevel> = new Set(['write-only', 'admin']);

export function isAccessLevel(value: unknown): value is AccessLevel {
  return typeof value === 'string' && (ACCESS_LEVELS as readonly string[]).includes(value);
}

/** 0 for write-only up to 3 for admin. */
export function levelRank(level: AccessLevel): number {
  return RANK[level] ?? -1;
}

// A lookup, not ACCESS_LEVELS.indexOf: the access engine ranks levels in its innermost loops.
const RANK: Readonly<Record<AccessLevel, number>> = { 'write-only': 0, use: 1, 'use-and-annotate': 2, admin: 3 };

export function compareLevels(a: AccessLevel, b: AccessLevel): number {
  return levelRank(a) - levelRank(b);
}

export function maxLevel(a: AccessLevel, b: AccessLevel): AccessLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

export function toApiPermission(level: AccessLevel): ApiPermission {
  return API_PERMISSION[level];
}

/** Undefined for a permission that is not a connection level (Sigma's `update`, document levels). */
export function fromApiPermission(permission: string): AccessLevel | undefined {
  return Object.hasOwn(LEVEL_OF_PERMISSION, permission)
    ? LEVEL_OF_PERMISSION[permission as ApiPermission]
    : undefined;
}
