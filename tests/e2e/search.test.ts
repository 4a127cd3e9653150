import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserFound, connectSite, type Site } from './lib/setup';
import { deriveText, DERIVED_LOCALES } from '../../src/lib/i18n/derive';

/**
 * Full-text search (Pagefind, ranked by whole words in src/scripts/search-rank.ts) in each language, served
 * from the site itself, tested against the built index: a fixed set of queries with the page each must
 * rank first; whole Chinese words before scattered characters; "Sharpe" before "sharply"; clean excerpts.
 */
const ZH: readonly [string, string][] = [
  ['市盈率', '/zh/valuation/'],
  ['美元兑日元', '/zh/economy/'],
  ['日本央行', '/zh/macro/'],
  ['夏普比率', '/zh/statistics/'],
  ['Sharpe', '/zh/statistics/'],
  ['日銀', '/zh/macro/'],
  ['BOJ', '/zh/macro/'],
  ['沪深300', '/zh/valuation/'],
  ['偏度', '/zh/statistics/'],
  ['峰度', '/zh/statistics/'],
  ['期货', '/zh/derivatives/'],
  ['QDII', '/zh/funds/'],
  ['成份股', '/zh/constituents/'],
  ['通胀', '/zh/economy/'],
  ['情景', '/zh/outlook/'],
  ['公式', '/zh/methodology/'],
  ['权重上限', '/zh/'],
  ['新冠', '/zh/economy/'],
  ['泡沫', '/zh/'],
  ['量化质化宽松', '/zh/macro/'],
  ['芝加哥', '/zh/derivatives/'],
  ['美元兑日元', '/zh/economy/'],
  ['研究方法', '/zh/methodology/'],
  ['政策利率', '/zh/macro/'],
];
const EN: readonly [string, string][] = [
  ['Sharpe', '/en/statistics/'],
  ['Bank of Japan', '/en/macro/'],
  ['BOJ', '/en/macro/'],
  ['CSI 300', '/en/valuation/'],
  ['skewness', '/en/statistics/'],
  ['kurtosis', '/en/statistics/'],
  ['excess kurtosis', '/en/statistics/'],
  ['futures', '/en/derivatives/'],
  ['QDII', '/en/funds/'],
  ['constituents', '/en/constituents/'],
  ['inflation', '/en/economy/'],
  ['scenarios', '/en/outlook/'],
  ['formulas', '/en/methodology/'],
  ['COVID', '/en/economy/'],
  ['P/E', '/en/valuation/'],
  ['normalisation', '/en/outlook/'],
  ['bubble', '/en/'],
  ['weight cap', '/en/'],
  ['Osaka', '/en/derivatives/'],
  ['Singapore', '/en/derivatives/'],
  ['tracking difference', '/en/funds/'],
  ['QDII', '/en/funds/'],
  ['USD/JPY', '/en/economy/'],
  ['yen carry trade', '/en/'],
];

/**
 * Each derived language's index asked the Chinese queries as its readers write them (converted as its text
 * is: 市盈率 -> 本益比, 通胀 -> 通膨), expecting the same chapter in that language first.
 */
const DERIVED_QUERIES = DERIVED_LOCALES.flatMap((l) => ZH.map(([q, p]) => [l, deriveText(q!, l), p!.replace(/^\/zh\//, `/${l}/`)]));
const WHOLE = ['市盈率', '日元', '日本央行', '夏普比率'];

interface Shown {
  href: string;
  excerpt: string;
  marks: string[];
}

/** Runs a query on the language's search page and returns the results as listed. */
async function search(site: Site, page: Page, lang: string, q: string): Promise<Shown[]> {
  await page.goto(`${site.url}/${lang}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(
    () => {
      const s = document.querySelector('.search-status')?.textContent ?? '';
      return s !== '' && !s.endsWith('…');
    },
    null,
    { timeout: 15_000 },
  );
  return page.$$eval('.search-results li', (lis) =>
    lis.map((li) => ({
      href: li.querySelector('a')?.getAttribute('href') ?? '',
      excerpt: li.querySelector('.search-excerpt')?.textContent ?? '',
      marks: [...li.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
    })),
  );
}

describe.skipIf(!browserFound)('search in Chromium', () => {
  const site = connectSite();

  it.each([...ZH.map(([q, p]) => ['zh', q, p]), ...DERIVED_QUERIES, ...EN.map(([q, p]) => ['en', q, p])])('/%s/search/ ranks "%s" first on %s', async (lang, q, expected) => {
    const page = await site.browser.newPage();
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url)) foreign.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    const shown = await search(site, page, lang!, q!);
    expect(shown[0]?.href, shown.map((s) => s.href).join(' ')).toBe(expected);
    for (const s of shown) expect(s.href.startsWith(`/${lang}/`), s.href).toBe(true);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([...WHOLE.map((q) => ['zh', q]), ...DERIVED_LOCALES.flatMap((l) => WHOLE.map((q) => [l, deriveText(q, l)]))])(
    '/%s/search/ finds "%s" as a whole word before its characters apart',
    async (lang, q) => {
      const page = await site.browser.newPage();
      const shown = await search(site, page, lang!, q!);
      expect(shown.length).toBeGreaterThan(0);
      // The first result shows the word whole and marks it whole; no page with only its characters comes before one with the word.
      expect(shown[0]!.excerpt).toContain(q);
      expect(shown[0]!.marks.every((m) => m === q)).toBe(true);
      const whole = shown.map((s) => s.marks.includes(q));
      expect(whole.indexOf(false) === -1 || whole.lastIndexOf(true) < whole.indexOf(false), whole.join(',')).toBe(true);
      await page.close();
    },
  );

  it('finds "Sharpe", never "sharply" before it', async () => {
    const page = await site.browser.newPage();
    const shown = await search(site, page, 'en', 'Sharpe');
    expect(shown[0]!.marks).toContain('Sharpe');
    const first = shown.findIndex((s) => !s.marks.some((m) => /^sharpe/i.test(m)));
    if (first !== -1) expect(shown.slice(first).every((s) => !s.marks.some((m) => /^sharpe/i.test(m)))).toBe(true);
    for (const s of shown) expect(s.marks.map((m) => m.toLowerCase())).not.toContain('sharply');
    await page.close();
  });

  it('keeps figure chrome out of excerpts: no download links, no cells run together', async () => {
    const page = await site.browser.newPage();
    for (const [lang, q] of [
      ['zh', '下载数据'],
      ['en', 'Download data'],
      ['en', 'drawdown'],
      ['zh', '最大回撤'],
    ] as const) {
      const shown = await search(site, page, lang, q);
      for (const s of shown) {
        expect(s.excerpt, `${lang} ${q}`).not.toMatch(/（CSV）|\(CSV\)/);
        expect(s.excerpt).not.toMatch(/MeasureValue|指标数值/);
      }
    }
    await page.close();
  });
});
