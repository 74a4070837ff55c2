// `--target ADDRESS`: limits a plan to some resources and what they depend
// on. A target is an address (`team.Sales`), a resource type (`grant`,
// `membership`), the grants of a principal (`grant.team.Sales`, every
// object) or of a principal below an object (`grant.team.Sales@snowflake-prod`,
// the connection and everything below it), or a team's memberships
// (`membership.Sales`).

import type { Change } from '../model/changes.js';
import { RESOURCE_TYPES } from '../model/changes.js';
import type { Dependencies } from './graph.js';

export function matchesTarget(change: Change, target: string): boolean {
  const address = change.address;
  if (address === target) return true;
  if ((RESOURCE_TYPES as readonly string[]).includes(target)) return change.type === target;
  if (!address.startsWith(target)) return false;
  const next = address[target.length];
  if (change.type === 'grant') return target === 'grant.team' || target === 'grant.user' ? next === '.' : next === '@' || next === '/';
  return change.type === 'membership' && next === '.';
}

export interface TargetSelection {
  /** Indices of the selected changes and everything they depend on, in plan order. */
  readonly indices: number[];
  /** Targets that matched no change. */
  readonly unmatched: string[];
}

export function selectTargets(changes: readonly Change[], dependencies: Dependencies, targets: readonly string[]): TargetSelection {
  const selected = new Set<number>();
  const matched = new Set<string>();
  const stack: number[] = [];
  changes.forEach((change, index) => {
    for (const target of targets) {
      if (matchesTarget(change, target)) {
        matched.add(target);
        if (!selected.has(index)) {
          selected.add(index);
          stack.push(index);
        }
      }
    }
  });
  while (stack.length > 0) {
    for (const need of dependencies[stack.pop() as number] ?? []) {
      if (!selected.has(need)) {
        selected.add(need);
        stack.push(need);
      }
    }
  }
  return { indices: [...selected].sort((a, b) => a - b), unmatched: targets.filter((target) => !matched.has(target)) };
}
