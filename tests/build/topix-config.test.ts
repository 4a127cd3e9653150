import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../lib/shared-builds';
import { brokenLinks } from './lib/site';

/**
 * The sister report: `REPORT_CONFIG=topix` builds the engine chapters (Statistics, with the comparison,
 * and the Data page) for TOPIX from configs/topix.config.ts and data/topix.csv, with no other change.
 * Built once (astro only, no search index) for the pinned edition 2025-06-30 into a temporary folder.
 * Expected values: numpy, tests/reference/topix_reference.py (run from the project root).
 */
let out: string;
const read = (p: string) => readFileSync(path.join(out, p), 'utf8');
const text = (p: string) =>
  read(p)
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

/** Text of every `<span data-fact="key">` on a page, by key. */
function factsOnPage(html: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const [, k, t] of html.matchAll(/data-fact="([^"]+)">([^<]*)</g)) m.set(k as string, [...(m.get(k as string) ?? []), t as string]);
  return m;
}

/** Every file of the built site a reader or a downloader gets (pages, data), as paths relative to it. */
function publishedFiles(): string[] {
  return (readdirSync(out, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => /\.(html|csv|json|txt|xml)$/.test(f)).sort();
}

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'topix-build-'));
  astroBuild(out, { ...process.env, REPORT_CONFIG: 'topix', REPORT_AS_OF: '2025-06-30' });
});

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the TOPIX report (REPORT_CONFIG=topix), as of 2025-06-30', () => {
  it('computes the statistics chapter from TOPIX, as numpy does', () => {
    const { edition, facts } = JSON.parse(read('data/facts.json'));
    expect(edition.asOf).toBe('2025-06-30');
    const s = facts.statistics;
    // numpy 2.4, tests/reference/topix_reference.py: simple returns from the 2023-12-29 close, population moments.
    expect(s.window.tradingDays).toBe(364);
    expect(s.window.firstDay).toBe('2024-01-04');
    expect(s.returns.mean).toBeCloseTo(0.0006296020889776261, 12);
    expect(s.returns.std).toBeCloseTo(0.015129132389407838, 12);
    expect(s.returns.skewness).toBeCloseTo(-1.0385091997636242, 9);
    expect(s.returns.excessKurtosis).toBeCloseTo(19.566057093108885, 9);
    expect(s.returns.maxGain).toEqual({ value: expect.closeTo(0.09297083716857868, 12), date: '2024-08-06' });
    expect(s.returns.maxLoss).toEqual({ value: expect.closeTo(-0.12234000630517017, 12), date: '2024-08-05' });
    expect(s.window.high).toEqual({ value: 2929.17, date: '2024-07-11' });
    expect(s.window.low).toEqual({ value: 2227.15, date: '2024-08-05' });
    expect(s.window.endClose).toBe(2852.84);
    expect(s.prevYear.return).toBeCloseTo(0.1768643376620085, 12);
    expect(s.ytd.return).toBeCloseTo(0.024388492308576204, 12);
    expect(s.risk.volatility).toBeCloseTo(0.2401675311272733, 12);
    expect(s.risk.maxDrawdown).toBeCloseTo(-0.239665161120727, 12);
    expect(s.risk.drawdownTrough).toBe('2024-08-05');
    // The five-year comparison with the CSI 300, from the last closes on or before 2020-06-30.
    const c = facts.valuation.comparison;
    expect(c.index.cumulative).toBeCloseTo(0.8301866215028517, 12);
    expect(c.index.annualised).toBeCloseTo(0.12849353467045876, 12);
    expect(c.comparator.cumulative).toBeCloseTo(-0.05472789870421546, 12);
    expect(c.comparator.annualised).toBeCloseTo(-0.011193373764367132, 12);
    expect(c.commonDays).toBe(1149);
    expect(c.correlation).toBeCloseTo(0.22993899537227996, 12);
    expect(c.beta).toBeCloseTo(0.22999541883225424, 12);
    expect(c.leader).toBe('index');
  });

  it.each([
    ['zh', { days: '364', prev: '17.69%', high: '2,929.17', highDate: '2024年7月11日', cum: '+83.02%', title: '东证指数研究报告', figure: '图1-1' }],
    ['en', { days: '364', prev: '17.69%', high: '2,929.17', highDate: 'Jul 11, 2024', cum: '+83.02%', title: 'TOPIX Research Report', figure: 'Figure 1.1' }],
  ])('shows TOPIX figures on the %s statistics page, its landing page, and the comparison beside it', (lang, e) => {
    const html = read(`${lang}/index.html`);
    const f = factsOnPage(html);
    expect(f.get('statistics.window.tradingDays')).toContain(e.days);
    expect(f.get('statistics.prevYear.return')).toContain(e.prev);
    expect(f.get('statistics.window.high.value')).toContain(e.high);
    expect(f.get('statistics.window.high.date')).toContain(e.highDate);
    // The five-year comparison with the CSI 300 is chapter 2, Valuation and comparison.
    expect(factsOnPage(read(`${lang}/valuation/index.html`)).get('valuation.comparison.index.cumulative')).toContain(e.cum);
    expect(html).toContain(`<title>`);
    expect(text(`${lang}/index.html`)).toContain(e.title);
    // Statistics is chapter 1; the seed checks are about the Nikkei 225 and are not made.
    expect(html).toContain(`class="figure-number"`);
    expect([...html.matchAll(/class="figure-number"[^>]*>([^<]+)</g)][0]?.[1]).toBe(e.figure);
    expect(html).not.toContain('data-fact="statistics.seedCheck.');
    // The publisher is named where the figures are sourced, and on the Data page.
    expect(text(`${lang}/index.html`)).toContain('JPX');
    expect(text(`${lang}/data/index.html`)).toContain('JPX');
    expect(read('data/figures/statistics-trend.csv').split('\n')[0]).toBe('date,topix_close');
  });

  it('mentions the Nikkei nowhere: no page, no data file, no download', () => {
    const files = publishedFiles();
    expect(files.length).toBeGreaterThan(20);
    const hits = files.filter((f) => /nikkei|日经|日經|n225|\^n225/i.test(readFileSync(path.join(out, f), 'utf8')));
    expect(hits).toEqual([]);
  });

  it('leaves out the chapters and series that are about the Nikkei 225', () => {
    for (const lang of ['zh', 'en']) {
      for (const slug of ['overview', 'methodology', 'statistics', 'macro', 'derivatives', 'outlook'])
        // statistics is the landing page
        expect(existsSync(path.join(out, lang, slug)), `${lang}/${slug}`).toBe(false);
      expect(existsSync(path.join(out, lang, 'data/index.html'))).toBe(true);
    }
    const { facts } = JSON.parse(read('data/facts.json'));
    expect(Object.keys(facts)).toEqual(['edition', 'data', 'statistics', 'valuation', 'figures']);
    expect(Object.keys(facts.data)).toEqual(['topix', 'csi300', 'callRate', 'policyRate']);
    expect(readdirSync(path.join(out, 'data/series')).sort()).toEqual(['callRate.csv', 'csi300.csv', 'policyRate.csv', 'topix.csv']);
    expect(readdirSync(path.join(out, 'data/figures')).every((f) => /^(statistics|valuation)-/.test(f))).toBe(true);
  });

  it('resolves every internal link of the TOPIX site', () => {
    expect(brokenLinks(out)).toEqual([]);
  });
});
