// A copy of one of examples/ in a temporary folder, so that commands can
// write its state and plans without touching the repository.

import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeProject } from './temp-project.js';

export const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));

export async function copyExample(name: string): Promise<string> {
  const dir = await writeProject({});
  await cp(path.join(EXAMPLES, name), dir, { recursive: true, filter: (source) => !source.includes(`${path.sep}.grantform`) });
  return dir;
}

export async function editFile(file: string, edit: (text: string) => string): Promise<void> {
  await writeFile(file, edit(await readFile(file, 'utf8')));
}
