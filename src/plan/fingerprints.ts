// Fingerprints that tell whether a saved plan still holds: of the live
// snapshot (ids included: a plan names live grants by id), of what the
// files mean (the desired state and the settings that shape a plan), and of
// each file's bytes (to name the file that moved).

import path from 'node:path';
import { EMPTY_SNAPSHOT, type LiveSnapshot } from '../model/live.js';
import type { Project } from '../model/project.js';
import { compareText } from './addresses.js';
import { fingerprint, sha256 } from './canonical-json.js';
import type { DesiredState } from './desired.js';
import type { PlanSettings, PlannedChange } from './plan.js';

const byId = <T extends { readonly id?: string }>(items: readonly T[]): T[] => [...items].sort((a, b) => compareText(a.id ?? '', b.id ?? ''));

/** Independent of the order in which a backend lists things. */
export function liveFingerprint(live: LiveSnapshot): string {
  return fingerprint({
    connections: byId(live.connections),
    users: byId(live.users),
    teams: byId(live.teams).map((team) => ({ ...team, members: [...team.members].sort(compareText) })),
    grants: byId(live.grants),
    accountTypes: [...live.accountTypes].sort((a, b) => compareText(a.name, b.name)),
  });
}

export const EMPTY_LIVE_FINGERPRINT = liveFingerprint(EMPTY_SNAPSHOT);

export function desiredFingerprint(desired: DesiredState, settings: PlanSettings): string {
  return fingerprint({ desired, manage: settings.manage, safety: settings.safety });
}

export function changesFingerprint(changes: readonly PlannedChange[]): string {
  return fingerprint(changes);
}

/** sha256 of each file of the project, by its path relative to the project's folder. */
export function fileHashes(project: Project): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const file of [project.configFile, ...project.files]) {
    hashes[path.relative(project.root, file.path).split(path.sep).join('/')] = sha256(file.text);
  }
  return hashes;
}

/** Files added, removed or changed between two sets of hashes, sorted. */
export function changedFiles(before: Readonly<Record<string, string>>, after: Readonly<Record<string, string>>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((name) => before[name] !== after[name]).sort(compareText);
}
