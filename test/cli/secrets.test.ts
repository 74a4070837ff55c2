// Secrets never leave the process: with a connection's secret set in the
// environment, nothing that plan, apply or import print or write holds its
// value — not the outputs, the plan file, the state, its backup, or the
// imported files.

import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { editFile } from '../support/example-project.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

const SECRET = 'pw-Zq8!unique-9f3e1c';

describe('secrets', () => {
  it('never appear in any output or file', async () => {
    const dir = await writeProject({
      'grantform.yaml': 'backend: { type: local }\n',
      'access.yaml': [
        'connections:',
        '  - name: orders',
        '    type: postgres',
        '    details: { host: db.example.com, user: sigma, password: { env: ORDERS_PASSWORD } }',
        '    secretsVersion: 1',
        'grants:',
        '  - team: All Members',
        '    object: orders/public',
        '    access: use',
        '',
      ].join('\n'),
    });
    const env = { ORDERS_PASSWORD: SECRET };
    const outputs: string[] = [];
    const run = async (argv: string[]) => {
      const result = await runGrantform(argv, { cwd: dir, env });
      outputs.push(result.stdout, result.stderr);
      return result;
    };
    await run(['plan', '--out', 'plan.json']);
    await run(['plan', '--format', 'json']);
    await run(['plan', '--format', 'markdown']);
    expect((await run(['apply', 'plan.json', '--auto-approve', '--verbose'])).exitCode).toBe(0);
    await editFile(path.join(dir, 'access.yaml'), (text) => text.replace('secretsVersion: 1', 'secretsVersion: 2'));
    const rotate = await run(['plan', '--out', 'rotate.json']);
    expect(rotate.stdout).toMatch(/secretsVersion: +1 → 2/);
    expect(rotate.stdout).toContain('details.password: { env: ORDERS_PASSWORD } (a secret: sent with the update)');
    expect((await run(['apply', '--auto-approve', '--verbose'])).exitCode).toBe(0);
    const imported = path.join(await writeProject({}), 'imported');
    expect((await run(['import', '--out', imported])).exitCode).toBe(0);
    expect((await run(['plan', imported, '--detailed-exitcode', '--state', path.join(dir, '.grantform/state.json')])).exitCode).toBe(0);

    const files = [
      ...(await readdir(dir, { recursive: true })).map((name) => path.join(dir, name)),
      ...(await readdir(imported, { recursive: true })).map((name) => path.join(imported, name)),
    ];
    const contents = await Promise.all(files.map((file) => readFile(file, 'utf8').catch(() => '')));
    expect(files.map((file) => path.relative(dir, file))).toEqual(expect.arrayContaining(['plan.json', 'rotate.json', '.grantform/state.json', '.grantform/state.json.backup']));
    expect(files).toContain(path.join(imported, 'connections.yaml'));
    for (const [index, text] of [...outputs, ...contents].entries()) expect(text.includes(SECRET), `output or file ${index}`).toBe(false);
    expect(await readFile(path.join(dir, 'plan.json'), 'utf8')).toContain('"env": "ORDERS_PASSWORD"');
  });
});
