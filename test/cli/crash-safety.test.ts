// Crash safety: a child process applying a large plan is killed with
// SIGKILL at random points (while changes are being made, or while the
// state is being written). Each time, the state file still parses, the next
// apply reports the lock as stale (naming the holder's id, never breaking it
// silently), and an apply that breaks it by id converges. Two projects that
// share one state take turns, so every run starts from a real state with a
// large plan. Needs the build (`npm test` builds first).

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseState } from '../../src/backends/local/state-file.js';
import { random, writeSyntheticOrg } from '../../scripts/bench/synthetic-org.js';
import { runGrantform, writeProject } from '../support/temp-project.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/grantform.js');
const RUNS = Number(process.env.CRASH_RUNS ?? 20);
const SIZE = { users: 120, teams: 24, grants: 700 };

beforeAll(() => {
  if (!existsSync(path.join(ROOT, 'dist/cli/main.js'))) throw new Error('crash-safety runs the built CLI: run `npm run build` first');
});

interface Killed {
  /** Verbose lines seen (one per change finished) when the kill was sent. */
  readonly linesSeen: number;
  /** True when the child finished on its own before the kill. */
  readonly finished: boolean;
}

/**
 * Runs apply in a child and SIGKILLs it `delayMs` after it has finished the
 * number of changes that `threshold` picks from the plan's size.
 */
function applyAndKill(project: string, statePath: string, threshold: (total: number) => number, delayMs: number): Promise<Killed> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'apply', project, '--auto-approve', '--verbose'], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1', GRANTFORM_STATE: statePath } });
    let lines = 0;
    let limit: number | undefined;
    let pending = '';
    let killing = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const line of parts) {
        const progress = /^(?:done|failed|skipped|manual)\s.*\((\d+)\/(\d+)\)$/.exec(line);
        if (!progress) continue;
        lines += 1;
        limit ??= Math.min(threshold(Number(progress[2])), Number(progress[2]));
      }
      if (!killing && limit !== undefined && lines >= limit) {
        killing = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ linesSeen: lines, finished: signal === null && code === 0 }));
  });
}

describe('crash safety', () => {
  it(`survives ${RUNS} SIGKILLs at random points`, { timeout: 900_000 }, async () => {
    const base = await writeProject({});
    // One state outside both projects: only the command line may name it (#17).
    const statePath = path.join(base, 'shared-state', 'state.json');
    const env = { GRANTFORM_STATE: statePath };
    const projects = [path.join(base, 'a'), path.join(base, 'b')];
    for (const [index, project] of projects.entries()) {
      await writeSyntheticOrg(project, SIZE, 42 + index);
      await writeFile(path.join(project, 'grantform.yaml'), 'backend: { type: local }\nsafety: { maxDeletes: 100000 }\n');
    }
    const next = random(2024);
    const outcomes = { duringChanges: 0, duringWrite: 0, finished: 0 };
    for (let run = 0; run < RUNS; run += 1) {
      const project = projects[run % 2] as string;
      // A quarter of the kills aim at the state write, after the last change.
      const atWrite = next() < 0.25;
      const fraction = next();
      const killed = await applyAndKill(project, statePath, (total) => (atWrite ? total : 1 + Math.floor(fraction * total)), Math.floor(next() * (atWrite ? 8 : 20)));
      // Killed after the lock was released (the run had ended), the run counts as finished.
      const locked = existsSync(`${statePath}.lock`);
      if (killed.finished || !locked) outcomes.finished += 1;
      else if (atWrite) outcomes.duringWrite += 1;
      else outcomes.duringChanges += 1;

      // The state always parses (or does not exist yet).
      const text = await readFile(statePath, 'utf8').catch(() => undefined);
      if (text !== undefined) expect(() => parseState(text, 'state.json')).not.toThrow();

      if (locked) {
        const refused = await runGrantform(['apply', project, '--auto-approve'], { env });
        expect(refused.exitCode, `${JSON.stringify(killed)} ${refused.stdout.slice(-300)} ${refused.stderr}`).toBe(1);
        const match = /is locked by a run that is no longer running \(apply \(pid \d+ on .+\).* since .+, lock id ([0-9a-f-]+)\): it probably crashed, so check the state, then run again with --force-unlock ([0-9a-f-]+)\n$/.exec(refused.stderr);
        expect(match, refused.stderr).not.toBeNull();
        expect(match?.[1]).toBe(match?.[2]);
        const unlocked = await runGrantform(['apply', project, '--auto-approve', '--force-unlock', match?.[1] as string], { env });
        expect(unlocked.exitCode, unlocked.stderr).toBe(0);
      }
      const plan = await runGrantform(['plan', project, '--detailed-exitcode'], { env });
      expect(plan.exitCode, plan.stdout.slice(0, 500)).toBe(0);
    }
    // Temporary files of killed writes are cleaned up by the next write.
    expect((await readdir(path.dirname(statePath))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(outcomes.duringChanges).toBeGreaterThan(0);
    console.log(`crash-safety: ${RUNS} runs: ${outcomes.duringChanges} killed during changes, ${outcomes.duringWrite} around the state write, ${outcomes.finished} finished first`);
  });
});
