import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * One ingest at a time per data directory: a lock file `.ingest.lock` created with O_EXCL (`wx`), holding
 * the owner's pid, host and start time. A second ingest waits for it (polling) up to `waitMs`, then
 * refuses with a message naming the owner. A lock whose owner is gone — same host and no such process,
 * or unreadable and older than {@link UNREADABLE_STALE_MS} — is stale: it is removed, and the caller
 * is told so.
 */

export const LOCK = '.ingest.lock';
const UNREADABLE_STALE_MS = 10_000;

interface Owner {
  pid: number;
  host: string;
  startedAt: string;
}

export interface Lock {
  release: () => void;
  /** A stale lock that was removed, in words; undefined when there was none. */
  staleNote?: string;
}

/** Thrown when the lock stays taken for `waitMs`. */
export class LockBusyError extends Error {}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): Owner | null {
  try {
    const o = JSON.parse(readFileSync(file, 'utf8')) as Owner;
    return Number.isInteger(o.pid) && typeof o.host === 'string' ? o : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock on `dir`, waiting up to `waitMs` for another ingest to finish (`onWait` is told once,
 * with the owner in words, when it starts waiting). Throws
 * {@link LockBusyError} when it does not, or the system's error (EACCES, EROFS, ...) when the
 * directory cannot be written.
 */
export function acquireLock(dir: string, waitMs: number, onWait?: (owner: string) => void): Lock {
  const file = path.join(dir, LOCK);
  const deadline = Date.now() + waitMs;
  let staleNote: string | undefined;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, `${JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() })}\n`);
      } finally {
        closeSync(fd);
      }
      const lock: Lock = { release: () => rmSync(file, { force: true }) };
      if (staleNote) lock.staleNote = staleNote;
      return lock;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = readOwner(file);
    let age: number;
    try {
      age = Date.now() - statSync(file).mtimeMs;
    } catch {
      continue;
    }
    const stale = owner ? owner.host === hostname() && !alive(owner.pid) : age > UNREADABLE_STALE_MS;
    if (stale) {
      rmSync(file, { force: true });
      staleNote = owner
        ? `removed a stale lock left by process ${owner.pid} (started ${owner.startedAt}, no longer running)`
        : `removed an unreadable lock file (${Math.round(age / 1000)} s old)`;
      continue;
    }
    if (Date.now() >= deadline) {
      const who = owner ? `process ${owner.pid} on ${owner.host}, since ${owner.startedAt}` : 'a process that has not yet written its name';
      throw new LockBusyError(
        `${file}: another ingest is writing to this data directory (${who}); waited ${Math.round(waitMs / 1000)} s. Run again when it has finished (or pass --wait <seconds>); if no ingest is running, delete ${file}`,
      );
    }
    if (!told) onWait?.(owner ? `process ${owner.pid} on ${owner.host}, since ${owner.startedAt}` : 'another process');
    told = true;
    sleep(100);
  }
}
