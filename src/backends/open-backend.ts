// From grantform.yaml's backend settings to a Backend: the one place that
// knows every backend, with an exhaustive switch.

import { assertNever } from '../model/errors.js';
import type { ObjectPath } from '../model/object-path.js';
import type { BackendSettings } from '../model/project.js';
import type { ReadOnlyMode } from '../model/read-only.js';
import type { Backend } from './backend.js';
import { LocalBackend } from './local/local-backend.js';
import type { DeclaredConnection } from './sigma/read-connections.js';
import { SigmaBackend, type SigmaBackendOptions } from './sigma/sigma-backend.js';

export interface OpenBackendOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly grantformVersion: string;
  /** Turns an absolute path into what messages show (relative to the working directory). */
  readonly showPath: (absolute: string) => string;
  /** The objects the files' grants name: the Sigma backend resolves them while it reads. */
  readonly objects?: readonly ObjectPath[];
  /** The connections the files declare: the Sigma backend takes what its API never returns from them. */
  readonly connections?: readonly DeclaredConnection[];
  /** `--debug`: a line per request (the Sigma backend), secrets and tokens redacted. */
  readonly debugLog?: (line: string) => void;
  /** Read-only mode: the backend refuses whatever would change the live state, before doing it. */
  readonly readOnly?: ReadOnlyMode;
  /** How the Sigma client waits (retries, pace); the defaults unless a test passes ones that do not wait for real. */
  readonly sigmaTiming?: SigmaTiming;
}

export type SigmaTiming = Pick<SigmaBackendOptions, 'retry' | 'paceClock'>;

export function openBackend(settings: BackendSettings, options: OpenBackendOptions): Backend {
  switch (settings.type) {
    case 'local':
      return new LocalBackend({ statePath: settings.path, shownPath: options.showPath(settings.path), env: options.env, grantformVersion: options.grantformVersion, ...(options.readOnly && { readOnly: options.readOnly }) });
    case 'sigma':
      return new SigmaBackend(settings, {
        env: options.env,
        ...(options.objects && { objects: options.objects }),
        ...(options.connections && { connections: options.connections }),
        ...(options.debugLog && { log: options.debugLog }),
        ...(options.readOnly && { readOnly: options.readOnly }),
        ...options.sigmaTiming,
      });
    default:
      return assertNever(settings, 'backend');
  }
}
