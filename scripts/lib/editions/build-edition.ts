import { spawnSync } from 'node:child_process';
import path from 'node:path';

export interface BuildResult {
  ok: boolean;
  seconds: number;
  /** On failure, the build's own error lines (first few). */
  error?: string;
}

/** The error lines of a failed astro build's output: `[ERROR]` lines and the message after them, stack frames left out. */
export function buildErrorLines(output: string): string {
  // eslint-disable-next-line no-control-regex -- removes the terminal's colour codes (ESC [ ... m) from astro's output
  const lines = output.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '').trimEnd());
  const picked = lines.filter((l) => /\[ERROR\]|Error:|error:|unresolved|no data|outside the data|needs a close/i.test(l) && !/^\s+at /.test(l));
  const uniq = [...new Set(picked.map((l) => l.replace(/^\d\d:\d\d:\d\d\s*/, '').trim()))];
  return (uniq.length > 0 ? uniq : lines.slice(-5)).slice(0, 6).join('\n');
}

/**
 * Builds the edition as of `asOf` (null: the latest) with `astro build` into `outDir` (no search
 * index: the sweep reads pages, not Pagefind's bundle). Runs from the project root `root`.
 */
export function buildEdition(root: string, asOf: string | null, outDir: string, env: NodeJS.ProcessEnv = process.env): BuildResult {
  const t0 = performance.now();
  const childEnv: NodeJS.ProcessEnv = { ...env, ASTRO_TELEMETRY_DISABLED: '1' };
  if (asOf === null) delete childEnv.REPORT_AS_OF;
  else childEnv.REPORT_AS_OF = asOf;
  const r = spawnSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], { cwd: root, env: childEnv, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status === 0) return { ok: true, seconds };
  return { ok: false, seconds, error: buildErrorLines(`${r.stdout ?? ''}\n${r.stderr ?? ''}`) || `astro build exited with ${r.status}` };
}
