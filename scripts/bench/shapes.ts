// Orgs of shapes the synthetic org does not have, each once as a whole
// process beside the parse floor (`npm run bench -- --only shapes`): the
// shapes that once made a command quadratic or run out of memory. No target
// but finishing: their figures say what such an org costs, and a change
// that makes one of them much slower shows here first.
//
// - repeated-grant: one user's grant written 20,000 times (duplicate-grant's
//   work once took the square of the copies);
// - one-big-team: a team of 20,000 members with 2,000 table grants (ajv's
//   uniqueness check of the members compared every pair; the plan's access
//   diff is 40 million entries, the plan text 1.6 GB);
// - all-members-tables: All Members granted 2,000 tables, 5,000 users with
//   grants of their own (the access review is 10 million entries, 3 GB of
//   JSON: it ran out of heap before it was written as it is made).

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { measureProcess, type MeasuredCommand } from './targets.js';

export const SHAPES = ['repeated-grant', 'one-big-team', 'all-members-tables'] as const;
export type Shape = (typeof SHAPES)[number];

const TYPES = ['Creator', 'Viewer', 'Explorer'];

function users(count: number): string {
  return Array.from({ length: count }, (_, index) => `  - email: u${index}@example.com\n    accountType: ${TYPES[index % TYPES.length]}\n`).join('');
}

function org(shape: Shape): string {
  const connection = 'connections:\n  - name: wh\n    type: snowflake\n';
  switch (shape) {
    case 'repeated-grant':
      return `${connection}users:\n${users(100)}grants:\n${'  - user: u1@example.com\n    object: wh/DB/S/T\n    access: use\n'.repeat(20_000)}`;
    case 'one-big-team': {
      const members = Array.from({ length: 20_000 }, (_, index) => `      - u${index}@example.com\n`).join('');
      const grants = Array.from({ length: 2_000 }, (_, index) => `  - team: Big\n    object: wh/DB${index % 20}/S${index % 10}/T${index}\n    access: ${index % 2 ? 'use' : 'use-and-annotate'}\n`).join('');
      return `${connection}users:\n${users(20_000)}teams:\n  - name: Big\n    members:\n${members}grants:\n${grants}`;
    }
    case 'all-members-tables': {
      const shared = Array.from({ length: 2_000 }, (_, index) => `  - team: All Members\n    object: wh/DB${index % 20}/S${index % 10}/T${index}\n    access: use\n`).join('');
      const own = Array.from({ length: 5_000 }, (_, index) => `  - user: u${index}@example.com\n    object: wh/DB${index % 20}/S${index % 10}/T${index % 2_000}\n    access: use-and-annotate\n`).join('');
      return `${connection}users:\n${users(5_000)}grants:\n${shared}${own}`;
    }
  }
}

const COMMANDS: readonly MeasuredCommand[] = ['validate', 'lint', 'plan', 'access'];

export async function runShapes(options: { readonly root: string; readonly benchDir: string }): Promise<string> {
  const lines = [
    'Other shapes: each command once as a whole process (output to /dev/null), beside one run of the parse floor.',
    '',
    '| shape | command | seconds | × parse floor | peak RSS (MB) |',
    '|---|---|---:|---:|---:|',
  ];
  for (const shape of SHAPES) {
    const dir = path.join(options.benchDir, `shape-${shape}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'grantform.yaml'), 'backend:\n  type: local\n');
    await writeFile(path.join(dir, 'org.yaml'), org(shape));
    const floor = await measureProcess(options.root, 'parse-floor', dir);
    for (const command of COMMANDS) {
      const measured = await measureProcess(options.root, command, dir);
      const line = `| ${shape} | ${command} | ${measured.seconds.toFixed(2)} | ${(measured.seconds / floor.seconds).toFixed(2)} | ${measured.peakRssMb.toFixed(0)} |`;
      process.stderr.write(`  ${line}\n`);
      lines.push(line);
    }
  }
  return `${lines.join('\n')}\n`;
}
