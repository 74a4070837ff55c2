import { describe, expect, it } from 'vitest';
import { runGrantform, writeProject } from '../support/temp-project.js';

const CONFIG = 'backend:\n  type: local\n  path: state.json\n';
const conn = (write: string) => `connections:\n  - name: pg\n    type: postgres\n    details: { user: sigma_svc }\n${write}`;
const HINT = 'then run grantform warehouse check';

describe('plan and write access', () => {
  it('says to run warehouse check when write access turns on or moves, and not when it stays', async () => {
    const dir = await writeProject({ 'grantform.yaml': CONFIG, 'c.yaml': conn('    writeAccess: { destination: { schema: w } }\n') });
    expect((await runGrantform(['plan', '.'], { cwd: dir })).stdout).toContain(`turns on write access for pg: after apply, ${HINT}`);
    await runGrantform(['apply', '.', '--auto-approve'], { cwd: dir });
    expect((await runGrantform(['plan', '.'], { cwd: dir })).stdout).not.toContain(HINT);

    const off = await writeProject({ 'grantform.yaml': CONFIG, 'c.yaml': conn('') });
    expect((await runGrantform(['plan', '.'], { cwd: off })).stdout).not.toContain(HINT);
  });
});
