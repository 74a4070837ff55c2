import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../model/errors.js';
import type { SigmaBackendSettings } from '../../model/project.js';
import { resolveSigmaSettings } from './settings.js';

const defaults: SigmaBackendSettings = {
  type: 'sigma',
  baseUrl: { env: 'SIGMA_BASE_URL' },
  clientId: { env: 'SIGMA_CLIENT_ID' },
  clientSecret: { env: 'SIGMA_CLIENT_SECRET' },
  concurrency: 8,
  tryGrantApiForAllLevels: false,
};

describe('resolveSigmaSettings', () => {
  it('reads the Sigma CLI variables by default', () => {
    const resolved = resolveSigmaSettings(defaults, { SIGMA_BASE_URL: 'https://aws-api.sigmacomputing.com/', SIGMA_CLIENT_ID: 'id', SIGMA_CLIENT_SECRET: 'shh-secret' });
    expect(resolved).toMatchObject({ baseUrl: 'https://aws-api.sigmacomputing.com', clientId: 'id', clientSecret: 'shh-secret', baseUrlSource: '$SIGMA_BASE_URL' });
  });

  it('names every missing variable in one sentence, never a value', () => {
    const attempt = () => resolveSigmaSettings(defaults, { SIGMA_BASE_URL: 'https://x.example', SIGMA_CLIENT_SECRET: '' });
    expect(attempt).toThrow(EnvironmentError); // exit 3: grantform could not run
    expect(attempt).toThrow('The Sigma backend needs $SIGMA_CLIENT_ID and $SIGMA_CLIENT_SECRET: set them in the environment');
  });

  it('takes literal values from grantform.yaml and refuses a base URL that is not one', () => {
    expect(resolveSigmaSettings({ ...defaults, baseUrl: 'http://127.0.0.1:9999', clientId: 'literal' }, { SIGMA_CLIENT_SECRET: 's' })).toMatchObject({
      baseUrl: 'http://127.0.0.1:9999',
      clientId: 'literal',
      credentialsSource: 'backend.clientId in grantform.yaml and $SIGMA_CLIENT_SECRET',
    });
    expect(() => resolveSigmaSettings({ ...defaults, baseUrl: 'aws-api.sigmacomputing.com' }, { SIGMA_CLIENT_ID: 'i', SIGMA_CLIENT_SECRET: 's' })).toThrow(
      'The Sigma base URL from backend.baseUrl in grantform.yaml is not a URL',
    );
  });
});
