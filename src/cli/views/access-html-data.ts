// The data the HTML access review embeds: the access document with every
// repeated string interned into a table (objects, grants, teams, account
// types), so that the 5,000-user org fits in a few megabytes, and the
// summary's lists computed once here rather than in the browser.

import type { AccessDocument, GrantSource } from '../../model/generated/access-document.js';
import { ACCESS_LEVELS } from '../../model/levels.js';
import { formatObjectPath, parseObjectPath } from '../../model/object-path.js';

export interface AccessHtmlContext {
  /** ISO 8601: when the review was made. */
  readonly generatedAt: string;
  /** With `--live --older-than DAYS`: the summary lists grants created before then. */
  readonly olderThanDays?: number;
  /** Connections whose write access is enabled. */
  readonly writeConnections: readonly string[];
  /** Account types that may write (they allow `write-only`). */
  readonly writingTypes: readonly string[];
}

/** Indexes into the tables; an entry is [object, level, sourceCount, ...sources], a source -1 for the Admin account type. */
export interface HtmlData {
  readonly source: 'files' | 'live';
  readonly generatedAt: string;
  readonly olderThanDays: number | null;
  readonly levels: readonly string[];
  /** [key, parent (-1 for a connection), name]. */
  readonly objects: readonly (readonly [string, number, string])[];
  /** [principal, object, level, where ("file:line" or "grant ID"), createdAt or ""]. */
  readonly grants: readonly (readonly [string, number, number, string, string])[];
  readonly teams: readonly string[];
  readonly types: readonly string[];
  /** [email, type, teams, ineffective grants, entries (flattened)]. */
  readonly users: readonly (readonly [string, number, readonly number[], number, readonly number[]])[];
  readonly summary: {
    readonly admins: readonly number[];
    /** [user, connection object]. */
    readonly writers: readonly (readonly [number, number])[];
    readonly allMembersOnly: readonly number[];
    readonly viewersWithGrants: readonly number[];
    /** Grants created before the --older-than limit. */
    readonly old: readonly number[];
  };
}

const ALL_MEMBERS_PRINCIPAL = 'team.All Members';
const DAY_MS = 24 * 60 * 60 * 1000;

export function htmlData(document: AccessDocument, context: AccessHtmlContext): HtmlData {
  const objects: [string, number, string][] = [];
  const objectIds = new Map<string, number>();
  const objectId = (key: string): number => {
    const known = objectIds.get(key);
    if (known !== undefined) return known;
    const parsed = parseObjectPath(key);
    let parent = -1;
    let name = key;
    if (parsed.ok && parsed.value.path.length > 0) {
      const { connection, path } = parsed.value;
      parent = objectId(formatObjectPath({ connection, path: path.slice(0, -1) }));
      name = path[path.length - 1] as string;
    }
    const id = objects.push([key, parent, name]) - 1;
    objectIds.set(key, id);
    return id;
  };
  const grants: [string, number, number, string, string][] = [];
  const grantIds = new Map<string, number>();
  const grantId = (source: GrantSource): number => {
    const where = source.file !== undefined ? `${source.file}:${source.line}` : `grant ${source.grantId ?? ''}`;
    const identity = `${source.principal}\u0000${source.object}\u0000${source.level}\u0000${where}`;
    const known = grantIds.get(identity);
    if (known !== undefined) return known;
    const id = grants.push([source.principal, objectId(source.object), ACCESS_LEVELS.indexOf(source.level), where, source.createdAt ?? '']) - 1;
    grantIds.set(identity, id);
    return id;
  };
  const teams = new Map<string, number>();
  const types = new Map<string, number>();
  const intern = (table: Map<string, number>, name: string): number => {
    const known = table.get(name);
    if (known !== undefined) return known;
    table.set(name, table.size);
    return table.size - 1;
  };

  const writeConnections = new Set(context.writeConnections);
  const writingTypes = new Set(context.writingTypes);
  const limit = context.olderThanDays !== undefined ? new Date(Date.parse(context.generatedAt) - context.olderThanDays * DAY_MS).toISOString() : undefined;
  const summary = { admins: [] as number[], writers: [] as [number, number][], allMembersOnly: [] as number[], viewersWithGrants: [] as number[], old: new Set<number>() };

  const users = document.users.map((user, userIndex) => {
    const entries: number[] = [];
    let admin = false;
    let onlyAllMembers = user.access.length > 0;
    for (const entry of user.access) {
      const object = objectId(entry.object);
      entries.push(object, ACCESS_LEVELS.indexOf(entry.level), entry.from.length);
      if (entry.level === 'admin') admin = true;
      const isConnection = objects[object]?.[1] === -1;
      if (isConnection && writeConnections.has(entry.object) && writingTypes.has(user.accountType)) summary.writers.push([userIndex, object]);
      for (const source of entry.from) {
        if (source.kind === 'admin-account-type') {
          entries.push(-1);
          onlyAllMembers = false;
          continue;
        }
        const id = grantId(source);
        entries.push(id);
        if (source.principal !== ALL_MEMBERS_PRINCIPAL) onlyAllMembers = false;
        if (limit !== undefined && source.createdAt !== undefined && source.createdAt < limit) summary.old.add(id);
      }
    }
    if (admin) summary.admins.push(userIndex);
    if (onlyAllMembers) summary.allMembersOnly.push(userIndex);
    if (user.ineffectiveGrants !== undefined && user.access.length === 0) summary.viewersWithGrants.push(userIndex);
    return [user.email, intern(types, user.accountType), user.teams.map((team) => intern(teams, team)), user.ineffectiveGrants ?? 0, entries] as const;
  });
  return {
    source: document.source,
    generatedAt: context.generatedAt,
    olderThanDays: context.olderThanDays ?? null,
    levels: ACCESS_LEVELS,
    objects,
    grants,
    teams: [...teams.keys()],
    types: [...types.keys()],
    users,
    summary: { ...summary, old: [...summary.old].sort((a, b) => a - b) },
  };
}
