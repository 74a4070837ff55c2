// The dependency graph of a plan's changes (Terraform's graph walk): what
// must be done before each change, and the one order in which the plan is
// shown and applied. Creates and updates go users, teams, memberships,
// connections, then grants; deletions go the other way (grants first), so
// access is granted before it is taken away and nothing is removed while
// something still hangs on it.

import type { Change, ResourceType } from '../model/changes.js';
import { assertNever } from '../model/errors.js';
import { principalKey, type Principal } from '../model/project.js';
import { compareText } from './addresses.js';
import { MinHeap } from './min-heap.js';
import { appendAll } from '../model/bulk.js';

/** For each change (by index), the indices of the changes it waits for. */
export type Dependencies = readonly (readonly number[])[];

const CREATE_RANK: Record<ResourceType, number> = { user: 0, team: 1, membership: 2, connection: 3, grant: 4 };
const DELETE_RANK: Record<ResourceType, number> = { grant: 0, connection: 1, membership: 2, team: 3, user: 4 };

export function dependenciesOf(changes: readonly Change[]): Dependencies {
  // Changes that make a name usable: a create, a rename, a reactivation.
  const users = new Map<string, number>();
  const teams = new Map<string, number>();
  const connections = new Map<string, number>();
  // Deletions that must happen before others.
  const grantDeletesAt = new Map<string, number[]>();
  const grantDeletesOf = new Map<string, number[]>();
  const grantDeletesOn = new Map<string, number[]>();
  const membershipDeletesOf = new Map<string, number[]>();
  const membershipDeletesIn = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (list) list.push(index);
    else map.set(key, [index]);
  };

  changes.forEach((change, index) => {
    switch (change.type) {
      case 'user':
        if (change.action === 'create' || (change.action === 'update' && change.reactivate === true)) users.set(change.after.email, index);
        break;
      case 'team':
        if (change.action === 'create' || (change.action === 'update' && change.renamedFrom !== undefined)) teams.set(change.after.name, index);
        break;
      case 'connection':
        if (change.action === 'create' || (change.action === 'update' && change.renamedFrom !== undefined)) connections.set(change.after.name, index);
        break;
      case 'membership':
        if (change.action === 'delete') {
          push(membershipDeletesOf, change.before.email, index);
          push(membershipDeletesIn, change.before.team, index);
        }
        break;
      case 'grant':
        if (change.action === 'delete') {
          push(grantDeletesAt, change.address, index);
          push(grantDeletesOf, principalKey(change.before.principal), index);
          push(grantDeletesOn, change.before.object.connection, index);
        }
        break;
      default:
        assertNever(change, 'change');
    }
  });

  const principal = (who: Principal) => (who.kind === 'team' ? teams.get(who.name) : users.get(who.email));
  return changes.map((change) => {
    const needs: (number | undefined)[] = [];
    switch (change.type) {
      case 'user':
        if (change.action === 'delete') {
          // Sigma cannot change an inactive member's teams: leave them first.
          appendAll(needs, membershipDeletesOf.get(change.before.email) ?? []);
          appendAll(needs, grantDeletesOf.get(principalKey({ kind: 'user', email: change.before.email })) ?? []);
          if (change.documentsOwner !== undefined) needs.push(users.get(change.documentsOwner));
        }
        break;
      case 'team':
        if (change.action === 'delete') {
          appendAll(needs, grantDeletesOf.get(principalKey({ kind: 'team', name: change.before.name })) ?? []);
          appendAll(needs, membershipDeletesIn.get(change.before.name) ?? []);
        }
        break;
      case 'connection':
        if (change.action === 'delete') appendAll(needs, grantDeletesOn.get(change.before.name) ?? []);
        break;
      case 'membership':
        // A team renamed in the same plan is known to the backend by its new name only once renamed.
        if (change.action === 'create') needs.push(teams.get(change.after.team), users.get(change.after.email));
        else needs.push(teams.get(change.before.team), users.get(change.before.email));
        break;
      case 'grant':
        if (change.action !== 'delete') {
          needs.push(principal(change.after.principal), connections.get(change.after.object.connection));
          // A surplus delete on the same (principal, object) first: the grant that stays is the one raised.
          if (change.action === 'update') appendAll(needs, grantDeletesAt.get(change.address) ?? []);
        }
        break;
      default:
        assertNever(change, 'change');
    }
    return [...new Set(needs.filter((each): each is number => each !== undefined))].sort((a, b) => a - b);
  });
}

/** Where a change goes when nothing forces it: creates and updates by kind, then deletions in reverse. */
function compareByPhase(a: Change, b: Change): number {
  const phaseA = a.action === 'delete' ? 1 : 0;
  const phaseB = b.action === 'delete' ? 1 : 0;
  if (phaseA !== phaseB) return phaseA - phaseB;
  const rank = phaseA === 0 ? CREATE_RANK : DELETE_RANK;
  return rank[a.type] - rank[b.type] || compareText(a.address, b.address) || compareText(a.action, b.action);
}

/**
 * The changes in apply order: a topological order of the dependency graph
 * that, among the changes ready at each step, takes the first by phase,
 * kind and address, so the same inputs always give the same order.
 */
export function orderChanges<T extends Change>(changes: readonly T[]): T[] {
  const sorted = [...changes].sort(compareByPhase);
  const dependencies = dependenciesOf(sorted);
  const waiting = dependencies.map((needs) => needs.length);
  const dependents: number[][] = sorted.map(() => []);
  dependencies.forEach((needs, index) => needs.forEach((need) => dependents[need]?.push(index)));
  const ready = new MinHeap();
  waiting.forEach((count, index) => count === 0 && ready.push(index));
  const order: T[] = [];
  while (ready.size > 0) {
    const index = ready.pop();
    order.push(sorted[index] as T);
    for (const next of dependents[index] ?? []) {
      waiting[next] = (waiting[next] as number) - 1;
      if (waiting[next] === 0) ready.push(next);
    }
  }
  if (order.length !== sorted.length) throw new Error('the plan has a dependency cycle');
  return order;
}
