// The local backend on real temporary folders: the state file's format and
// serial, written once per run and atomically, with a backup; a damaged or
// newer state refused in one sentence; secrets never stored; and the lock:
// a second run refused naming the holder, waiting with a timeout, a
// crashed holder reported as stale and broken only by its id.

import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackendError, LockError } from '../../src/backends/backend.js';
import { LocalBackend } from '../../src/backends/local/local-backend.js';
import { parseState } from '../../src/backends/local/state-file.js';
import { grant } from '../support/plan-fixtures.js';

let dir: string;
let statePath: string;
const open = (env: Record<string, string> = {}) => new LocalBackend({ statePath, shownPath: 'state.json', env, grantformVersion: 'test' });

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'grantform-local-'));
  statePath = path.join(dir, '.grantform', 'state.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('state file', () => {
  it('starts empty, is written once at close with serial and lineage, and keeps the previous version as a backup', async () => {
    const backend = open({ PW: 'hunter2-secret' });
    expect(await backend.read()).toEqual({ connections: [], users: [], teams: [], grants: [], accountTypes: [] });
    await backend.execute({ type: 'connection', action: 'create', address: 'connection.snow', after: { name: 'snow', type: 'snowflake', useOauth: false, details: { account: 'acme', password: { env: 'PW' } } } });
    await backend.execute({ type: 'user', action: 'create', address: 'user.ann@example.com', after: { email: 'ann@example.com', accountType: 'Creator', managedBy: 'grantform' } });
    await backend.execute({ type: 'grant', action: 'create', address: 'grant.user.ann@example.com@snow', after: grant('user:ann@example.com', 'snow', 'use') });
    await expect(readFile(statePath, 'utf8')).rejects.toThrow(); // nothing written before close
    expect((await backend.close()).warnings).toEqual([]);
    const first = parseState(await readFile(statePath, 'utf8'), 'state.json');
    expect(first.serial).toBe(1);
    expect(first.snapshot.connections[0]?.details).toEqual({ account: 'acme' });
    const text = await readFile(statePath, 'utf8');
    expect(text).not.toContain('hunter2-secret');
    expect(text).not.toContain('"PW"');

    const second = open();
    const live = await second.read();
    await second.execute({ type: 'grant', action: 'update', address: 'grant.user.ann@example.com@snow', before: grant('user:ann@example.com', 'snow', 'use'), after: grant('user:ann@example.com', 'snow', 'use-and-annotate'), liveIds: [live.grants[0]!.id] });
    await second.close();
    const after = parseState(await readFile(statePath, 'utf8'), 'state.json');
    expect(after.serial).toBe(2);
    expect(after.lineage).toBe(first.lineage);
    expect(parseState(await readFile(`${statePath}.backup`, 'utf8'), 'backup').serial).toBe(1);
    expect((await readdir(path.dirname(statePath))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('warns when a secret is not set, without failing: the local backend does not need it', async () => {
    const backend = open();
    await backend.read();
    await backend.execute({ type: 'connection', action: 'create', address: 'connection.snow', after: { name: 'snow', type: 'snowflake', useOauth: false, details: { password: { env: 'PW' } } } });
    expect((await backend.close()).warnings).toEqual(['connection snow: password comes from $PW, which is not set; the local backend does not need it, the sigma backend will']);
  });

  it('does not write when nothing changed', async () => {
    const backend = open();
    await backend.read();
    await backend.close();
    await expect(readFile(statePath)).rejects.toThrow();
  });

  it('refuses a damaged state, and one from a newer grantform, in one sentence', async () => {
    await mkdir(path.dirname(statePath), { recursive: true });
    await writeFile(statePath, '{"formatVersion": 1, "serial": 1, "lineage"');
    await expect(open().read()).rejects.toThrow(/^the state file state.json is not valid JSON .*: restore it from state.json.backup$/);
    await writeFile(statePath, JSON.stringify({ formatVersion: 1, serial: 1, lineage: 'x', nextId: 1, resources: { connections: [], users: [], teams: [], grants: [{ id: 'g', team: 'T', object: 'snow', level: 'owner' }] } }));
    await expect(open().read()).rejects.toThrow(/resources.grants\[0\].level is not one of/);
    await writeFile(statePath, JSON.stringify({ formatVersion: 2 }));
    await expect(open().read()).rejects.toThrow('the state file state.json has format 2, which this grantform (format 1) cannot read: upgrade grantform');
  });

  it('refuses changes Sigma would refuse, as BackendErrors', async () => {
    const backend = open();
    await backend.read();
    await expect(backend.execute({ type: 'grant', action: 'create', address: 'grant.team.Nope@snow', after: grant('team:Nope', 'snow', 'use') })).rejects.toThrow(BackendError);
    await expect(backend.execute({ type: 'membership', action: 'create', address: 'membership.T.a@x.com', after: { team: 'T', email: 'a@x.com' } })).rejects.toThrow('team T does not exist in the local state');
  });
});

describe('lock', () => {
  it('refuses a second holder, naming the first, and lets it in once released', async () => {
    const first = await open().lock({ operation: 'apply', timeoutMs: 0 });
    const error = await open().lock({ operation: 'apply', timeoutMs: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LockError);
    expect((error as LockError).stale).toBe(false);
    expect((error as LockError).message).toMatch(new RegExp(`^the state state.json is locked by apply \\(pid ${process.pid} on .+\\) .*since .*, lock id ${first.holder.id}: wait for it to finish, or pass --lock-timeout`));
    await first.release();
    const second = await open().lock({ operation: 'apply', timeoutMs: 0 });
    await second.release();
  });

  it('waits up to --lock-timeout for the holder to finish', async () => {
    const first = await open().lock({ operation: 'apply', timeoutMs: 0 });
    setTimeout(() => void first.release(), 300);
    const started = Date.now();
    const second = await open().lock({ operation: 'apply', timeoutMs: 5000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await second.release();
    const third = await open().lock({ operation: 'apply', timeoutMs: 0 });
    await expect(open().lock({ operation: 'apply', timeoutMs: 300 })).rejects.toThrow(/locked by apply .*: wait for it to finish$/);
    await third.release();
  });

  it('reports a crashed holder as stale and breaks it only with its id', async () => {
    // A pid that existed and is gone: a child that has exited.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid as number;
    await mkdir(path.dirname(statePath), { recursive: true });
    const holder = { id: 'crashed-run', operation: 'apply', createdAt: '2025-01-01T00:00:00.000Z', pid: dead, hostname: (await import('node:os')).hostname() };
    await writeFile(`${statePath}.lock`, JSON.stringify(holder));
    const error = (await open().lock({ operation: 'apply', timeoutMs: 5000 }).catch((caught: unknown) => caught)) as LockError;
    expect(error.stale).toBe(true);
    expect(error.message).toBe(
      `the state state.json is locked by a run that is no longer running (apply (pid ${dead} on ${holder.hostname}) since 2025-01-01T00:00:00.000Z, lock id crashed-run): it probably crashed, so check the state, then run again with --force-unlock crashed-run`,
    );
    await expect(open().lock({ operation: 'apply', timeoutMs: 0, forceUnlockId: 'other' })).rejects.toThrow('locked with id crashed-run, not other');
    const lock = await open().lock({ operation: 'apply', timeoutMs: 0, forceUnlockId: 'crashed-run' });
    expect(lock.holder.id).not.toBe('crashed-run');
    await lock.release();
    await lock.release(); // idempotent
  });
});
