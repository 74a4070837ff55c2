// Reading a file's text safely: a size limit before reading (a 50 MB file
// must not take the machine down), strict UTF-8, and a BOM removed.

import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceFile } from '../model/project.js';
import { fileStartSpan, validationError } from './diagnostics.js';
import { positionAt, lineStarts } from './positions.js';

/**
 * Room for the largest orgs written as one file (50,000 users, 10,000 teams
 * and 200,000 grants are 24 MiB), small enough to parse in memory: yaml
 * alone peaks at about 55 bytes of memory per byte of one file, so 32 MiB
 * stays under Node's default heap on a CI runner.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

/** One decoder for every file: a non-streaming decode keeps no state between calls. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

export function displayPathOf(absolute: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, absolute);
  if (relative === '') return '.';
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
  return shown.split(path.sep).join('/');
}

export type ReadResult = { ok: true; file: SourceFile } | { ok: false; diagnostic: Diagnostic };

/**
 * Reads `readFrom` (default: `absolute`; the real path of a linked file),
 * shown as `absolute`. The size is checked on the open file, before reading
 * it. Synchronous I/O on purpose: a project is thousands of small files read
 * one after the other, and a promise and a trip through libuv's thread pool
 * for each stat, open, read and close cost more than the reads themselves.
 */
export async function readSourceFile(absolute: string, cwd?: string, readFrom: string = absolute): Promise<ReadResult> {
  const displayPath = displayPathOf(absolute, cwd);
  const span = fileStartSpan(displayPath);
  const cannotRead = (error: unknown): ReadResult => ({ ok: false, diagnostic: { ...validationError('file', span, `cannot read ${displayPath}: ${describeFsError(error)}`), couldNotRun: true } });
  let descriptor: number;
  try {
    descriptor = openSync(readFrom, 'r');
  } catch (error) {
    return cannotRead(error);
  }
  let bytes: Buffer;
  try {
    const info = fstatSync(descriptor);
    if (info.isDirectory()) return cannotRead(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }));
    if (info.size > MAX_FILE_BYTES) {
      const mb = (info.size / (1024 * 1024)).toFixed(1);
      return {
        ok: false,
        diagnostic: validationError('file', span, `${displayPath} is ${mb} MiB, over the ${MAX_FILE_BYTES / (1024 * 1024)} MiB limit for one file: split it into several files`),
      };
    }
    bytes = readFileSync(descriptor);
  } catch (error) {
    return cannotRead(error);
  } finally {
    closeSync(descriptor);
  }
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    return { ok: false, diagnostic: invalidUtf8(displayPath, bytes) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, file: { path: absolute, displayPath, text } };
}

function invalidUtf8(displayPath: string, bytes: Buffer): Diagnostic {
  // The lenient decoding marks the first bad byte with U+FFFD: its position is where to look.
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const offset = Math.max(0, lenient.indexOf('\uFFFD'));
  const start = positionAt(lineStarts(lenient), offset);
  const span = { file: displayPath, start, end: { ...start, column: start.column + 1, offset: offset + 1 } };
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? ' (it looks like UTF-16)' : '';
  return validationError('file', span, `${displayPath} is not valid UTF-8${utf16}: save it as UTF-8`);
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    default:
      return code ?? 'unknown error';
  }
}
