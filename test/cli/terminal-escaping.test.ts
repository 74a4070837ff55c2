// Hostile names reaching the terminal from the live state (a local state
// file written by someone else, as Sigma may return anything) and from the
// files: plan, apply, lint (text and workflow commands) and explain print
// no raw control or bidi character, and no line a GitHub runner would take
// for a workflow command (`::…` at its start, `##[` anywhere) unless it is
// one of grantform's own.

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatObjectPath } from '../../src/model/object-path.js';
import { HOSTILE_NAMES, RAW_UNSAFE } from '../support/hostile-names.js';
import { runGrantform, writeProject, type CapturedRun } from '../support/temp-project.js';

const CONFIG = 'backend:\n  type: local\n  path: .grantform/state.json\nmanage:\n  grants: authoritative\n  teams: authoritative\n  users: authoritative\n  connections: authoritative\nsafety:\n  maxDeletes: 1000\n  documentsOwner: ann@example.com\n';
const ACCESS = 'connections:\n  - name: snow\n    type: snowflake\nusers:\n  - email: ann@example.com\n    accountType: Creator\nteams:\n  - name: Sales\n    members: [ann@example.com]\n';

function hostileState(): string {
  const teams = HOSTILE_NAMES.map((name, index) => ({ id: `t${index}`, name: `team ${index} ${name}`, managedBy: 'grantform', members: [] }));
  const users = HOSTILE_NAMES.map((name, index) => ({ id: `u${index}`, email: `u${index}${name.replace(/[@\s]/g, '')}@example.com`, accountType: `Type ${name}`, managedBy: 'grantform', active: true }));
  const connections = [
    { id: 'c0', name: 'snow', type: 'snowflake', useOauth: false, details: {} },
    ...HOSTILE_NAMES.map((name, index) => ({ id: `c${index + 1}`, name: `conn ${index} ${name}`, type: 'snowflake', useOauth: false, details: { account: name } })),
  ];
  const grants = HOSTILE_NAMES.map((name, index) => ({ id: `g${index}`, team: 'Sales', object: formatObjectPath({ connection: 'snow', path: ['DB', name] }), level: 'use' }));
  return JSON.stringify({ formatVersion: 1, serial: 1, lineage: 'hostile', nextId: 1000, resources: { connections, users, teams, grants, accountTypes: [] } });
}

function expectClean(run: CapturedRun, own: RegExp = /^$/): void {
  for (const [stream, text] of [
    ['stdout', run.stdout],
    ['stderr', run.stderr],
  ] as const) {
    expect(text, stream).not.toMatch(RAW_UNSAFE);
    for (const line of text.split('\n')) {
      if (own.test(line)) continue;
      expect(line.trimStart().startsWith('::'), `${stream}: ${line}`).toBe(false);
      expect(line, stream).not.toContain('##[');
    }
  }
}

describe('names from the live state', () => {
  it('reach plan (text and Markdown) and apply only escaped', async () => {
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'access.yaml': ACCESS });
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path.join(dir, '.grantform'), { recursive: true });
    await writeFile(path.join(dir, '.grantform/state.json'), hostileState());

    const plan = await runGrantform(['plan'], { cwd: dir });
    expect(plan.exitCode, plan.stderr).toBe(0);
    expect(plan.stdout).toContain('- team.team 25 rlo\\u{202E}evil');
    expect(plan.stdout).toContain('\\u{1B}[2K');
    expectClean(plan);

    expectClean(await runGrantform(['plan', '--format', 'markdown'], { cwd: dir }));

    const apply = await runGrantform(['apply', '--auto-approve'], { cwd: dir });
    expect(apply.exitCode, apply.stderr).toBe(0);
    expect(apply.stdout).toContain('Apply complete');
    expectClean(apply);
  });
});

describe('names from the files', () => {
  const yamlString = (text: string) => JSON.stringify(text);
  const files = () => ({
    'grantform.yaml': CONFIG,
    'access.yaml':
      ACCESS +
      HOSTILE_NAMES.map((name) => `  - name: ${yamlString(`team ${name}`)}\n    members: [${yamlString(`${name}@example.com`)}]\n`).join('') +
      'grants:\n' +
      HOSTILE_NAMES.map((name) => `  - team: ${yamlString(`undeclared ${name}`)}\n    object: ${yamlString(formatObjectPath({ connection: 'snow', path: [name] }))}\n    access: use\n`).join(''),
  });

  it('reach lint text and workflow commands only escaped', async () => {
    const dir = await writeProject(files());
    const text = await runGrantform(['lint', '.'], { cwd: dir });
    expect(text.exitCode).toBe(1);
    expectClean(text);
    const github = await runGrantform(['lint', '.', '--format', 'github'], { cwd: dir });
    expect(github.exitCode).toBe(1);
    expect(github.stdout).toMatch(/^::error /m);
    // Its own commands only: one per finding within GitHub's caps, then the one notice that counts the rest.
    expectClean(github, /^::(error|warning|notice) file=|^::notice title=grantform%3A more findings::/);
  });

  it('are refused by the schema before explain, in sentences that show them escaped', async () => {
    const dir = await writeProject({
      'grantform.yaml': CONFIG,
      'access.yaml': `${ACCESS}grants:\n${HOSTILE_NAMES.map((name) => `  - team: Sales\n    object: ${yamlString(formatObjectPath({ connection: 'snow', path: [name] }))}\n    access: use\n`).join('')}`,
    });
    const run = await runGrantform(['explain', '.', '--user', 'ann@example.com'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain('contains the bidirectional control character U+202E (RIGHT-TO-LEFT OVERRIDE)');
    expectClean(run);
  });
});
