import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIR, lastN225Row, nextSessions } from '../lib/pinned';
import { astroBuild } from '../lib/shared-builds';

/**
 * The analyst's loop end to end: `npm run ingest` a Yahoo download that extends the Nikkei 225 by three
 * trading days into a copy of data/, build with REPORT_DATA_DIR pointing at it (one build), and find
 * the new last date and close in facts.json, on the landing page and on the Data page. The download is
 * made from the data's own last rows (a null row for a date already held, the last row again, then the
 * next three Tokyo sessions), so the test holds after any later ingest.
 */
const ROOT = path.join(__dirname, '../..');
let work: string;
let data: string;
let out: string;
let summary: string;
const read = (p: string) => readFileSync(path.join(out, p), 'utf8');
const last = lastN225Row();
const held = lastN225Row(DATA_DIR, 2).date;
const [d1, d2, d3] = nextSessions(last.date, 3) as [string, string, string];
const closes = [1.0021, 1.0043, 1.0037].map((f) => (Number(last.close) * f).toFixed(4));
const yahoo = (date: string, c: string) => `${date},${c},${c},${c},${c},${c},100000000`;
const zhDate = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const enDate = (iso: string) => new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const enNumber = (x: string) => new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(x));

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'n225-loop-'));
  data = path.join(work, 'data');
  out = path.join(work, 'dist');
  cpSync(DATA_DIR, data, { recursive: true });
  const download = path.join(work, 'N225.csv');
  writeFileSync(
    download,
    [
      'Date,Open,High,Low,Close,Adj Close,Volume',
      `${held},null,null,null,null,null,null`,
      yahoo(last.date, last.close),
      yahoo(d1, closes[0]!),
      yahoo(d2, closes[1]!),
      yahoo(d3, closes[2]!),
      '',
    ].join('\n'),
  );
  const env: NodeJS.ProcessEnv = { ...process.env, REPORT_DATA_DIR: data, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.REPORT_AS_OF;
  summary = execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/ingest.ts', download], { cwd: ROOT, env, encoding: 'utf8' });
  astroBuild(out, env);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ingest, then build: a new edition', () => {
  it('prints what the ingest did', () => {
    expect(summary).toContain('added 3, unchanged 1, revised 0, skipped 1 missing-value rows');
    expect(summary).toContain(`last date ${d3} (was ${last.date})`);
  });

  it('publishes the new last date and close in facts.json', () => {
    const { edition, facts } = JSON.parse(read('data/facts.json'));
    expect(edition.asOf).toBe(d3);
    expect(facts.data.n225.last).toBe(d3);
    expect(facts.statistics.window.endClose).toBe(Number(closes[2]));
  });

  it.each([
    ['zh', zhDate(d3)],
    ['en', enDate(d3)],
  ])('states them on the %s landing page and Data page, and serves the new CSV', (lang, date) => {
    const close = enNumber(closes[2]!);
    const home = read(`${lang}/index.html`);
    expect(home).toContain(`<time datetime="${d3}">${date}</time>`);
    expect(home).toMatch(new RegExp(`class="freshness"[^>]*>[^<]*${close.replace('.', '\\.')}`));
    expect(read(`${lang}/data/index.html`)).toMatch(new RegExp(`data-series-last="n225"[^>]*>${close.replace('.', '\\.')}<`));
    expect(read('data/series/n225.csv').endsWith(`${d2},${closes[1]}\n${d3},${closes[2]}\n`)).toBe(true);
  });
});
