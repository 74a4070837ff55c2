// The composite action's scripts, run as the runner runs them (bash
// --noprofile --norc -eo pipefail, the env of the step, GITHUB_OUTPUT and
// GITHUB_PATH files) against this checkout as GITHUB_ACTION_PATH: the
// arguments it builds, its outputs, its exit codes, and that no input value
// is ever run as code. Needs the build (`npm test` builds first), so the
// install step finds dist/ and does not run npm ci in this checkout.

import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface ActionStep {
  readonly name: string;
  readonly id?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
}

const steps = (parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as { runs: { steps: ActionStep[] } }).runs.steps;
const install = steps.find((step) => step.name.startsWith('Install grantform'))?.run ?? '';
const runStep = steps.find((step) => step.id === 'run')?.run ?? '';

let temp: string;
let workspace: string;
let runnerTemp: string;
let binPath: string;

interface StepResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
}

/** Runs one script of the action with the runner's shell and files, and reads back what it wrote to GITHUB_OUTPUT. */
async function runScript(script: string, env: Record<string, string>): Promise<StepResult> {
  const outputFile = path.join(runnerTemp, `output-${Math.random().toString(36).slice(2)}`);
  await writeFile(outputFile, '');
  const scriptFile = path.join(runnerTemp, `step-${Math.random().toString(36).slice(2)}.sh`);
  await writeFile(scriptFile, script);
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      'bash',
      ['--noprofile', '--norc', '-eo', 'pipefail', scriptFile],
      {
        cwd: workspace,
        env: {
          PATH: `${binPath}${path.delimiter}${process.env.PATH ?? ''}`,
          HOME: process.env.HOME ?? temp,
          GITHUB_ACTION_PATH: ROOT,
          GITHUB_WORKSPACE: workspace,
          GITHUB_OUTPUT: outputFile,
          GITHUB_PATH: path.join(runnerTemp, 'github-path'),
          GITHUB_RUN_ID: '4242',
          RUNNER_TEMP: runnerTemp,
          NO_COLOR: '1',
          ...env,
        },
      },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
  const outputs = Object.fromEntries(
    (await readFile(outputFile, 'utf8'))
      .split('\n')
      .filter((line) => line.includes('='))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  return { ...result, outputs };
}

/** The `grantform …` step with the action's defaults for every input not given. */
function grantform(inputs: Partial<Record<'command' | 'project' | 'plan-file' | 'format' | 'read-only' | 'args' | 'expected-exit-codes' | 'output-file', string>>, env: Record<string, string> = {}): Promise<StepResult> {
  return runScript(runStep, {
    GF_COMMAND: inputs.command ?? '',
    GF_PROJECT: inputs.project ?? '.',
    GF_PLAN_FILE: inputs['plan-file'] ?? '',
    GF_FORMAT: inputs.format ?? '',
    GF_READ_ONLY: inputs['read-only'] ?? 'false',
    GF_ARGS: inputs.args ?? '',
    GF_EXPECTED: inputs['expected-exit-codes'] ?? '0',
    GF_OUTPUT_FILE: inputs['output-file'] ?? '',
    ...env,
  });
}

beforeAll(async () => {
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) throw new Error('this test runs the built CLI: run `npm run build` first');
  temp = await mkdtemp(path.join(tmpdir(), 'grantform-action-'));
  workspace = path.join(temp, 'workspace');
  runnerTemp = path.join(temp, 'runner-temp');
  await cp(path.join(ROOT, 'examples', 'quickstart'), path.join(workspace, 'access'), { recursive: true, filter: (source) => !source.includes('.grantform') });
  await mkdir(runnerTemp, { recursive: true });
  const installed = await runScript(install, {});
  expect(installed.code, installed.stderr).toBe(0);
  binPath = (await readFile(path.join(runnerTemp, 'github-path'), 'utf8')).trim();
  expect(binPath).toBe(path.join(runnerTemp, 'grantform-bin'));
});

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('the action', () => {
  it('puts grantform on PATH for later steps', async () => {
    const version = await runScript('grantform --version', {});
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('plans into a plan file, keeps the output, and says the exit code and both files', async () => {
    const planned = await grantform({ command: 'plan', project: 'access', 'plan-file': 'grantform.plan', format: 'json', 'output-file': 'plan.json' });
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.outputs).toEqual({ 'exit-code': '0', 'output-file': 'plan.json', 'plan-file': path.join(workspace, 'grantform.plan') });
    const document = JSON.parse(await readFile(path.join(workspace, 'plan.json'), 'utf8')) as { changes: unknown[] };
    expect(document.changes.length).toBeGreaterThan(0);
    expect(existsSync(path.join(workspace, 'grantform.plan'))).toBe(true);
    // The log shows the output too.
    expect(planned.stdout).toContain('"formatVersion"');
  });

  it('fails the step on an exit code it was not told to expect, and passes it on one it was', async () => {
    const changes = await grantform({ command: 'plan', project: 'access', args: '--detailed-exitcode' });
    expect(changes.code).toBe(2);
    expect(changes.outputs['exit-code']).toBe('2');
    const expected = await grantform({ command: 'plan', project: 'access', args: '--detailed-exitcode', 'expected-exit-codes': '0 2' });
    expect(expected.code).toBe(0);
    expect(expected.outputs['exit-code']).toBe('2');
  });

  it('runs lint and validate, and refuses apply in read-only mode before doing anything', async () => {
    expect((await grantform({ command: 'validate', project: 'access' })).code).toBe(0);
    expect((await grantform({ command: 'lint', project: 'access', format: 'github' })).stdout).toMatch(/^::warning /m);
    const refused = await grantform({ command: 'apply', project: 'access', 'read-only': 'true', args: '--auto-approve' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('apply cannot run in read-only mode (--read-only)');
    expect(existsSync(path.join(workspace, 'access', '.grantform'))).toBe(false);
  });

  it('never runs an input as code: inputs are arguments, split on whitespace at most', async () => {
    const marker = path.join(temp, 'pwned');
    const hostile = await grantform({
      command: 'validate',
      project: `access; touch ${marker}-project`,
      args: `$(touch ${marker}-args) \`touch ${marker}-backtick\` ; touch ${marker}-semicolon *`,
      format: `$(touch ${marker}-format)`,
    });
    expect(hostile.code).not.toBe(0);
    for (const suffix of ['project', 'args', 'backtick', 'semicolon', 'format']) expect(existsSync(`${marker}-${suffix}`), suffix).toBe(false);
    const injected = await grantform({ command: 'validate\necho "::error::injected"; touch /tmp/x', project: 'access' });
    expect(injected.code).toBe(3);
    expect(injected.stdout).toBe('::error title=grantform::the command input is one of validate, lint, plan, report github, apply\n');
  });
});
