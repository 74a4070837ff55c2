// `grantform emulator`: help, and a real run in a child process — it prints
// the URL and the client id but never the secret, serves the API, and stops
// cleanly on SIGTERM.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { ApiClient } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENTRY = fileURLToPath(new URL('./fixtures/cli-entry.ts', import.meta.url));
const DEMO_SECRET = 'demo-secret-for-the-local-emulator-only';

function captured(): { context: CliContext; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    context: { cwd: ROOT, env: {}, stdout: { write: (text: string) => (out += text) }, stderr: { write: (text: string) => (err += text) }, stdin: process.stdin },
    out: () => out,
    err: () => err,
  };
}

describe('grantform emulator', () => {
  it('explains itself with --help', async () => {
    const { context, out } = captured();
    expect(await runCli(['emulator', '--help'], context)).toBe(0);
    expect(out()).toMatch(/--port <port>/);
    expect(out()).toMatch(/--seed <file>/);
    expect(out()).toMatch(/--host <host>/);
    expect(out().replace(/\s+/g, ' ')).toMatch(/--token-auth <how> .*\(choices: "form", "basic", "both", default: "both"\)/);
  });

  it('refuses a --token-auth that is not form, basic or both', async () => {
    const { context, err } = captured();
    expect(await runCli(['emulator', '--port', '0', '--token-auth', 'jwt'], context)).not.toBe(0);
    expect(err()).toMatch(/--token-auth <how>' argument 'jwt' is invalid\. Allowed choices are form, basic, both/);
  });

  it('refuses a port that is not one, with the usage', async () => {
    const { context, err } = captured();
    expect(await runCli(['emulator', '--port', 'eighty'], context)).toBe(3);
    expect(err()).toMatch(/--port takes a number/);
  });

  it('names a missing seed file in one sentence', async () => {
    const { context, err } = captured();
    expect(await runCli(['emulator', '--port', '0', '--seed', 'no-such-seed.yaml'], context)).toBe(1);
    expect(err()).toBe(`Error: seed file ${ROOT}no-such-seed.yaml does not exist\n`);
  });

  it('serves until SIGTERM, printing the URL and client id but never the secret', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'emulator', '--port', '0', '--log'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${out}`)), 20_000);
        child.stdout.on('data', () => {
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (match) {
            clearTimeout(timer);
            resolve(match[1] as string);
          }
        });
      });
      expect(out).toMatch(/client id\s+demo-client/);
      expect(out).toMatch(/secret\s+the clientSecret of demo-client in examples\/emulator\/org\.yaml/);
      const api = new ApiClient(url);
      await api.login('demo-client', DEMO_SECRET);
      expect((await api.get('/v2/whoami')).status).toBe(200);
      // The log line follows the answer: wait for it to be read (or for the test's timeout), not a fixed time.
      while (!/200 GET \/v2\/whoami/.test(out)) await new Promise((resolve) => (child.stdout.once('data', resolve), child.stderr.once('data', resolve)));
      expect(out).toMatch(/200 GET \/v2\/whoami/);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(out).toMatch(/Emulator stopped/);
      expect(out).not.toContain(DEMO_SECRET);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
