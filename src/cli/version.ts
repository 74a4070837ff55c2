// grantform's version, for plan files, state files and JSON plans. (main.ts
// reads the same package.json for --version.)

import { readFileSync } from 'node:fs';

export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
