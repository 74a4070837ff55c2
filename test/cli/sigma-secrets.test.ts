// Secrets never leave the process with the Sigma backend either: the client
// secret (sent as a form field, and as HTTP Basic when that is refused), the
// access and refresh tokens Sigma issued, and the connection passwords sent
// on create and update appear in no output (also with --debug, which prints
// a line per request), no plan file, no imported file and no error.

import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startRecordingProxy } from '../support/recording-proxy.js';
import { startSigma } from '../support/sigma-emulator.js';
import { runGrantform, writeProject } from '../support/temp-project.js';
import { e2eOrg } from '../support/sigma-e2e-org.js';

describe('secrets with the Sigma backend', () => {
  it('appear in no output, file or error, with or without --debug', async () => {
    const sigma = await startSigma(e2eOrg());
    const proxy = await startRecordingProxy(sigma.emulator.url);
    try {
      const env = { ...sigma.env, SIGMA_BASE_URL: proxy.url };
      const { SIGMA_CLIENT_SECRET, POSTGRES_PASSWORD, SNOWFLAKE_PASSWORD } = sigma.env as Record<'SIGMA_CLIENT_SECRET' | 'POSTGRES_PASSWORD' | 'SNOWFLAKE_PASSWORD', string>;
      const dir = await writeProject({ 'grantform.yaml': 'backend:\n  type: sigma\n' });
      const outputs: string[] = [];
      const run = async (argv: string[], extra: Record<string, string> = {}) => {
        const result = await runGrantform(argv, { cwd: dir, env: { ...env, ...extra } });
        outputs.push(result.stdout, result.stderr);
        return result;
      };
      expect((await run(['import', '--out', 'access', '--debug'])).exitCode).toBe(0);
      // Declare the connections' secrets and a new connection: creates and updates send them.
      const connections = path.join(dir, 'access/connections.yaml');
      let text = await readFile(connections, 'utf8');
      text = text.replace('      user: sigma\n', '      user: sigma\n      host: db.internal\n      database: ops\n      password: { env: POSTGRES_PASSWORD }\n    secretsVersion: 2\n');
      text = text.replace('      user: SIGMA_SERVICE\n', '      user: SIGMA_SERVICE\n      password: { env: SNOWFLAKE_PASSWORD }\n      role: SIGMA_ROLE\n');
      await writeFile(connections, text);
      await writeFile(
        path.join(dir, 'access/new.yaml'),
        'connections:\n  - name: pg-new\n    type: postgres\n    details: { host: h, database: analytics, user: u, password: { env: POSTGRES_PASSWORD } }\n',
      );
      await run(['plan', '--out', 'plan.json', '--debug', '--verbose']);
      await run(['plan', '--format', 'json']);
      await run(['plan', '--format', 'markdown']);
      const applied = await run(['apply', 'plan.json', '--auto-approve', '--verbose', '--debug']);
      expect(applied.exitCode, applied.stderr).toBe(0);
      expect(applied.stderr).toMatch(/sigma: PUT \/v2\/connections\/[^ ]+ → 200 in \d+ ms/);
      // Tokens that expire mid-run: renewed with the refresh_token grant, whose refresh tokens are secrets too.
      sigma.emulator.control.setFaults({ seed: 3, rules: [{ kind: 'expire-token', rate: 0.2 }] });
      await run(['plan', '--debug']);
      sigma.emulator.control.clearFaults();
      await run(['check', '--debug']);
      const refused = await run(['plan', '--debug'], { SIGMA_CLIENT_SECRET: 'a-wrong-secret-value-555' });
      expect(refused.exitCode).toBe(3);
      expect(refused.stderr).toContain('Error: Sigma refused the client credentials');

      // The values were really used: sent to Sigma, so their absence below means something.
      const sent = proxy.requests.map((request) => `${request.authorization ?? ''} ${request.rawBody}`).join('\n');
      expect(sent).toContain(POSTGRES_PASSWORD);
      expect(sent).toContain(SNOWFLAKE_PASSWORD);
      const tokens = [...new Set(proxy.requests.map((request) => /^Bearer (.+)$/.exec(request.authorization ?? '')?.[1]).filter((token): token is string => token !== undefined))];
      const basic = [...new Set(proxy.requests.map((request) => /^Basic (.+)$/.exec(request.authorization ?? '')?.[1]).filter((value): value is string => value !== undefined))];
      const refreshTokens = [...new Set(proxy.requests.map((request) => (request.body as { refresh_token?: string } | undefined)?.refresh_token).filter((value): value is string => value !== undefined))];
      expect(tokens.length).toBeGreaterThan(3);
      expect(refreshTokens.length).toBeGreaterThan(0);
      // Form fields first (and Basic once more for the refused secret).
      expect(sent).toContain(`client_secret=${encodeURIComponent(SIGMA_CLIENT_SECRET)}`);
      expect(basic.length).toBeGreaterThan(0);
      expect(outputs.join('\n')).toContain('sigma: POST /v2/auth/token (refresh_token, form fields) → 200');
      const secrets = [SIGMA_CLIENT_SECRET, 'a-wrong-secret-value-555', POSTGRES_PASSWORD, SNOWFLAKE_PASSWORD, ...tokens, ...basic, ...refreshTokens];

      const files = (await readdir(dir, { recursive: true })).map((name) => path.join(dir, name));
      const contents = await Promise.all(files.map((file) => readFile(file, 'utf8').catch(() => '')));
      expect(files.map((file) => path.relative(dir, file))).toEqual(expect.arrayContaining(['plan.json', 'access/connections.yaml']));
      for (const [index, value] of [...outputs, ...contents].entries()) {
        for (const secret of secrets) expect(value.includes(secret), `output or file ${index} holds a secret`).toBe(false);
      }
      expect(outputs.join('\n')).toContain('sigma: GET /v2/whoami → 200');
    } finally {
      await proxy.close();
    }
  });
});
