// Several live connections (or teams) under one name: Sigma allows it, and
// two applies at once used to make them. The files name things by name, so
// grantform cannot tell which one they mean: it changes none of them (nor
// their grants and members) and says so, until one is removed in Sigma.

import type { LiveSnapshot } from './live.js';

export interface LiveDuplicate {
  readonly kind: 'connection' | 'team';
  readonly name: string;
  /** Sorted. */
  readonly ids: readonly string[];
}

export function findLiveDuplicates(live: LiveSnapshot): LiveDuplicate[] {
  return [...duplicatesOf('connection', live.connections), ...duplicatesOf('team', live.teams)];
}

function duplicatesOf(kind: LiveDuplicate['kind'], items: readonly { readonly id: string; readonly name: string }[]): LiveDuplicate[] {
  const byName = new Map<string, string[]>();
  for (const item of items) byName.set(item.name, [...(byName.get(item.name) ?? []), item.id]);
  return [...byName]
    .filter(([, ids]) => ids.length > 1)
    .map(([name, ids]) => ({ kind, name, ids: [...ids].sort() }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** `2 live connections named bigquery-marketing (ids a, b): grantform changes neither until one is removed` */
export function describeDuplicate(duplicate: LiveDuplicate): string {
  const which = duplicate.ids.length === 2 ? 'neither' : 'none of them';
  return `${duplicate.ids.length} live ${duplicate.kind}s named ${duplicate.name} (ids ${duplicate.ids.join(', ')}): grantform changes ${which} until one is removed`;
}

export interface DuplicateNames {
  readonly connections: ReadonlySet<string>;
  readonly teams: ReadonlySet<string>;
}

export function duplicateNames(duplicates: readonly LiveDuplicate[]): DuplicateNames {
  return {
    connections: new Set(duplicates.filter((each) => each.kind === 'connection').map((each) => each.name)),
    teams: new Set(duplicates.filter((each) => each.kind === 'team').map((each) => each.name)),
  };
}

/** True for a grant on an object of a duplicated connection, or given to a duplicated team. */
export function touchesDuplicate(names: DuplicateNames, grant: { readonly principal: { readonly kind: string; readonly name?: string }; readonly object: { readonly connection: string } }): boolean {
  return names.connections.has(grant.object.connection) || (grant.principal.kind === 'team' && grant.principal.name !== undefined && names.teams.has(grant.principal.name));
}

/** The live state without the duplicated connections and teams, and without the grants on them. */
export function withoutDuplicates(live: LiveSnapshot, names: DuplicateNames): LiveSnapshot {
  if (names.connections.size === 0 && names.teams.size === 0) return live;
  return {
    ...live,
    connections: live.connections.filter((each) => !names.connections.has(each.name)),
    teams: live.teams.filter((each) => !names.teams.has(each.name)),
    grants: live.grants.filter((grant) => !touchesDuplicate(names, grant)),
  };
}
