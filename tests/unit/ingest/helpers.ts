import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IngestOptions } from '../../../src/lib/ingest/plan';

export const ROOT = path.join(__dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/ingest');
export const fixture = (name: string) => path.join(FIXTURES, name);

/**
 * The last date the ingest fixtures were written against. Every copy of data/ is cut there, so that after
 * a user ingests newer rows the fixtures' "new" days are still new (README: `npm run test:next-day`).
 */
export const PINNED_DATA_DATE = '2026-09-24';

/**
 * A fresh copy of the project's data/ in a temporary folder, every dated canonical file (first column
 * `date`) cut after {@link PINNED_DATA_DATE}, or after the date `truncate` gives for it, with sources.json
 * updated to match (sha256, rows, last date), as an ingest would have left it.
 */
export function copyData(truncate: Readonly<Record<string, string>> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'n225-ingest-'));
  cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
  const sourcesFile = path.join(dir, 'sources.json');
  const sources = JSON.parse(readFileSync(sourcesFile, 'utf8')) as { series: Record<string, { file: string; sha256: string; rows: number; last: string }> };
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const lines = text.split('\n');
    if (!/^date,/.test(lines[0] ?? '')) continue;
    const last = truncate[file] ?? PINNED_DATA_DATE;
    const rows = lines.slice(1).filter((l) => l && l.slice(0, 10) <= last);
    const cut = [lines[0], ...rows, ''].join('\n');
    if (cut === text) continue;
    writeFileSync(path.join(dir, file), cut);
    const rec = Object.values(sources.series).find((r) => r.file === file);
    if (rec) Object.assign(rec, { sha256: createHash('sha256').update(cut).digest('hex'), rows: rows.length, last: rows[rows.length - 1]?.slice(0, 10) ?? rec.last });
  }
  writeFileSync(sourcesFile, `${JSON.stringify(sources, null, 2)}\n`);
  return dir;
}

/** The macro files as the ingest corpus was written against them (before the longer series were added). */
export const CORPUS_DATA_STATE: Readonly<Record<string, string>> = {
  'usdjpy.csv': '2025-09-26',
  'cpi.csv': '2025-02-01',
  'jgb10y.csv': '2026-01-01',
  'jgb10y-daily.csv': '2026-06-26',
  'n225-per-monthly.csv': '2026-02-01',
  'covid-cases.csv': '2023-05-06',
  'boj-etf-purchases.csv': '2023-03-14',
};

/** sha256 of every file under `dir` (relative name -> hash), temporaries included, so a leftover shows. */
export function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

export const opts = (o: Partial<IngestOptions> = {}): IngestOptions => ({ acceptRevisions: false, allow: new Set(), now: '2026-11-21T09:30:00.000Z', ...o });
