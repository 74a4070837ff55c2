import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import path from 'node:path';
import { validatorFor } from '../../src/config/schemas.js';
import { runCli } from '../../src/cli/main.js';
import type { CliContext } from '../../src/cli/context.js';
import { runGrantform, STACK_TRACE, writeProject } from '../support/temp-project.js';

const corpus = path.resolve(import.meta.dirname, '../fixtures/invalid');

describe('grantform validate', () => {
  it('exits 0 on each example and says what it read', async () => {
    const quickstart = await runGrantform(['validate', 'examples/quickstart']);
    expect(quickstart).toEqual({ exitCode: 0, stdout: '✓ examples/quickstart is valid: 1 connection, 3 users, 2 teams, 5 grants in 1 file\n', stderr: '' });
    const multi = await runGrantform(['validate', 'examples/multi-file']);
    expect(multi.exitCode).toBe(0);
  });

  it('writes JSON that follows schemas/diagnostics.schema.json, valid or not', async () => {
    const validate = validatorFor('diagnostics');
    for (const dir of ['examples/quickstart', path.join(corpus, 'unknown-property-did-you-mean'), path.join(corpus, 'same-user-in-two-files')]) {
      const run = await runGrantform(['validate', dir, '--format', 'json']);
      const document = JSON.parse(run.stdout) as unknown;
      expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    }
    const invalid = JSON.parse((await runGrantform(['validate', path.join(corpus, 'same-user-in-two-files'), '--format', 'json'])).stdout) as {
      diagnostics: { related?: unknown[] }[];
      summary: unknown;
    };
    expect(invalid.summary).toEqual({ errors: 1, warnings: 0, infos: 0 });
    expect(invalid.diagnostics[0]?.related).toHaveLength(1);
  });

  it('prints colour only on a terminal and never with NO_COLOR', async () => {
    const dir = path.join(corpus, 'unknown-level');
    const tty = await runGrantform(['validate', dir], { tty: true });
    expect(tty.stdout).toContain('\u001b[');
    const noColor = await runGrantform(['validate', dir], { tty: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
    const piped = await runGrantform(['validate', dir]);
    expect(piped.stdout).not.toContain('\u001b[');
  });

  it('answers a usage error with the usage and exit 3', async () => {
    const run = await runGrantform(['validate', '--format', 'xml']);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain("argument 'xml' is invalid");
    expect(run.stderr).toContain('Usage: grantform validate [options] [dir]');
    const unknown = await runGrantform(['validat']);
    expect(unknown.exitCode).toBe(3);
    expect(unknown.stderr).toContain("unknown command 'validat'");
    expect(unknown.stderr).toContain('(Did you mean validate?)');
    const none = await runGrantform([]);
    expect(none.exitCode).toBe(3);
    expect(none.stderr).toContain('Usage: grantform');
  });

  it('has --help for the program and each command, exit 0', async () => {
    const program = await runGrantform(['--help']);
    expect(program.exitCode).toBe(0);
    expect(program.stdout).toContain('validate');
    const command = await runGrantform(['validate', '--help']);
    expect(command.exitCode).toBe(0);
    expect(command.stdout).toContain('Exit status: 0 valid, 1 invalid, 3 could not run');
    expect((await runGrantform(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('shows a stack trace for an unexpected failure only with --debug', async () => {
    const failing = (): CliContext => ({
      cwd: process.cwd(),
      env: {},
      stdout: {
        write: () => {
          throw new Error('disk full');
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
      stdin: Readable.from([]) as unknown as CliContext['stdin'],
    });
    let stderr = '';
    expect(await runCli(['validate', 'examples/quickstart'], failing())).toBe(3);
    expect(stderr).toContain('Error: grantform failed unexpectedly: disk full');
    expect(stderr).toContain('--debug');
    expect(stderr).not.toMatch(STACK_TRACE);
    stderr = '';
    expect(await runCli(['validate', 'examples/quickstart', '--debug'], failing())).toBe(3);
    expect(stderr).toMatch(STACK_TRACE);
  });
});

describe('grantform schema', () => {
  it('lists the schemas without a name', async () => {
    const run = await runGrantform(['schema']);
    expect(run.exitCode).toBe(0);
    expect(run.stdout.split('\n').filter(Boolean).map((line) => line.split(/\s+/)[0])).toEqual(['grantform', 'resources', 'plan', 'plan-file', 'diagnostics', 'explain', 'access']);
  });

  it.each(['grantform', 'resources', 'plan', 'plan-file', 'diagnostics', 'explain', 'resources.schema.json'])('prints %s as a draft 2020-12 JSON Schema', async (name) => {
    const run = await runGrantform(['schema', name]);
    expect(run.exitCode).toBe(0);
    const schema = JSON.parse(run.stdout) as { $schema: string; $id: string };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/grantform\.dev\/schemas\/[\w-]+\.schema\.json$/);
  });

  it('refuses an unknown name with a suggestion', async () => {
    const run = await runGrantform(['schema', 'resource']);
    expect(run.exitCode).toBe(3);
    expect(run.stderr).toContain('error: there is no schema "resource"; did you mean "resources"?');
    expect(run.stderr).toContain('Usage: grantform schema');
  });
});

describe('every schema property is documented', () => {
  it('has a description on every property (editor hover text)', async () => {
    const missing: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${where}/${index}`));
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      const properties = record.properties as Record<string, Record<string, unknown>> | undefined;
      // Properties inside if/then/else only narrow ones declared (and described) elsewhere.
      if (properties && !/\/(then|else|if)(\/|$)|\/allOf\//.test(where)) {
        for (const [name, schema] of Object.entries(properties)) {
          if (typeof schema.description !== 'string') missing.push(`${where}/properties/${name}`);
        }
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${where}/${key}`);
    };
    for (const name of ['grantform', 'resources', 'plan', 'plan-file', 'diagnostics', 'explain', 'access']) {
      walk(JSON.parse((await runGrantform(['schema', name])).stdout), name);
    }
    expect(missing).toEqual([]);
  });
});

describe('a project written by a test', () => {
  it('is found from a subfolder argument relative to the working directory', async () => {
    const dir = await writeProject({ 'org/grantform.yaml': 'backend: { type: local }\n', 'org/a.yaml': 'users: []\n' });
    const run = await runGrantform(['validate', 'org'], { cwd: dir });
    expect(run).toMatchObject({ exitCode: 0, stdout: '✓ org is valid: 0 connections, 0 users, 0 teams, 0 grants in 1 file\n' });
  });
});
