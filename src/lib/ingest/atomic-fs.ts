import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/**
 * Replacing several files of the data directory as one change, so that a failure or a kill at any
 * moment leaves every file either as it was or as it should be, and the next run can tell which.
 *
 * The commit of files F1..Fn:
 * 1. `write:<name>` — each new content goes to a temporary file beside its target
 *    (`.<name>.<pid>.<stamp>.tmp`), written in full (every byte count `writeSync` returns is checked),
 *    fsynced, and read back against its sha256;
 * 2. `backup:<name>` — each existing target gets a hard link `.<name>.<pid>.<stamp>.bak` (no data copied,
 *    so a full disk cannot stop it): the old bytes stay reachable until the commit is over;
 * 3. `journal` — the journal `.ingest-journal.json` (what is being replaced by what, with both sha256)
 *    is written the same way and renamed into place. This is the commit point: before it, the data are
 *    untouched; after it, the next run completes the change (roll forward) if this one cannot;
 * 4. `rename:<name>` — each temporary file is renamed over its target (one atomic step each);
 * 5. `cleanup` — the backups and then the journal are removed.
 * A write failure (ENOSPC, EIO, ...) before the commit point removes the temporaries: nothing changed.
 * A rename failure after it puts the old files back from their backups and removes the journal.
 *
 * {@link recoverData} runs at the start of every ingest (under the lock, see lock-fs.ts): it finishes an
 * interrupted commit from its journal — forward when every new file is there, else back to the old ones
 * — and removes leftover temporaries, saying what it did.
 *
 * Fault injection for tests: `INGEST_FAULT=<kind>@<step>` with kind `kill` (SIGKILL before the step),
 * `enospc` or `eio` (the step fails with that error code) or `short` (writes return half the bytes
 * asked, as a nearly full disk may); step as above, e.g. `kill@rename:sources.json`, `enospc@write:n225.csv`.
 */

export const JOURNAL = '.ingest-journal.json';
/** Names of the temporaries and backups a commit leaves behind when it is killed. */
const LEFTOVER = /^\..+\.\d+\.[0-9a-z]+\.(tmp|bak)$/;

export interface AtomicHooks {
  /** Called before each step (`write:<name>`, `backup:<name>`, `journal`, `rename:<name>`, `cleanup`); may throw. */
  beforeStep?: (step: string) => void;
}

interface JournalEntry {
  name: string;
  temp: string;
  backup: string | null;
  sha256New: string;
  sha256Old: string | null;
}

interface Journal {
  pid: number;
  startedAt: string;
  entries: JournalEntry[];
}

const sha = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

function fsError(code: string, syscall: string, file: string): NodeJS.ErrnoException {
  const messages: Record<string, string> = { ENOSPC: 'no space left on device', EIO: 'i/o error' };
  return Object.assign(new Error(`${code}: ${messages[code] ?? 'injected fault'}, ${syscall} '${file}'`), { code, syscall, path: file });
}

/** The hook that `INGEST_FAULT` describes, if any (see the module comment). */
export function faultFromEnv(env: NodeJS.ProcessEnv = process.env): AtomicHooks & { short?: string } {
  const spec = env.INGEST_FAULT;
  if (!spec) return {};
  const [kind, step] = spec.split('@');
  if (!step) return {};
  if (kind === 'short') return { short: step };
  return {
    beforeStep: (s) => {
      if (s !== step) return;
      if (kind === 'kill') process.kill(process.pid, 'SIGKILL');
      if (kind === 'enospc' || kind === 'eio') throw fsError(kind.toUpperCase(), s.startsWith('rename') ? 'rename' : 'write', s);
    },
  };
}

/** Writes all of `bytes` to `fd`, checking the count every call returns (a short write continues, 0 is ENOSPC). */
function writeAll(fd: number, bytes: Uint8Array, file: string, short: boolean): void {
  let at = 0;
  while (at < bytes.length) {
    const ask = short ? Math.max(1, Math.ceil((bytes.length - at) / 2)) : bytes.length - at;
    const n = writeSync(fd, bytes, at, ask);
    if (n <= 0) throw fsError('ENOSPC', 'write', file);
    at += n;
  }
}

/** Writes a fresh temporary file beside `target` with `bytes`, fsynced and verified; returns its path. */
function writeTemp(target: string, bytes: Uint8Array, short: boolean, suffix = 'tmp'): string {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.${suffix}`);
  const fd = openSync(tmp, 'wx');
  try {
    writeAll(fd, bytes, tmp, short);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw err;
  }
  closeSync(fd);
  if (sha(readFileSync(tmp)) !== sha(bytes)) {
    rmSync(tmp, { force: true });
    throw fsError('EIO', 'write', tmp);
  }
  return tmp;
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot open a directory for fsync; the renames are still atomic.
  }
}

/**
 * Replaces several files in `dir` as one change (see the module comment). Throws the first failure
 * after restoring the directory; the error's message names the file and the system's reason.
 */
export function writeFilesAtomically(dir: string, writes: ReadonlyMap<string, string>, hooks: AtomicHooks & { short?: string } = faultFromEnv()): void {
  const step = (s: string) => hooks.beforeStep?.(s);
  const entries: JournalEntry[] = [];
  const made: string[] = [];
  try {
    for (const [name, text] of writes) {
      step(`write:${name}`);
      const target = path.join(dir, name);
      const bytes = Buffer.from(text, 'utf8');
      const temp = writeTemp(target, bytes, hooks.short === `write:${name}`);
      made.push(temp);
      entries.push({ name, temp: path.basename(temp), backup: null, sha256New: sha(bytes), sha256Old: existsSync(target) ? sha(readFileSync(target)) : null });
    }
    for (const e of entries) {
      if (e.sha256Old === null) continue;
      step(`backup:${e.name}`);
      const backup = e.temp.replace(/\.tmp$/, '.bak');
      linkSync(path.join(dir, e.name), path.join(dir, backup));
      made.push(path.join(dir, backup));
      e.backup = backup;
    }
    step('journal');
    const journal: Journal = { pid: process.pid, startedAt: new Date().toISOString(), entries };
    const jtemp = writeTemp(path.join(dir, JOURNAL), Buffer.from(`${JSON.stringify(journal, null, 2)}\n`), hooks.short === 'journal');
    made.push(jtemp);
    renameSync(jtemp, path.join(dir, JOURNAL));
    fsyncDir(dir);
  } catch (err) {
    for (const f of made) rmSync(f, { force: true });
    throw err;
  }
  // Committed: from here a kill is completed by the next run.
  try {
    for (const e of entries) {
      step(`rename:${e.name}`);
      renameSync(path.join(dir, e.temp), path.join(dir, e.name));
    }
    fsyncDir(dir);
  } catch (err) {
    try {
      rollBack(dir, entries);
    } catch (undo) {
      (err as Error).message += `; putting the old files back failed too (${(undo as Error).message}): the next npm run ingest finishes the change from ${JOURNAL}`;
      (err as { unrecovered?: boolean }).unrecovered = true;
    }
    throw err;
  }
  step('cleanup');
  finish(dir, entries);
}

/** Removes a finished commit's backups, then its journal. */
function finish(dir: string, entries: readonly JournalEntry[]): void {
  for (const e of entries) {
    if (e.backup) rmSync(path.join(dir, e.backup), { force: true });
    rmSync(path.join(dir, e.temp), { force: true });
  }
  fsyncDir(dir);
  rmSync(path.join(dir, JOURNAL), { force: true });
  fsyncDir(dir);
}

/** Puts every target of a journal back to its old bytes (from the backups); then removes the journal. */
function rollBack(dir: string, entries: readonly JournalEntry[]): void {
  for (const e of entries) {
    const target = path.join(dir, e.name);
    const current = existsSync(target) ? sha(readFileSync(target)) : null;
    if (current === e.sha256Old) continue;
    if (e.backup && existsSync(path.join(dir, e.backup))) renameSync(path.join(dir, e.backup), target);
    else if (e.sha256Old === null) rmSync(target, { force: true });
    else throw new Error(`${e.name}: cannot restore the old file (its backup ${e.backup} is gone)`);
  }
  finish(dir, entries);
}

/**
 * Finishes what an interrupted ingest left in `dir` and returns what was done, one sentence each
 * (empty when nothing needed doing). Throws when a journal can be neither completed nor undone.
 */
export function recoverData(dir: string): string[] {
  const done: string[] = [];
  const jpath = path.join(dir, JOURNAL);
  if (existsSync(jpath)) {
    let journal: Journal;
    try {
      journal = JSON.parse(readFileSync(jpath, 'utf8')) as Journal;
    } catch (err) {
      throw new Error(`${jpath}: an interrupted ingest's journal that cannot be read (${(err as Error).message}); compare data/ with version control and delete it`);
    }
    const state = journal.entries.map((e) => {
      const target = path.join(dir, e.name);
      const current = existsSync(target) ? sha(readFileSync(target)) : null;
      const temp = path.join(dir, e.temp);
      const tempOk = existsSync(temp) && sha(readFileSync(temp)) === e.sha256New;
      return { e, target, temp, current, tempOk };
    });
    const names = journal.entries.map((e) => e.name).join(', ');
    if (state.every((s) => s.current === s.e.sha256New || s.tempOk)) {
      for (const s of state) if (s.current !== s.e.sha256New) renameSync(s.temp, s.target);
      fsyncDir(dir);
      finish(dir, journal.entries);
      done.push(`completed an ingest interrupted at ${journal.startedAt} (process ${journal.pid}): ${names} now hold what it wrote`);
    } else {
      rollBack(dir, journal.entries);
      done.push(`undid an ingest interrupted at ${journal.startedAt} (process ${journal.pid}): ${names} hold what they held before it`);
    }
  }
  const leftovers = readdirSync(dir).filter((n) => LEFTOVER.test(n) || (n.startsWith(`${JOURNAL}.`) && n.endsWith('.tmp')));
  for (const n of leftovers) rmSync(path.join(dir, n), { force: true });
  if (leftovers.length > 0) {
    fsyncDir(dir);
    done.push(`removed ${leftovers.length} temporary file(s) an interrupted ingest left: ${leftovers.join(', ')}`);
  }
  return done;
}

/** True when `dir` holds an interrupted ingest's journal (a dry run reports it without repairing). */
export function hasJournal(dir: string): boolean {
  return existsSync(path.join(dir, JOURNAL));
}
