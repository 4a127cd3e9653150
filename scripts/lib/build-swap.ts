/**
 * Builds the site into a temporary folder beside `dist/` and only then swaps it in, so a failed build
 * (an edition that cannot be built, a bad data file) leaves `dist/` exactly as it was — never a
 * half-written site holding broken pages. Folders left by a killed build are removed on the next run.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface BuildSteps {
  /** Runs each step of the build into `outDir`; returns false (after printing why) on failure. */
  run: (outDir: string) => boolean;
}

const STAGING = /^\.dist-(building|old)-(\d+)$/;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes staging folders of builds that are no longer running (a build killed half way). */
export function removeStaleStaging(root: string): string[] {
  const removed: string[] = [];
  for (const name of readdirSync(root)) {
    const m = STAGING.exec(name);
    if (m && !alive(Number(m[2]))) {
      rmSync(path.join(root, name), { recursive: true, force: true });
      removed.push(name);
    }
  }
  return removed;
}

/**
 * Builds into `<root>/.dist-building-<pid>`, then replaces `<root>/<dist>` with it (two renames on one
 * file system; the old site is removed afterwards). Returns whether the build succeeded; on failure the
 * staging folder is removed and `dist` is untouched.
 */
export function buildAndSwap(root: string, steps: BuildSteps, dist = 'dist'): boolean {
  removeStaleStaging(root);
  const staging = path.join(root, `.dist-building-${process.pid}`);
  const old = path.join(root, `.dist-old-${process.pid}`);
  const target = path.join(root, dist);
  rmSync(staging, { recursive: true, force: true });
  let ok = false;
  try {
    ok = steps.run(staging);
  } finally {
    if (!ok) rmSync(staging, { recursive: true, force: true });
  }
  if (!ok) return false;
  const hadOld = existsSync(target);
  if (hadOld) renameSync(target, old);
  try {
    renameSync(staging, target);
  } catch (e) {
    if (hadOld) renameSync(old, target);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
  return true;
}
