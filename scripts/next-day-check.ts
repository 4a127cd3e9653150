/**
 * `npm run test:next-day` — proves that README's "Update the data" steps keep `npm test` green: copies
 * the project (every tracked or new, not ignored, file; node_modules linked) to a temporary folder,
 * runs `npm run ingest` there with one synthetic next trading day for the Nikkei 225 (the last close
 * +0.12 %, on the next Tokyo session), then runs `npm test` in that copy.
 * Exits with `npm test`'s status. Several minutes; not part of `npm test` itself.
 *
 *   npm run test:next-day [-- --keep]     --keep leaves the copy in place for inspection
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isTokyoSession } from '../src/lib/ingest/tokyo-calendar';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');

/** The next Tokyo session after `iso` (the exchange calendar the ingest checks against). */
function nextSession(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  for (;;) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.toISOString().slice(0, 10);
    if (isTokyoSession(day)) return day;
  }
}

function main(): number {
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  const copy = mkdtempSync(path.join(tmpdir(), 'n225-next-day-'));
  for (const f of files) {
    mkdirSync(path.dirname(path.join(copy, f)), { recursive: true });
    try {
      copyFileSync(path.join(ROOT, f), path.join(copy, f));
    } catch {
      // A file deleted in the working tree but still in the index: not part of the project as it stands.
    }
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const rows = readFileSync(path.join(copy, 'data/n225.csv'), 'utf8').trimEnd().split('\n');
  const [lastDate = '', lastClose = ''] = (rows[rows.length - 1] ?? '').split(',');
  const day = nextSession(lastDate);
  const download = path.join(copy, 'tmp-next-day-N225.csv');
  writeFileSync(download, `date,close\n${day},${(Number(lastClose) * 1.0012).toFixed(4)}\n`);
  console.log(`Copy: ${copy}\nIngesting ${day} (last date was ${lastDate}) …`);
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.REPORT_AS_OF;
  delete env.REPORT_DATA_DIR;
  const ingest = spawnSync('npm', ['run', '--silent', 'ingest', '--', '--series', 'n225', download], { cwd: copy, env, stdio: 'inherit' });
  rmSync(download, { force: true });
  if (ingest.status !== 0) {
    console.error('The ingest of the synthetic next day failed.');
    return 1;
  }
  console.log('Running npm test on the copy …');
  const test = spawnSync('npm', ['test'], { cwd: copy, env, stdio: 'inherit' });
  const status = test.status ?? 1;
  console.log(status === 0 ? `npm test passed after ingesting ${day}.` : `npm test FAILED after ingesting ${day} (exit ${status}).`);
  if (!keep) rmSync(copy, { recursive: true, force: true });
  return status;
}

process.exitCode = main();
