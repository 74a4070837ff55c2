// Making a plan against a backend: read the live state, check that the
// objects the grants name exist in the warehouse, then plan (purely). The
// missing objects come back as diagnostics on the YAML lines that name them.

import type { Backend, ReadOptions } from '../backends/backend.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { LiveSnapshot } from '../model/live.js';
import { describeDuplicate, duplicateNames, findLiveDuplicates } from '../model/live-duplicates.js';
import { formatObjectPath, type ObjectPath } from '../model/object-path.js';
import type { Project } from '../model/project.js';
import { desiredFromProject, type DesiredState } from './desired.js';
import { planChanges } from './plan-changes.js';
import type { Plan, PlanSettings } from './plan.js';

export interface PlanRun {
  readonly desired: DesiredState;
  readonly settings: PlanSettings;
  readonly live: LiveSnapshot;
  readonly plan: Plan;
  readonly unmatchedTargets: readonly string[];
  /** Grants on objects the warehouse does not have: the plan must not be applied. */
  readonly diagnostics: readonly Diagnostic[];
  /** One sentence per name that several live connections or teams share: the plan leaves them alone (exit status 1). */
  readonly duplicates: readonly string[];
}

export function planSettingsOf(project: Project): PlanSettings {
  return { manage: project.settings.manage, safety: project.settings.safety };
}

export async function makePlan(project: Project, backend: Backend, options: { readonly targets?: readonly string[]; readonly read?: ReadOptions } = {}): Promise<PlanRun> {
  const desired = desiredFromProject(project);
  const settings = planSettingsOf(project);
  const live = await backend.read(options.read);
  const diagnostics = await missingObjects(project, backend, live);
  const { plan, unmatchedTargets, duplicates } = planChanges({
    desired,
    live,
    settings,
    ...(options.targets && { targets: options.targets }),
    manualStep: (change) => backend.manualStep(change),
  });
  return { desired, settings, live, plan, unmatchedTargets, diagnostics, duplicates: duplicates.map(describeDuplicate) };
}

/**
 * Objects below a connection that exists live under the same name. Objects
 * of a connection that is still to be created or renamed cannot be looked
 * up yet: the next plan checks them.
 */
async function missingObjects(project: Project, backend: Backend, live: LiveSnapshot): Promise<Diagnostic[]> {
  // A duplicated connection cannot say which copy's objects the files mean: it is left alone.
  const duplicated = duplicateNames(findLiveDuplicates(live)).connections;
  const liveConnections = new Set(live.connections.map((connection) => connection.name).filter((name) => !duplicated.has(name)));
  const objects = new Map<string, ObjectPath>();
  for (const grant of project.grants) {
    if (grant.object.path.length > 0 && liveConnections.has(grant.object.connection)) objects.set(formatObjectPath(grant.object), grant.object);
  }
  if (objects.size === 0) return [];
  const missing = await backend.findMissingObjects([...objects.values()]);
  if (missing.size === 0) return [];
  return project.grants
    .filter((grant) => missing.has(formatObjectPath(grant.object)))
    .map((grant) => ({
      rule: 'object-missing',
      severity: 'error' as const,
      message: `${formatObjectPath(grant.object)} does not exist in the warehouse of connection ${grant.object.connection}: check the name, or create the object first`,
      span: grant.objectSpan,
    }));
}
