import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { IngestOptions } from '../../../src/lib/ingest/plan';

export const ROOT = path.join(__dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/ingest');
export const fixture = (name: string) => path.join(FIXTURES, name);

/** A fresh copy of the project's data/ in a temporary folder. */
export function copyData(truncate: Readonly<Record<string, string>> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'n225-ingest-'));
  cpSync(path.join(ROOT, 'data'), dir, { recursive: true });
  // Cut a canonical file after a date (its header kept), for inputs written against an earlier state of data/.
  for (const [file, last] of Object.entries(truncate)) {
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    writeFileSync(path.join(dir, file), [lines[0], ...lines.slice(1).filter((l) => l && l.slice(0, 10) <= last), ''].join('\n'));
  }
  return dir;
}

/** The macro files as the ingest corpus was written against them (before the longer series were added). */
export const CORPUS_DATA_STATE: Readonly<Record<string, string>> = {
  'usdjpy.csv': '2025-09-26',
  'cpi.csv': '2025-02-01',
  'jgb10y.csv': '2026-01-01',
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
