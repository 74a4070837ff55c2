// Progress on stderr: on a terminal, one live line (count and current
// change) once the run has lasted a second; with --verbose one line per
// change; otherwise nothing. And colour only on a terminal, never with
// NO_COLOR.

import pc from 'picocolors';
import { describe, expect, it } from 'vitest';
import type { ApplyEvent } from '../../src/apply/outcome.js';
import type { Change } from '../../src/model/changes.js';
import { applyProgress } from '../../src/cli/views/apply-progress.js';
import { copyExample } from '../support/example-project.js';
import { runGrantform } from '../support/temp-project.js';

const change: Change = { type: 'team', action: 'create', address: 'team.Sales', after: { name: 'Sales', managedBy: 'grantform' } };
const EVENTS: ApplyEvent[] = [
  { type: 'started', index: 0, change, total: 2 },
  { type: 'finished', index: 0, change, outcome: { status: 'done' }, finished: 1, total: 2 },
  { type: 'started', index: 1, change: { ...change, address: 'team.Ops' }, total: 2 },
  { type: 'finished', index: 1, change: { ...change, address: 'team.Ops' }, outcome: { status: 'failed', error: 'no' }, finished: 2, total: 2 },
  { type: 'closing' },
];

function capture(isTTY: boolean, verbose: boolean): string {
  let text = '';
  const clock = { now: 0 };
  const progress = applyProgress({ write: (chunk: string) => (text += chunk), isTTY, columns: 80 }, pc.createColors(false), { verbose, now: () => clock.now });
  // One event every 600 ms.
  EVENTS.forEach((event, index) => {
    clock.now = index * 600;
    progress.onEvent(event);
  });
  progress.finish();
  return text;
}

describe('apply progress', () => {
  it('is a live line on a terminal after a second, cleared at the end', () => {
    const text = capture(true, false);
    expect(text).toContain('\r\x1b[K[2/2] creating team.Ops');
    expect(text).not.toContain('[1/2] creating team.Sales'); // before the first second
    expect(text.endsWith('\r\x1b[K')).toBe(true);
  });

  it('is quiet when not on a terminal', () => {
    expect(capture(false, false)).toBe('');
  });

  it('is one line per change with --verbose, terminal or not', () => {
    expect(capture(false, true)).toBe('done      + team.Sales (1/2)\nfailed    + team.Ops (2/2)\n');
  });
});

describe('colour', () => {
  it('colours a plan only on a terminal, and never with NO_COLOR', async () => {
    const dir = await copyExample('quickstart');
    expect((await runGrantform(['plan'], { cwd: dir, tty: true })).stdout).toMatch(/\x1b\[/);
    expect((await runGrantform(['plan'], { cwd: dir, tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\x1b\[/);
    expect((await runGrantform(['plan'], { cwd: dir, tty: false })).stdout).not.toMatch(/\x1b\[/);
  });
});
