// The parse floor as a process of its own (`node scripts/bench/parse-floor.mjs
// DIR`): read every resource file of the project, the same files grantform
// reads, and parse each with the `yaml` package keeping positions. Plain
// JavaScript on the built file finder, so that the process does what a user
// would write to parse the files and nothing more.

import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { findResourceFiles } from '../../dist/config/project-files.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: parse-floor.mjs DIR');
for (const file of (await findResourceFiles(dir)).files) {
  const document = parseDocument(await readFile(file.real, 'utf8'), { lineCounter: new LineCounter() });
  if (document.errors.length > 0) throw new Error(`${file.path}: ${document.errors[0].message}`);
}
