// Which files make a project (DESIGN.md §2): grantform.yaml at the root, and
// every *.yaml / *.yml below it except grantform.yaml and hidden folders,
// unless `include:` globs narrow the set.

import { stat } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';

export const CONFIG_FILE_NAMES = ['grantform.yaml', 'grantform.yml'] as const;
const DEFAULT_INCLUDE = ['**/*.yaml', '**/*.yml'];
/** Never resource files, whatever `include:` says. */
const ALWAYS_IGNORED = ['**/node_modules/**'];

export type ConfigLookup = { kind: 'found'; path: string } | { kind: 'not-a-directory' } | { kind: 'missing' } | { kind: 'ambiguous'; paths: string[] };

export async function findConfigFile(root: string): Promise<ConfigLookup> {
  const info = await stat(root).catch(() => undefined);
  if (!info?.isDirectory()) return { kind: 'not-a-directory' };
  const found: string[] = [];
  for (const name of CONFIG_FILE_NAMES) {
    const candidate = path.join(root, name);
    if ((await stat(candidate).catch(() => undefined))?.isFile()) found.push(candidate);
  }
  if (found.length > 1) return { kind: 'ambiguous', paths: found };
  return found[0] ? { kind: 'found', path: found[0] } : { kind: 'missing' };
}

export async function findResourceFiles(root: string, include?: readonly string[]): Promise<string[]> {
  const files = await glob([...(include ?? DEFAULT_INCLUDE)], {
    cwd: root,
    absolute: true,
    onlyFiles: true,
    dot: false,
    ignore: [...CONFIG_FILE_NAMES.map((name) => name), ...ALWAYS_IGNORED],
    expandDirectories: false,
  });
  return files.map((file) => path.resolve(file)).sort();
}
