// grantform.yaml, schema-valid, with every default filled in, so that no
// other module has to know a default.

import path from 'node:path';
import type { ProjectFile } from '../model/generated/project-file.js';
import type { BackendSettings, ManageMode, ManagedKind, ProjectSettings, SecretRef, SettingValue } from '../model/project.js';
import type { Severity } from '../model/diagnostic.js';

export const DEFAULT_STATE_PATH = '.grantform/state.json';
export const DEFAULT_MAX_DELETES = 25;

export const DEFAULT_MANAGE: Readonly<Record<ManagedKind, ManageMode>> = {
  connections: 'additive',
  users: 'additive',
  teams: 'authoritative',
  memberships: 'authoritative',
  grants: 'authoritative',
};

/** The official Sigma CLI's variables, used where grantform.yaml names none. */
export const SIGMA_ENV = { baseUrl: 'SIGMA_BASE_URL', clientId: 'SIGMA_CLIENT_ID', clientSecret: 'SIGMA_CLIENT_SECRET' } as const;

export function projectSettings(file: ProjectFile, root: string): ProjectSettings {
  const manage = { ...DEFAULT_MANAGE, ...(file.manage ?? {}) } as Record<ManagedKind, ManageMode>;
  const documentsOwner = file.safety?.documentsOwner?.toLowerCase();
  return {
    backend: backendSettings(file.backend, root),
    manage,
    safety: { maxDeletes: file.safety?.maxDeletes ?? DEFAULT_MAX_DELETES, ...(documentsOwner && { documentsOwner }) },
    lintRules: (file.lint?.rules ?? {}) as Record<string, Severity | 'off'>,
    ...(file.include && { include: file.include }),
  };
}

function backendSettings(backend: ProjectFile['backend'], root: string): BackendSettings {
  const raw = (backend ?? { type: 'local' }) as Record<string, unknown> & { type: 'local' | 'sigma' };
  if (raw.type === 'local') {
    return { type: 'local', path: path.resolve(root, typeof raw.path === 'string' ? raw.path : DEFAULT_STATE_PATH), ...(raw.readOnly === true && { readOnly: true }) };
  }
  return {
    type: 'sigma',
    baseUrl: (raw.baseUrl as SettingValue | undefined) ?? { env: SIGMA_ENV.baseUrl },
    clientId: (raw.clientId as SettingValue | undefined) ?? { env: SIGMA_ENV.clientId },
    clientSecret: (raw.clientSecret as SecretRef | undefined) ?? { env: SIGMA_ENV.clientSecret },
    concurrency: typeof raw.concurrency === 'number' ? raw.concurrency : 8,
    tryGrantApiForAllLevels: raw.tryGrantApiForAllLevels === true,
    ...(raw.readOnly === true && { readOnly: true }),
  };
}
