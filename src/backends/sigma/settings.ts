// From `backend:` in grantform.yaml (defaults filled in by config/) to the
// values the client needs, read from the environment at the last moment.
// A missing variable is one sentence that names it, never its value.

import { ConfigError, EnvironmentError } from '../../model/errors.js';
import type { SettingValue, SigmaBackendSettings } from '../../model/project.js';

export interface ResolvedSigmaSettings {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Where each came from, for messages: `SIGMA_BASE_URL`, `backend.baseUrl in grantform.yaml`. */
  readonly baseUrlSource: string;
  readonly credentialsSource: string;
  readonly concurrency: number;
  readonly tryGrantApiForAllLevels: boolean;
}

export type Environment = Readonly<Record<string, string | undefined>>;

export function resolveSigmaSettings(settings: SigmaBackendSettings, env: Environment): ResolvedSigmaSettings {
  const missing: string[] = [];
  const read = (value: SettingValue): string => {
    if (typeof value === 'string') return value;
    const found = env[value.env];
    if (found === undefined || found.trim() === '') {
      missing.push(value.env);
      return '';
    }
    return found.trim();
  };
  const baseUrl = read(settings.baseUrl);
  const clientId = read(settings.clientId);
  const clientSecret = read(settings.clientSecret);
  if (missing.length > 0) {
    const names = missing.map((name) => `$${name}`);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
    // Credentials missing from the environment: the run cannot start (exit 3), the files are fine.
    throw new EnvironmentError(
      `The Sigma backend needs ${list}: set ${missing.length === 1 ? 'it' : 'them'} in the environment (or name other variables under backend: in grantform.yaml)`,
    );
  }
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ConfigError(`The Sigma base URL from ${sourceOf(settings.baseUrl, 'baseUrl')} is not a URL: use one such as https://aws-api.sigmacomputing.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`The Sigma base URL from ${sourceOf(settings.baseUrl, 'baseUrl')} must start with https:// (http:// only for a local emulator)`);
  }
  return {
    baseUrl: url.href.replace(/\/+$/, ''),
    clientId,
    clientSecret,
    baseUrlSource: sourceOf(settings.baseUrl, 'baseUrl'),
    credentialsSource: `${sourceOf(settings.clientId, 'clientId')} and ${sourceOf(settings.clientSecret, 'clientSecret')}`,
    concurrency: settings.concurrency,
    tryGrantApiForAllLevels: settings.tryGrantApiForAllLevels,
  };
}

function sourceOf(value: SettingValue, field: string): string {
  return typeof value === 'string' ? `backend.${field} in grantform.yaml` : `$${value.env}`;
}
