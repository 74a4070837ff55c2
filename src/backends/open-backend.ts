// From grantform.yaml's backend settings to a Backend: the one place that
// knows every backend, with an exhaustive switch.

import { ConfigError, assertNever } from '../model/errors.js';
import type { BackendSettings } from '../model/project.js';
import type { Backend } from './backend.js';
import { LocalBackend } from './local/local-backend.js';

export interface OpenBackendOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly grantformVersion: string;
  /** Turns an absolute path into what messages show (relative to the working directory). */
  readonly showPath: (absolute: string) => string;
}

export function openBackend(settings: BackendSettings, options: OpenBackendOptions): Backend {
  switch (settings.type) {
    case 'local':
      return new LocalBackend({ statePath: settings.path, shownPath: options.showPath(settings.path), env: options.env, grantformVersion: options.grantformVersion });
    case 'sigma':
      // The Sigma backend (its own issue) plugs in here.
      throw new ConfigError('the sigma backend is not available in this build of grantform yet: use `backend: { type: local }` for now');
    default:
      return assertNever(settings, 'backend');
  }
}
