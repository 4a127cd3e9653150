/**
 * npm run bench:ingest — figures for `npm run ingest` (printed, never asserted; not run by CI):
 * - a 6-million-row file of one-minute bars (about 250 MB, written to a temporary folder): time and peak
 *   memory until it is refused (at line 3: the streaming reader stops at the first fatal row);
 * - a good download of four new sessions into a copy of data/: time and peak memory of the whole ingest
 *   (lock, repair check, plan, journalled write).
 * Each runs the real command (tsx scripts/ingest.ts) under GNU time when present. BENCH_RUNS (default 3).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(path.join(tmpdir(), 'bench-ingest-'));

async function writeMinuteBars(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('Datetime,Open,High,Low,Close,Volume\n');
  const day0 = Date.UTC(2000, 0, 3);
  let buf = '';
  for (let i = 0; i < rows; i += 1) {
    const d = new Date(day0 + Math.floor(i / 300) * 86_400_000).toISOString().slice(0, 10);
    const m = i % 300;
    buf += `${d} ${String(9 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+09:00,1,1,1,${20000 + (i % 500)},10\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise<void>((r) => out.once('finish', () => r()));
}

function measure(args: string[], data: string): { ms: number; rssMiB: number | null; exit: number | null } {
  const gnuTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const r = gnuTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', TSX, 'scripts/ingest.ts', ...args], { cwd: ROOT, env: { ...process.env, REPORT_DATA_DIR: data }, encoding: 'utf8' })
    : spawnSync(TSX, ['scripts/ingest.ts', ...args], { cwd: ROOT, env: { ...process.env, REPORT_DATA_DIR: data }, encoding: 'utf8' });
  const ms = performance.now() - started;
  const kb = gnuTime ? Number(r.stderr.trim().split('\n').pop()) : Number.NaN;
  return { ms, rssMiB: Number.isFinite(kb) ? kb / 1024 : null, exit: r.status };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

try {
  const big = path.join(work, 'N225-1min.csv');
  await writeMinuteBars(big, 6_000_000);
  const size = Number(execFileSync('stat', ['-c', '%s', big], { encoding: 'utf8' }));
  const small = path.join(work, 'N225.csv');
  cpSync(path.join(ROOT, 'tests/fixtures/ingest/yahoo-n225-extension.csv'), small);
  const rows: string[][] = [];
  for (const [label, file] of [
    [`6,000,000 one-minute rows (${(size / 2 ** 20).toFixed(0)} MiB), refused at line 3`, big],
    ['Yahoo download, 4 new sessions, written', small],
  ] as const) {
    const ms: number[] = [];
    const rss: number[] = [];
    let exit: number | null = null;
    for (let i = 0; i < RUNS; i += 1) {
      const data = path.join(work, `data-${i}`);
      rmSync(data, { recursive: true, force: true });
      cpSync(path.join(ROOT, 'data'), data, { recursive: true });
      const m = measure([file], data);
      ms.push(m.ms);
      if (m.rssMiB !== null) rss.push(m.rssMiB);
      exit = m.exit;
    }
    rows.push([label, `${(median(ms) / 1000).toFixed(2)} s`, rss.length ? `${median(rss).toFixed(0)} MiB` : 'n/a', String(exit)]);
  }
  console.log(`npm run ingest (median of ${RUNS} runs, whole command including Node start-up)\n`);
  console.log('| Input | Time | Peak RSS | Exit |\n| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
