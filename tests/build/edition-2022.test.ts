import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedSite } from '../lib/shared-builds';
import { brokenLinks } from './lib/site';
import { CHAPTER_SLUGS, chapterNumber } from '../../src/chapters/registry';

/**
 * Builds the real site for the first edition that knows the 2022 report (REPORT_AS_OF=2022-07-21, the
 * latest date its text gives; its statistics window ends 2022-06-30) into a temporary folder and reads
 * what a reader and a downloader get. Expected values: the 2022 report where it is right, and numpy
 * (`python3 tests/reference/edition_2022_reference.py 2022-07-21`) for every figure.
 */
let out: string;
const read = (p: string) => readFileSync(path.join(out, p), 'utf8');

/** Text of every `<span data-fact="key">` on a page, by key. */
function factsOnPage(html: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const [, k, text] of html.matchAll(/data-fact="([^"]+)">([^<]*)</g)) m.set(k as string, [...(m.get(k as string) ?? []), text as string]);
  return m;
}

beforeAll(() => {
  out = sharedSite({ asOf: '2022-07-21' });
});

describe('the 2022-07-21 edition, built', () => {
  it('publishes facts.json with plain values in natural units', () => {
    const { edition, facts, units } = JSON.parse(read('data/facts.json'));
    expect(edition.asOf).toBe('2022-07-21');
    expect(facts.statistics.window.tradingDays).toBe(379);
    expect(facts.statistics.prevYear.return).toBeCloseTo(0.0491, 4);
    expect(facts.statistics.window.high).toEqual({ value: 30670.0996, date: '2021-09-14' });
    expect(facts.statistics.window.low).toEqual({ value: 24717.5293, date: '2022-03-09' });
    expect(facts.statistics.ytd.return).toBeCloseTo(-0.0343, 4);
    expect(facts.statistics.returns.maxGain.date).toBe('2022-03-10');
    expect(facts.statistics.returns.maxGain.value).toBeCloseTo(0.0394, 4);
    expect(facts.statistics.returns.maxLoss.date).toBe('2021-02-26');
    expect(facts.statistics.returns.maxLoss.value).toBeCloseTo(-0.0399, 4);
    expect(units['statistics.ytd.return']).toBe('pct');
  });

  it.each([
    [
      'zh',
      {
        days: '379',
        y2021: '4.91%',
        high: '30,670.10',
        highDate: '2021年9月14日',
        low: '24,717.53',
        lowDate: '2022年3月9日',
        ytd: '3.43%',
        gain: '3.94%',
        gainDate: '2022年3月10日',
        loss: '3.99%',
        lossDate: '2021年2月26日',
      },
    ],
    [
      'en',
      {
        days: '379',
        y2021: '4.91%',
        high: '30,670.10',
        highDate: 'Sep 14, 2021',
        low: '24,717.53',
        lowDate: 'Mar 9, 2022',
        ytd: '3.43%',
        gain: '3.94%',
        gainDate: 'Mar 10, 2022',
        loss: '3.99%',
        lossDate: 'Feb 26, 2021',
      },
    ],
  ])('states the key figures on the %s statistics page', (lang, e) => {
    const html = read(`${lang}/statistics/index.html`);
    const f = factsOnPage(html);
    expect(f.get('statistics.window.tradingDays')).toContain(e.days);
    expect(f.get('statistics.prevYear.return')).toContain(e.y2021);
    expect(f.get('statistics.window.high.value')).toContain(e.high);
    expect(f.get('statistics.window.high.date')).toContain(e.highDate);
    expect(f.get('statistics.window.low.value')).toContain(e.low);
    expect(f.get('statistics.window.low.date')).toContain(e.lowDate);
    expect(f.get('statistics.ytd.return')).toContain(e.ytd);
    expect(f.get('statistics.returns.maxGain.value')).toContain(e.gain);
    expect(f.get('statistics.returns.maxGain.date')).toContain(e.gainDate);
    expect(f.get('statistics.returns.maxLoss.value')).toContain(e.loss);
    expect(f.get('statistics.returns.maxLoss.date')).toContain(e.lossDate);
    // The descriptive-statistics table carries the same figures.
    expect(html).toMatch(new RegExp(`${e.gainDate}</td>`));
  });

  it('corrects the seed in both languages', () => {
    const zh = factsOnPage(read('zh/statistics/index.html'));
    const en = factsOnPage(read('en/statistics/index.html'));
    expect(zh.get('statistics.seedCheck.claims.std.seed')).toContain('0.06578%');
    expect(zh.get('statistics.seedCheck.claims.std.ours')).toContain('1.25%');
    expect(en.get('statistics.seedCheck.claims.std.ours')).toContain('1.25%');
    // The passage names the report's own window, so it reads true in every later edition too.
    const text = (p: string) =>
      read(p)
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ');
    expect(text('en/statistics/index.html')).toContain('For its window, Jan 1, 2021 to Jun 30, 2022, the 2022 Nikkei 225 report');
    expect(text('zh/statistics/index.html')).toContain('对其统计区间（2021年1月1日至2022年6月30日），2022年日经225研究报告');
    // Its figure is the standard error of the mean of daily changes rounded to 0.01 %: named, not called a typo.
    expect(en.get('statistics.seedCheck.claims.std.convention')).toContain('0.06578%');
    expect(zh.get('statistics.seedCheck.claims.excessKurtosis.convention')).toContain('0.149');
    // The register quotes the report whole, in its own (Traditional) script, with one verdict per check.
    const method = read('zh/methodology/index.html');
    expect(method).toContain('標准差爲0.06578%');
    expect(method).toContain('成立以來,該基金年度收益均劣于滬深300指數,僅2020年表現優于QDII基金');
  });

  it('names each source document by one term and never by the old ones', () => {
    for (const page of CHAPTER_SLUGS.map((c) => (c === 'overview' ? 'index.html' : `${c}/index.html`))) {
      const zh = read(`zh/${page}`).replace(/<[^>]+>/g, ' ');
      const en = read(`en/${page}`).replace(/<[^>]+>/g, ' ');
      expect(zh, page).not.toMatch(/种子报告|原报告|原始报告|原文档/);
      expect(en, page).not.toMatch(/[Ss]eed report|[Ss]eed document|the seed\b|[Oo]riginal report/);
    }
    expect(read('en/methodology/index.html')).toContain('The 2022 Nikkei 225 report');
    expect(read('zh/methodology/index.html')).toContain('2022年日经225研究报告');
  });

  it('writes the QDII fund\'s return signed, never after a fixed "rose" / "上涨"', () => {
    const text = (p: string) =>
      read(p)
        .replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ');
    const en = text('en/funds/index.html');
    const zh = text('zh/funds/index.html');
    expect(en).toContain('513520 returned +1.51%, behind the index');
    expect(en).not.toMatch(/rose (only )?[-+−]\d/);
    expect(zh).toMatch(/513520为\+1\.51%，落后于指数/);
    expect(zh).not.toMatch(/上涨[-+−]\d/);
  });

  it('numbers figures per chapter, renders every chart as inline SVG, and links each CSV', () => {
    for (const lang of ['zh', 'en']) {
      const html = read(`${lang}/statistics/index.html`);
      const numbers = [...html.matchAll(/class="figure-number"[^>]*>([^<]+)</g)].map((m) => m[1]);
      // Statistics is chapter chapterNumber('statistics'): four charts and five tables in reading order.
      const n = chapterNumber('statistics');
      const order = ['F1', 'T1', 'F2', 'T2', 'T3', 'T4', 'F3', 'F4', 'T5'];
      expect(numbers).toEqual(order.map((x) => (lang === 'zh' ? `${x[0] === 'F' ? '图' : '表'}${n}-${x[1]}` : `${x[0] === 'F' ? 'Figure' : 'Table'} ${n}.${x[1]}`)));
      // One SVG per chart, a graphics document named by its text alternative and described by its long description.
      expect(html.match(/<div class="chart"[^>]*><svg\b/g)).toHaveLength(4);
      expect(html.match(/<svg\b[^>]*role="graphics-document"[^>]*aria-label="[^"]+" aria-describedby="[\w-]+-desc"/g)).toHaveLength(4);
      expect(html.match(/<details class="chart-reading"/g)).toHaveLength(4);
      expect(html).not.toMatch(/NaN|undefined/);
    }
    expect(read('data/figures/statistics-trend.csv').split('\n')[1]).toBe('2021-01-04,27258.3809');
  });

  it('resolves every internal link and cross-reference of this edition', () => {
    expect(brokenLinks(out)).toEqual([]);
  });

  it('reads the outlook as of its date: above the 200-day average, the 1989 high not yet regained, no hike yet', () => {
    const { facts } = JSON.parse(read('data/facts.json'));
    // numpy: close 27,803.00 against a 200-session mean of 27,599.72.
    expect(facts.outlook.trend.position).toBe('above');
    expect(facts.outlook.drawdown.peakDate).toBe('1989-12-29');
    expect(facts.outlook.policy.hikes).toBe(0);
    // Monthly and quarterly series enter an edition only once published (June's BOJ accounts in July, Q2 GDP in August).
    expect(facts.data.bojAssets.last).toBe('2022-06-01');
    expect(facts.data.gdpReal.last).toBe('2022-01-01');
    const zh = factsOnPage(read('zh/outlook/index.html'));
    expect(zh.get('outlook.drawdown.peakDate')).toContain('1989年12月29日');
  });

  it('links each page to its other language and declares its language', () => {
    const zh = read('zh/statistics/index.html');
    expect(zh).toMatch(/<html lang="zh-CN"/);
    expect(zh).toMatch(/<link rel="alternate" hreflang="en" href="\/en\/statistics\/"/);
    expect(zh).toMatch(/<a class="lang" href="\/en\/statistics\/"/);
    expect(read('en/statistics/index.html')).toMatch(/<html lang="en"/);
    expect(read('index.html')).toMatch(/url=\/zh\//);
  });
});
