// Runs the built CLI in this process (under the fs-access-log preload): for
// each job, once per argv, with the job's folder as working directory and no
// environment of its own. Prints what each run printed and its exit status
// as JSON. One process for the whole corpus: starting one per case would
// cost more than the cases.

import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { runCli } from '../../../dist/cli/main.js';

const jobs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const results = [];
for (const [index, job] of jobs.entries()) {
  globalThis.grantformFsLogTag = String(index);
  const runs = [];
  for (const argv of job.runs) {
    let stdout = '';
    let stderr = '';
    const context = {
      cwd: job.cwd,
      env: {},
      stdout: { write: (text) => (stdout += text), isTTY: false, columns: 100 },
      stderr: { write: (text) => (stderr += text), isTTY: false, columns: 100 },
      stdin: Object.assign(Readable.from([]), { isTTY: false }),
    };
    const exitCode = await runCli(argv, context);
    runs.push({ argv, exitCode, stdout, stderr });
  }
  results.push(runs);
}
globalThis.grantformFsLogTag = '';
process.stdout.write(JSON.stringify(results));
