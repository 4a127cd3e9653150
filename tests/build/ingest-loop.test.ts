import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The analyst's loop end to end: `npm run ingest` a Yahoo download that extends the Nikkei 225 by four
 * trading days into a copy of data/, build with REPORT_DATA_DIR pointing at it (one build), and find
 * the new last date and close in facts.json, on the landing page and on the Data page.
 */
const ROOT = path.join(__dirname, '../..');
let work: string;
let data: string;
let out: string;
let summary: string;
const read = (p: string) => readFileSync(path.join(out, p), 'utf8');

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'n225-loop-'));
  data = path.join(work, 'data');
  out = path.join(work, 'dist');
  cpSync(path.join(ROOT, 'data'), data, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, REPORT_DATA_DIR: data, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.REPORT_AS_OF;
  summary = execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/ingest.ts', 'tests/fixtures/ingest/yahoo-n225-extension.csv'], { cwd: ROOT, env, encoding: 'utf8' });
  execFileSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--outDir', out], { cwd: ROOT, env, stdio: 'pipe' });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('ingest, then build: a new edition', () => {
  it('prints what the ingest did', () => {
    expect(summary).toContain('added 4, unchanged 1, revised 0, skipped 1 missing-value rows');
    expect(summary).toContain('last date 2026-09-30 (was 2026-09-24)');
  });

  it('publishes the new last date and close in facts.json', () => {
    const { edition, facts } = JSON.parse(read('data/facts.json'));
    expect(edition.asOf).toBe('2026-09-30');
    expect(facts.data.n225.last).toBe('2026-09-30');
    expect(facts.stats.window.endClose).toBe(66102.1016);
  });

  it.each([
    ['zh', '2026年9月30日', '66,102.10'],
    ['en', 'Sep 30, 2026', '66,102.10'],
  ])('states them on the %s landing page and Data page, and serves the new CSV', (lang, date, close) => {
    const home = read(`${lang}/index.html`);
    expect(home).toContain(`<time datetime="2026-09-30">${date}</time>`);
    expect(home).toMatch(new RegExp(`class="freshness"[^>]*>[^<]*${close.replace('.', '\\.')}`));
    expect(read(`${lang}/data/index.html`)).toMatch(new RegExp(`data-series-last="n225"[^>]*>${close.replace('.', '\\.')}<`));
    expect(read('data/series/n225.csv').endsWith('2026-09-29,66310.3984\n2026-09-30,66102.1016\n')).toBe(true);
  });
});
