import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

/** Test hook: called before each rename, so a test can make the n-th one fail. */
export interface AtomicHooks {
  beforeRename?: (name: string, index: number) => void;
}

/** Writes `text` to a fresh temporary file next to `target` and flushes it to disk; returns its path. */
function writeTemp(target: string, text: string | Buffer): string {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const fd = openSync(tmp, 'wx');
  try {
    writeSync(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return tmp;
}

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch {
    // Some platforms cannot open a directory for fsync; the renames are still atomic.
  }
}

/**
 * Replaces several files in `dir` as one change: every new content goes to a temporary file in the same
 * directory and is fsynced first; then each is renamed over its target (an atomic step on POSIX). If a
 * write or rename fails, the files already replaced are put back from their old bytes (again through
 * temporary files) and the temporaries are removed, so the directory is left byte for byte as it was.
 */
export function writeFilesAtomically(dir: string, writes: ReadonlyMap<string, string>, hooks: AtomicHooks = {}): void {
  const entries = [...writes];
  const targets = entries.map(([name]) => path.join(dir, name));
  const originals = targets.map((t) => (existsSync(t) ? readFileSync(t) : null));
  const temps: string[] = [];
  const done: number[] = [];
  try {
    entries.forEach(([, text], i) => temps.push(writeTemp(targets[i] as string, text)));
    entries.forEach(([name], i) => {
      hooks.beforeRename?.(name, i);
      renameSync(temps[i] as string, targets[i] as string);
      done.push(i);
    });
    fsyncDir(dir);
  } catch (err) {
    for (const i of done.reverse()) {
      const target = targets[i] as string;
      const old = originals[i];
      if (old === null || old === undefined) rmSync(target, { force: true });
      else renameSync(writeTemp(target, old), target);
    }
    for (const t of temps) rmSync(t, { force: true });
    fsyncDir(dir);
    throw err;
  }
}
