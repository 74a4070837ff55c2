// The planner: a pure function of (desired, live, settings). Per-kind
// diffs, the dependency order, --target, the ownership and backend manual
// steps, and the refusals that do not depend on flags.

import type { Change, ManualStep } from '../model/changes.js';
import type { LiveSnapshot } from '../model/live.js';
import { duplicateNames, findLiveDuplicates, touchesDuplicate, withoutDuplicates, type LiveDuplicate } from '../model/live-duplicates.js';
import type { DesiredState } from './desired.js';
import { diffConnections } from './diff-connections.js';
import { diffGrants } from './diff-grants.js';
import { diffMemberships } from './diff-memberships.js';
import { diffTeams } from './diff-teams.js';
import { diffUsers } from './diff-users.js';
import { dependenciesOf, orderChanges } from './graph.js';
import { indexLive } from './live-index.js';
import { ownershipStep } from './ownership.js';
import type { Plan, PlanSettings } from './plan.js';
import { checkDocumentsOwner } from './safety.js';
import { selectTargets } from './target.js';

export interface PlanInput {
  readonly desired: DesiredState;
  readonly live: LiveSnapshot;
  readonly settings: PlanSettings;
  /** `--target` addresses; empty or absent for the whole plan. */
  readonly targets?: readonly string[];
  /** The backend's own limits (Backend.manualStep): changes it cannot make. */
  readonly manualStep?: (change: Change) => ManualStep | undefined;
}

export interface PlanResult {
  readonly plan: Plan;
  /** Targets that matched no change, for a warning. */
  readonly unmatchedTargets: readonly string[];
  /** Live connections and teams that share a name: nothing is planned for them, their grants or members. */
  readonly duplicates: readonly LiveDuplicate[];
}

export function planChanges(input: PlanInput): PlanResult {
  const duplicates = findLiveDuplicates(input.live);
  const names = duplicateNames(duplicates);
  const desired: DesiredState =
    duplicates.length === 0
      ? input.desired
      : {
          ...input.desired,
          connections: input.desired.connections.filter((each) => !names.connections.has(each.name) && !each.previously.some((old) => names.connections.has(old))),
          teams: input.desired.teams.filter((each) => !names.teams.has(each.name) && !each.previously.some((old) => names.teams.has(old))),
          grants: input.desired.grants.filter((grant) => !touchesDuplicate(names, grant)),
        };
  const live = indexLive(withoutDuplicates(input.live, names), desired);
  const context = { desired, live, settings: input.settings };
  let changes: Change[] = orderChanges([
    ...diffUsers(context),
    ...diffTeams(context),
    ...diffMemberships(context),
    ...diffConnections(context),
    ...diffGrants(context),
  ]);
  const targets = input.targets ?? [];
  let unmatchedTargets: string[] = [];
  if (targets.length > 0) {
    const selection = selectTargets(changes, dependenciesOf(changes), targets);
    changes = selection.indices.map((index) => changes[index] as Change);
    unmatchedTargets = selection.unmatched;
  }
  checkDocumentsOwner(changes, input.settings.safety.documentsOwner, desired, live);
  const planned = changes.map((change) => {
    const manual = ownershipStep(change) ?? input.manualStep?.(change);
    return manual ? { change, manual } : { change };
  });
  return { plan: { changes: planned, targets: [...targets] }, unmatchedTargets, duplicates };
}
