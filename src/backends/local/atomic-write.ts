// Writing a file so that a crash at any moment leaves either the old
// contents or the new, never a mix: write a temporary file beside it, fsync
// it, rename it over the target (atomic on POSIX), then fsync the folder so
// that the rename itself survives a power loss. The previous version is
// kept as `<file>.backup` through a hard link (no copy).

import { randomBytes } from 'node:crypto';
import { copyFile, link, mkdir, open, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the file being replaced as `<file>.backup`. */
  readonly backup?: boolean;
}

const TEMP_SUFFIX = '.tmp';

function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

export async function writeFileAtomic(target: string, data: string | Iterable<string>, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(target);
  await mkdir(dir, { recursive: true });
  const temp = tempName(target);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      // Pieces are written as they come: the largest outputs are never one string (access reviews of the largest orgs).
      if (typeof data === 'string') await handle.writeFile(data, 'utf8');
      else for (const piece of data) await handle.writeFile(piece, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.backup) await keepBackup(target);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

async function keepBackup(target: string): Promise<void> {
  const backup = `${target}.backup`;
  const staging = tempName(backup);
  try {
    await link(target, staging);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return; // nothing to back up yet
    // Filesystems without hard links: copy instead.
    await copyFile(target, staging);
  }
  await rename(staging, backup);
  // When the backup already is the same file (a crash came between the two
  // renames last time), rename() does nothing and leaves the staging link.
  await unlink(staging).catch(() => undefined);
}

async function syncDirectory(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) cannot open or fsync a directory; the rename is still atomic there.
  } finally {
    await handle?.close();
  }
}

/**
 * Removes temporary files that a crashed write left beside `target`: those
 * whose writer process is gone (the pid is in the name).
 */
export async function removeAbandonedTemps(target: string): Promise<void> {
  const dir = path.dirname(target);
  const prefixes = [`.${path.basename(target)}.`, `.${path.basename(target)}.backup.`];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.endsWith(TEMP_SUFFIX) || !prefixes.some((prefix) => name.startsWith(prefix))) continue;
    const pid = Number(name.split('.').at(-3));
    if (Number.isInteger(pid) && pid !== process.pid && !processIsAlive(pid)) await unlink(path.join(dir, name)).catch(() => undefined);
  }
}

/** False only when no process has this pid on this machine. */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
