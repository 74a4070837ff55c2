// grantform's version, read from package.json (which ships beside dist/), for
// --version, plan files, state files and JSON plans.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The folder of grantform's package.json: two levels above this module,
 * wherever it runs from (src/cli/ under the tests, dist/cli/, or a chunk of
 * dist/bundle/, all two deep). Files that ship beside dist/ are found from
 * here, not from a module's own place, which the bundle changes.
 */
export const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
