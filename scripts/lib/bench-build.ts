/** Timed full builds (astro build + pagefind) in a child process, with the child's peak memory. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** One full build: wall times in ms and the peak resident memory of the astro process in MB (null if unknown). */
export interface BuildRun {
  astroMs: number;
  pagefindMs: number;
  totalMs: number;
  peakMb: number | null;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'node_modules/.bin');

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): { ms: number; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stderr}\n${r.stdout}`);
  return { ms, stderr: r.stderr };
}

/**
 * Builds the site into `outDir` exactly as `npm run build` does (astro build, then pagefind), with extra
 * environment such as REPORT_DATA_DIR. Peak memory comes from GNU time (`/usr/bin/time -f %M`, KB).
 */
export function timedBuild(outDir: string, extraEnv: Record<string, string> = {}, pagefindArgs: string[] = []): BuildRun {
  const env = { ...process.env, ...extraEnv, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${BIN}:${process.env.PATH ?? ''}` };
  const gnuTime = existsSync('/usr/bin/time');
  const astroArgs = [path.join(BIN, 'astro'), 'build', '--outDir', outDir];
  const astro = gnuTime ? run('/usr/bin/time', ['-f', 'PEAK_KB=%M', path.join(BIN, 'node'), ...astroArgs], env) : run(path.join(BIN, 'node'), astroArgs, env);
  const kb = /PEAK_KB=(\d+)/.exec(astro.stderr)?.[1];
  const pagefind = run(path.join(BIN, 'pagefind'), ['--site', outDir, '--silent', ...pagefindArgs], env);
  return { astroMs: astro.ms, pagefindMs: pagefind.ms, totalMs: astro.ms + pagefind.ms, peakMb: kb ? Number(kb) / 1024 : null };
}
