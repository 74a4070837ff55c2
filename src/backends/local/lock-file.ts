// The local backend's lock: a file beside the state, created atomically
// (written in full to a temporary file, then hard-linked to the lock's name,
// which fails if the lock exists), holding who took it. A second run
// reports the holder; one whose holder was a process on this machine that no
// longer exists is reported as stale (a crashed run), and is broken only on
// request, with the holder's id.

import { randomUUID } from 'node:crypto';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LockError, type BackendLock, type LockHolder, type LockRequest } from '../backend.js';
import { processIsAlive } from './atomic-write.js';

const POLL_MS = 250;

export async function acquireLockFile(lockPath: string, request: LockRequest, shown: string): Promise<BackendLock> {
  await mkdir(path.dirname(lockPath), { recursive: true });
  if (request.forceUnlockId !== undefined) await forceUnlock(lockPath, request.forceUnlockId, shown);
  const who = currentUser();
  const holder: LockHolder = {
    id: randomUUID(),
    operation: request.operation,
    createdAt: new Date().toISOString(),
    pid: process.pid,
    hostname: hostname(),
    ...(who !== undefined && { who }),
  };
  const deadline = Date.now() + Math.max(0, request.timeoutMs);
  for (;;) {
    if (await tryCreate(lockPath, holder)) return lockHandle(lockPath, holder);
    const current = await readHolder(lockPath);
    if (current === 'missing') continue; // released between our attempt and the read
    if (current === 'unreadable') {
      throw new LockError(`the lock file ${lockPath} cannot be read: if no grantform run is using ${shown}, remove the lock file`, undefined, false);
    }
    if (isStale(current)) {
      throw new LockError(
        `the state ${shown} is locked by a run that is no longer running (${describeHolder(current)}): it probably crashed, so check the state, then run again with --force-unlock ${current.id}`,
        current,
        true,
      );
    }
    const left = deadline - Date.now();
    if (left <= 0) {
      const hint = request.timeoutMs > 0 ? 'wait for it to finish' : 'wait for it to finish, or pass --lock-timeout (e.g. --lock-timeout 5m) to wait for it';
      throw new LockError(`the state ${shown} is locked by ${describeHolder(current)}: ${hint}`, current, false);
    }
    await sleep(Math.min(POLL_MS, left), undefined, request.signal ? { signal: request.signal } : {});
  }
}

export function describeHolder(holder: LockHolder): string {
  const where = [holder.pid !== undefined ? `pid ${holder.pid}` : '', holder.hostname !== undefined ? `on ${holder.hostname}` : ''].filter(Boolean).join(' ');
  const who = holder.who !== undefined ? ` by ${holder.who}` : '';
  return `${holder.operation}${where ? ` (${where})` : ''}${who} since ${holder.createdAt}, lock id ${holder.id}`;
}

function isStale(holder: LockHolder): boolean {
  return holder.hostname === hostname() && holder.pid !== undefined && holder.pid !== process.pid && !processIsAlive(holder.pid);
}

async function tryCreate(lockPath: string, holder: LockHolder): Promise<boolean> {
  const temp = `${lockPath}.${process.pid}.${holder.id.slice(0, 8)}.tmp`;
  const handle = await open(temp, 'w', 0o644);
  try {
    await handle.writeFile(`${JSON.stringify(holder, null, 2)}\n`, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await link(temp, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

async function readHolder(lockPath: string): Promise<LockHolder | 'missing' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(lockPath, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable';
  }
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    if (typeof value.id !== 'string' || typeof value.operation !== 'string' || typeof value.createdAt !== 'string') return 'unreadable';
    return value as LockHolder;
  } catch {
    return 'unreadable';
  }
}

async function forceUnlock(lockPath: string, id: string, shown: string): Promise<void> {
  const current = await readHolder(lockPath);
  if (current === 'missing') return;
  if (current === 'unreadable') throw new LockError(`the lock file ${lockPath} cannot be read, so --force-unlock cannot check its id: remove it by hand`, undefined, false);
  if (current.id !== id) {
    throw new LockError(`the state ${shown} is locked with id ${current.id}, not ${id}: --force-unlock only breaks the lock it names`, current, isStale(current));
  }
  await unlink(lockPath).catch(() => undefined);
}

function lockHandle(lockPath: string, holder: LockHolder): BackendLock {
  let released = false;
  return {
    holder,
    async release() {
      if (released) return;
      released = true;
      const current = await readHolder(lockPath);
      if (typeof current === 'object' && current.id === holder.id) await unlink(lockPath).catch(() => undefined);
    },
  };
}

function currentUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}
