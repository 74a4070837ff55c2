// `grantform import`: the live state as YAML, by name (never by id), laid
// out as real orgs keep theirs: connections.yaml (with the account types in
// use), users.yaml, teams/<team>.yaml (a team, its members and its grants),
// user-grants.yaml and all-members.yaml. Faithful: every live grant is
// written, so that planning right after an import shows no change, except
// the removal of surplus grants where Sigma holds several for one
// (principal, object): those are all written, and lint reports them.
// Deactivated users are left out (declaring one would reactivate it), with
// their memberships and grants, which the planner leaves alone too.
// Connections and teams that share a name are left out with their grants:
// the files name things by name and could not say which copy they mean.

import { stringify } from 'yaml';
import type { LiveConnection, LiveGrant, LiveSnapshot, LiveTeam } from '../model/live.js';
import { describeDuplicate, duplicateNames, findLiveDuplicates, withoutDuplicates } from '../model/live-duplicates.js';
import { formatObjectPath } from '../model/object-path.js';
import { ALL_MEMBERS } from '../model/project.js';
import { WAREHOUSES } from '../model/warehouses.js';

export interface ImportResult {
  /** Relative path (`/`-separated) → file text. */
  readonly files: ReadonlyMap<string, string>;
  /** What the admin should know: grants not written, duplicates written. */
  readonly notes: readonly string[];
  /** One sentence per name that several live connections or teams share: none of them is written. */
  readonly duplicates: readonly string[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `schemaLine(file)` is the first line of each file (relative path), naming
 * its schema for editors (src/init/schema-references.ts); none when absent.
 */
export function importFiles(everything: LiveSnapshot, source: string, schemaLine?: (file: string) => string): ImportResult {
  const notes: string[] = [];
  const duplicates = findLiveDuplicates(everything);
  const live = withoutDuplicates(everything, duplicateNames(duplicates));
  const activeUsers = live.users.filter((user) => user.active).sort((a, b) => compare(a.email, b.email));
  const active = new Set(activeUsers.map((user) => user.email));
  const teams = live.teams.filter((team) => team.name !== ALL_MEMBERS).sort((a, b) => compare(a.name, b.name));
  const teamNames = new Set(teams.map((team) => team.name));
  const connections = [...live.connections].sort((a, b) => compare(a.name, b.name));
  const connectionNames = new Set(connections.map((connection) => connection.name));

  // Grants by principal, written once per (principal, object, level).
  const written = new Map<string, LiveGrant[]>();
  const levelsPerKey = new Map<string, Set<string>>();
  let unwritable = 0;
  for (const grant of [...live.grants].sort((a, b) => compare(grantSortKey(a), grantSortKey(b)))) {
    const { principal } = grant;
    const known = principal.kind === 'team' ? principal.name === ALL_MEMBERS || teamNames.has(principal.name) : active.has(principal.email);
    if (!known || !connectionNames.has(grant.object.connection)) {
      if (!(principal.kind === 'user' && live.users.some((user) => user.email === principal.email && !user.active))) unwritable += 1;
      continue;
    }
    const key = `${principal.kind === 'team' ? `team.${principal.name}` : `user.${principal.email}`}@${formatObjectPath(grant.object)}`;
    const levels = levelsPerKey.get(key) ?? new Set<string>();
    levelsPerKey.set(key, levels);
    if (levels.has(grant.level)) continue;
    levels.add(grant.level);
    const owner = principal.kind === 'team' ? `team:${principal.name}` : 'users';
    const list = written.get(owner);
    if (list) list.push(grant);
    else written.set(owner, [grant]);
  }
  const repeated = [...levelsPerKey.values()].filter((levels) => levels.size > 1).length;
  if (repeated > 0) notes.push(`${repeated} (principal, object) pairs hold several grants at different levels: all are written; lint reports them (duplicate-grant) and the next plan removes the surplus`);
  if (unwritable > 0) notes.push(`${unwritable} grants name a team, user or connection that does not exist live: they are not written, and the next plan removes them where grants are authoritative`);

  const files = new Map<string, string>();
  // The schema line goes in front once each file's name is known (below).
  const header = (what: string) => `#\n# ${what}\n# Written by grantform import from ${source}.\n\n`;
  const accountTypes = live.accountTypes.filter((type) => activeUsers.some((user) => user.accountType === type.name)).sort((a, b) => compare(a.name, b.name));
  if (connections.length > 0 || accountTypes.length > 0) {
    files.set(
      'connections.yaml',
      header('Connections, and the permissions of the account types in use.\n# Secrets are never imported: add each one as { env: NAME }.') +
        yaml({
          ...(connections.length > 0 && { connections: connections.map(connectionYaml) }),
          ...(accountTypes.length > 0 && { accountTypes: accountTypes.map((type) => ({ name: type.name, permissions: [...type.permissions] })) }),
        }),
    );
  }
  if (activeUsers.length > 0) {
    files.set(
      'users.yaml',
      header('Users, by email.') +
        yaml({
          users: activeUsers.map((user) => ({
            email: user.email,
            accountType: user.accountType,
            ...(user.firstName !== undefined && { firstName: user.firstName }),
            ...(user.lastName !== undefined && { lastName: user.lastName }),
            ...(user.managedBy === 'scim' && { managedBy: 'scim' }),
          })),
        }),
    );
  }
  const userGrants = written.get('users') ?? [];
  if (userGrants.length > 0) files.set('user-grants.yaml', header("Users' own grants.") + yaml({ grants: userGrants.map(grantYaml) }));
  const allMembers = written.get(`team:${ALL_MEMBERS}`) ?? [];
  if (allMembers.length > 0) files.set('all-members.yaml', header(`Grants to ${ALL_MEMBERS}, Sigma's built-in team of every user.`) + yaml({ grants: allMembers.map(grantYaml) }));
  const slugs = new Set<string>();
  for (const team of teams) {
    const grants = written.get(`team:${team.name}`) ?? [];
    files.set(
      `teams/${uniqueSlug(team.name, slugs)}.yaml`,
      header(`Team ${team.name}: its members and what it can reach.`) + yaml({ teams: [teamYaml(team, active)], ...(grants.length > 0 && { grants: grants.map(grantYaml) }) }),
    );
  }
  if (schemaLine) for (const [file, text] of files) files.set(file, `${schemaLine(file)}\n${text}`);
  return { files, notes, duplicates: duplicates.map(describeDuplicate) };
}

function connectionYaml(connection: LiveConnection): Record<string, unknown> {
  const keys = WAREHOUSES[connection.type].destinationKeys;
  const place = (path: readonly string[]) => Object.fromEntries(keys.map((key, index) => [key, path[index] ?? '']));
  const write = connection.writeAccess;
  return {
    name: connection.name,
    type: connection.type,
    ...(connection.description !== undefined && { description: connection.description }),
    ...(connection.useOauth && { useOauth: true }),
    ...(Object.keys(connection.details).length > 0 && { details: connection.details }),
    ...(connection.secretsVersion !== undefined && { secretsVersion: connection.secretsVersion }),
    ...(write && {
      writeAccess: {
        ...(write.destinations.length === 1 && !connection.useOauth ? { destination: place(write.destinations[0] as readonly string[]) } : { destinations: write.destinations.map(place) }),
        ...(write.auditLog !== undefined && { auditLog: place(write.auditLog) }),
        ...(write.materializationWarehouse !== undefined && { materializationWarehouse: write.materializationWarehouse }),
        ...(write.useDynamicTables !== undefined && { useDynamicTables: write.useDynamicTables }),
      },
    }),
  };
}

function teamYaml(team: LiveTeam, active: ReadonlySet<string>): Record<string, unknown> {
  return {
    name: team.name,
    ...(team.description !== undefined && { description: team.description }),
    ...(team.managedBy === 'scim' && { managedBy: 'scim' }),
    members: team.members.filter((email) => active.has(email)).sort(compare),
  };
}

function grantYaml(grant: LiveGrant): Record<string, unknown> {
  return {
    ...(grant.principal.kind === 'team' ? { team: grant.principal.name } : { user: grant.principal.email }),
    object: formatObjectPath(grant.object),
    access: grant.level,
  };
}

function grantSortKey(grant: LiveGrant): string {
  const who = grant.principal.kind === 'team' ? `team.${grant.principal.name}` : `user.${grant.principal.email}`;
  return `${who}@${formatObjectPath(grant.object)}#${grant.level}`;
}

/**
 * YAML 1.1 quoting (`"on"`, `"yes"`, `"0777"` quoted) so that older readers
 * of the same files see strings; grantform itself reads YAML 1.2.
 */
function yaml(value: unknown): string {
  return stringify(value, { version: '1.1', lineWidth: 0 });
}

function uniqueSlug(name: string, taken: Set<string>): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'team';
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
