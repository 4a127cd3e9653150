import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { searchGlob } from '../../scripts/lib/search-glob';
import { LOCALES } from '../../src/lib/i18n/locales';
import { ROOT } from './pinned';

/**
 * Builds in tests. Sites and PDFs that several test files read are made once per test run and
 * shared: an astro build takes half a minute and a printing of the three PDFs about as long, so CI
 * builds each edition once, not once per file that reads it. Test files only read what they get here;
 * nothing writes into it. And no two astro builds of this checkout run at once, should vitest run
 * two files at a time (`--maxWorkers 2`): a build into a folder outside the project keeps its server
 * chunks in the project's `.astro/`, where a second build would overwrite them, so every test build
 * goes through {@link withAstroLock}.
 *
 * The run's folder is N225_TEST_SHARED, which `run-folder-setup.ts` (vitest's global setup for both
 * projects) creates before the first test file and removes after the last. A worker that finds it
 * unset (a file run outside that setup) uses a folder of its own. A lock folder per item keeps two
 * workers from making the same item at once; the second waits and then reads the first one's result.
 */
let ownFolder: string | undefined;
function runFolder(): string {
  const dir = process.env.N225_TEST_SHARED;
  if (dir) return dir;
  return (ownFolder ??= mkdtempSync(path.join(tmpdir(), 'n225-shared-')));
}

const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs `fn` holding the lock folder `name` of the run's folder, waiting for whoever holds it. */
function locked<T>(name: string, fn: () => T): T {
  const lock = path.join(runFolder(), `${name}.lock`);
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      pause(250);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Runs `fn` (which builds with astro) while no other test worker's astro build runs. */
export function withAstroLock<T>(fn: () => T): T {
  return locked('astro', fn);
}

/** `astro build --outDir out` with the environment `env` (telemetry off), holding the astro lock. Throws with astro's output when it fails. */
export function astroBuild(out: string, env: NodeJS.ProcessEnv = process.env): void {
  withAstroLock(() => execFileSync(bin('astro'), ['build', '--outDir', out], { cwd: ROOT, env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: 'pipe' }));
}

/** The folder `name` in the run's folder, made by `make(folder)` the first time it is asked for. */
function once(name: string, make: (dir: string) => void): string {
  const dir = path.join(runFolder(), name);
  const done = `${dir}.done`;
  if (existsSync(done)) return dir;
  return locked(name, () => {
    if (existsSync(done)) return dir;
    rmSync(dir, { recursive: true, force: true });
    make(dir);
    writeFileSync(done, '');
    return dir;
  });
}

/**
 * The old editions of the archive build that CI tests (tests/build/archive.test.ts and its browser
 * test), beside the latest pinned at PINNED_AS_OF: 2024-12-31 (a Tokyo holiday: the edition of
 * 2024-12-30), 2026-03-31 and 2026-06-30.
 */
export const CI_ARCHIVE: readonly string[] = ['2024-12-31', '2026-03-31', '2026-06-30'];

/** What a shared site is built from: the edition's as-of date and the archive's old editions. */
export interface SiteSpec {
  /** REPORT_AS_OF (a date; the edition is the last trading day on or before it). */
  asOf: string;
  /** REPORT_ARCHIVE: old editions built beside the latest (`npm run build:archive`). */
  archive?: readonly string[];
}

/**
 * A site built for `spec` as `npm run build` builds it (astro, then Pagefind over the latest edition's
 * pages), once per test run, shared by every test file that asks for the same spec. Returns the built
 * folder; read it, never write to it.
 */
export function sharedSite(spec: SiteSpec): string {
  const archive = spec.archive ?? [];
  const name = ['site', spec.asOf, ...archive.map((a) => `a${a}`)].join('-');
  return once(name, (out) => {
    const env: NodeJS.ProcessEnv = { ...process.env, REPORT_AS_OF: spec.asOf };
    if (archive.length > 0) env.REPORT_ARCHIVE = archive.join(',');
    else delete env.REPORT_ARCHIVE;
    astroBuild(out, env);
    execFileSync(bin('pagefind'), ['--site', out, '--silent', '--glob', searchGlob(LOCALES)], { cwd: ROOT, stdio: 'pipe' });
  });
}

/**
 * The A4 PDFs of every language printed from dist/ by `npm run pdf -- --out DIR` (the command a
 * user runs), once per test run. Returns the folder of PDFs and the command's output.
 */
export function sharedDistPdfs(): { dir: string; log: string } {
  const dir = once('pdf-dist', (out) => {
    const log = execFileSync(bin('tsx'), ['scripts/pdf.ts', '--out', out], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
    writeFileSync(`${out}.log`, log);
  });
  return { dir, log: readFileSync(`${dir}.log`, 'utf8') };
}
