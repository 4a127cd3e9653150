/**
 * `npm run build` — astro build, then the Pagefind search index, into a staging folder that replaces
 * dist/ (the report config's `outDir`: `REPORT_CONFIG=topix` builds dist-topix/) only when both succeed (scripts/lib/build-swap.ts). A failed build prints the cause, says that
 * dist/ still holds the previous site, and exits 1.
 *
 * `npm run build:archive` (`--archive`) builds the published editions too, in the same astro build:
 * the latest at /<lang>/… as always, each old edition at /editions/<date>/<lang>/…, the editions pages,
 * feeds and changes (REPORT_ARCHIVE=all). `--archive=2024-12-31,2025-12-31` keeps only those old
 * editions. Search indexes the latest edition's pages only.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAndSwap } from './lib/build-swap';
import { REPORT_CONFIG } from '../src/lib/config/active';
import { searchGlob } from './lib/search-glob';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name: string) => path.join(ROOT, 'node_modules/.bin', name);

const archiveArg = process.argv.slice(2).find((a) => a === '--archive' || a.startsWith('--archive='));
const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
if (archiveArg) env.REPORT_ARCHIVE = archiveArg.includes('=') ? archiveArg.slice('--archive='.length) : 'all';

const run = (cmd: string, args: string[]): boolean => spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env }).status === 0;

const ok = buildAndSwap(
  ROOT,
  {
    run: (out) => run(bin('astro'), ['build', '--outDir', out]) && run(bin('pagefind'), ['--site', out, '--silent', '--glob', searchGlob(REPORT_CONFIG.locales)]),
  },
  REPORT_CONFIG.outDir,
);
if (!ok) {
  console.error(`\nThe build failed: ${REPORT_CONFIG.outDir}/ was not changed and still holds the previous build.`);
  process.exitCode = 1;
}
