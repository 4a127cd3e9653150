import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  formatClauses,
  formatCount,
  formatDate,
  formatLargeNumber,
  formatList,
  formatMonth,
  formatNumber,
  formatPercent,
  formatPercentile,
  formatQuarter,
  joinSentences,
  labelled,
  quote,
} from '../../../src/lib/i18n/format';
import { formatFact } from '../../../src/lib/report/format-fact';
import {
  DATA_LOCALE,
  DEFAULT_LOCALE,
  LANG_TAG,
  LANGUAGE_NAME,
  LOCALE_SPECS,
  LOCALES,
  WRITTEN_LOCALES,
  isLocale,
  localeOfTag,
  localeSpec,
  sourceLocale,
  validateLocaleSpecs,
} from '../../../src/lib/i18n/locales';
import { count, date, month, percentile, quarter, ratio } from '../../../src/lib/report/fact';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/**
 * Each format of each shipped language against strings written out by hand (not computed with Intl), so a
 * change to the spec or to the formatters that alters what a reader sees fails here.
 */
const EXPECTED = {
  zh: {
    day: '2026年9月24日',
    month: '2026年9月',
    quarter: '2026年第3季度',
    number: '30,670.10',
    signedPercent: '+4.91%',
    percentiles: ['第79百分位', '第1百分位', '第22百分位', '第3百分位', '第11百分位'],
    count: '13,944',
    large: { notional: '3,276万', big: '25亿', small: '9,999', negative: '-1.2万' },
    list: '能源、金融、科技',
    clauses: '甲；乙',
    sentences: '第一句。第二句。',
    quote: '“表”',
    innerQuote: '‘表’',
    labelled: '图 3：标题',
  },
  'zh-hant': {
    day: '2026年9月24日',
    month: '2026年9月',
    quarter: '2026年第3季',
    number: '30,670.10',
    signedPercent: '+4.91%',
    percentiles: ['第79百分位', '第1百分位', '第22百分位', '第3百分位', '第11百分位'],
    count: '13,944',
    large: { notional: '3,276萬', big: '25億', small: '9,999', negative: '-1.2萬' },
    list: '能源、金融、科技',
    clauses: '甲；乙',
    sentences: '第一句。第二句。',
    quote: '「表」',
    innerQuote: '『表』',
    labelled: '圖 3：標題',
  },
  en: {
    day: 'Sep 24, 2026',
    month: 'Sep 2026',
    quarter: '2026 Q3',
    number: '30,670.10',
    signedPercent: '+4.91%',
    percentiles: ['79th percentile', '1st percentile', '22nd percentile', '3rd percentile', '11th percentile'],
    count: '13,944',
    large: { notional: '32,756,994', big: '2,500,000,000', small: '9,999', negative: '-12,000.0' },
    list: 'Energy, Financials, Tech',
    clauses: 'a; b',
    sentences: 'One. Two.',
    quote: '“table”',
    innerQuote: '‘table’',
    labelled: 'Figure 3: Title',
  },
} as const;

describe('the locale spec', () => {
  it('lists the shipped languages with the default first and their tags and names', () => {
    expect(LOCALES).toEqual(['zh', 'zh-hant', 'en']);
    expect(WRITTEN_LOCALES).toEqual(['zh', 'en']);
    expect(sourceLocale('zh-hant')).toBe('zh');
    expect(sourceLocale('en')).toBe('en');
    expect(DEFAULT_LOCALE).toBe('zh');
    expect(DATA_LOCALE).toBe('en');
    expect(LANG_TAG).toEqual({ zh: 'zh-CN', 'zh-hant': 'zh-Hant-TW', en: 'en' });
    expect(LANGUAGE_NAME).toEqual({ zh: '简体中文', 'zh-hant': '繁體中文', en: 'English' });
    expect(localeOfTag('zh-cn')).toBe('zh');
    expect(localeOfTag('zh-hant-tw')).toBe('zh-hant');
    expect(localeOfTag('zh-TW')).toBeUndefined();
    expect(isLocale('en')).toBe(true);
    expect(isLocale('fr')).toBe(false);
  });

  it('declares per language the running-head separator, Pagefind language and print fonts', () => {
    expect(localeSpec('zh').runningHeadSeparator).toBe('　');
    expect(localeSpec('en').runningHeadSeparator).toBe(' · ');
    expect(localeSpec('zh').searchLanguage).toBe('zh-cn');
    expect(localeSpec('en').searchLanguage).toBe('en');
    expect(localeSpec('zh-hant').runningHeadSeparator).toBe('　');
    expect(localeSpec('zh-hant').searchLanguage).toBe('zh-hant-tw');
    for (const l of ['zh', 'en'] as const) expect(localeSpec(l).fonts.image).toBe('Noto Sans CJK SC');
    expect(localeSpec('zh-hant').fonts.image).toBe('Noto Sans CJK TC');
    expect(localeSpec('zh-hant').fonts.print).toEqual({ serif: '@fontsource/noto-serif-tc', sans: '@fontsource/noto-sans-tc', subset: 'chinese-traditional' });
    expect(localeSpec('zh-hant').derived).toEqual({ from: 'zh', opencc: { from: 'cn', to: 'twp' } });
    const sc = { serif: '@fontsource/noto-serif-sc', sans: '@fontsource/noto-sans-sc', subset: 'chinese-simplified' };
    expect(localeSpec('zh').fonts.print).toEqual(sc);
    // English is set in Latin faces over the SC ones (which draw ’ “ ” § full-width).
    expect(localeSpec('en').fonts.print).toEqual({ ...sc, latin: { serif: '@fontsource/noto-serif', sans: '@fontsource/noto-sans' } });
  });

  it('names print font packages the project depends on, at an exact version', () => {
    const deps = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies;
    for (const l of LOCALES) {
      const p = localeSpec(l).fonts.print;
      for (const pkg of [p.serif, p.sans, ...(p.latin ? [p.latin.serif, p.latin.sans] : [])]) expect(deps[pkg], `${l}: ${pkg}`).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('gives the screen stylesheet the font stack of the charts, from the spec (the layout sets it on <html>)', () => {
    const css = readFileSync(path.join(ROOT, 'src/styles/screen.css'), 'utf8');
    const layout = readFileSync(path.join(ROOT, 'src/layouts/Base.astro'), 'utf8');
    expect(css).toMatch(/body \{[^}]*font-family: var\(--font-text/);
    expect(layout).toContain('--font-text: ${localeSpec(locale).fonts.screen}');
    // No language's stack written into the stylesheet beside the spec's.
    expect(css).not.toMatch(/Noto Sans CJK|PingFang|YaHei|JhengHei/);
  });

  it('rejects a derived language whose source is unknown or itself derived', () => {
    const { zh, en } = LOCALE_SPECS;
    const hant = LOCALE_SPECS['zh-hant'];
    expect(() => validateLocaleSpecs({ zh, 'zh-hant': { ...hant, derived: { ...hant.derived!, from: 'ja' } } }, 'zh')).toThrow(
      /Locale spec "zh-hant": derived\.from "ja" is not a locale/,
    );
    expect(() => validateLocaleSpecs({ zh, en: { ...en, derived: { from: 'zh-hant', opencc: { from: 'cn', to: 'tw' } } }, 'zh-hant': hant }, 'zh')).toThrow(
      /derived\.from "zh-hant" is itself derived/,
    );
  });

  it('rejects a spec that is wrong, naming the locale and the field', () => {
    const zh = LOCALE_SPECS.zh;
    expect(() => validateLocaleSpecs({ zh: { ...zh, dates: { ...zh.dates, quarter: '{year}年' } } }, 'zh')).toThrow(
      /Locale spec "zh": dates\.quarter must contain \{year\} and \{quarter\}/,
    );
    expect(() => validateLocaleSpecs({ xx: zh }, 'xx')).toThrow(/Locale spec "xx": code is "zh", must equal its key/);
    expect(() => validateLocaleSpecs({ zh, en: { ...LOCALE_SPECS.en, tag: 'zh-CN' } }, 'zh')).toThrow(/Locale spec "en": tag "zh-CN" is used by another locale/);
    expect(() => validateLocaleSpecs({ en: LOCALE_SPECS.en }, 'zh' as 'en')).toThrow(/default locale "zh" has no locale spec/);
    expect(() =>
      validateLocaleSpecs(
        {
          zh: {
            ...zh,
            largeNumbers: [
              { value: 1e4, word: '万' },
              { value: 1e8, word: '亿' },
            ],
          },
        },
        'zh',
      ),
    ).toThrow(/largeNumbers must run from the largest unit down/);
    expect(() => validateLocaleSpecs({ zh: { ...zh, fonts: { ...zh.fonts, print: { ...zh.fonts.print, serif: 'noto-serif-sc' } } } }, 'zh')).toThrow(/fonts\.print\.serif/);
  });
});

describe.each(LOCALES)('formats in %s', (l) => {
  const x = EXPECTED[l];
  // Inputs in the language's own script: Simplified for zh, Traditional for zh-hant.
  const zh = (simplified: string, traditional: string, english: string) => (localeSpec(l).spacedWords ? english : l === 'zh' ? simplified : traditional);

  it('writes a day, a month and a quarter', () => {
    expect(formatDate('2026-09-24', l)).toBe(x.day);
    expect(formatMonth('2026-09-24', l)).toBe(x.month);
    expect(formatMonth('2026-09', l)).toBe(x.month);
    expect(formatQuarter('2026-07-01', l)).toBe(x.quarter);
    expect(formatFact(date('2026-09-24'), l)).toBe(x.day);
    expect(formatFact(month('2026-09-01'), l)).toBe(x.month);
    expect(formatFact(quarter('2026-07-01'), l)).toBe(x.quarter);
  });

  it('writes numbers, percentages and counts', () => {
    expect(formatNumber(30670.0996, l)).toBe(x.number);
    expect(formatPercent(0.0491, l, { signed: true })).toBe(x.signedPercent);
    expect(formatCount(13944, l)).toBe(x.count);
  });

  it('writes a percentile rank as an ordinal percentile, never with "%"', () => {
    expect([0.7917, 0.0123, 0.22, 0.03, 0.113].map((p) => formatPercentile(p, l))).toEqual(x.percentiles);
    expect(formatFact(percentile(0.7917), l)).toBe(x.percentiles[0]);
    expect(formatFact(percentile(0.7917), l, { digits: 2 })).toBe(x.percentiles[0]);
  });

  it('writes large amounts in the words its readers expect', () => {
    expect(formatLargeNumber(32756994.15, l, { digits: 0 })).toBe(x.large.notional);
    expect(formatLargeNumber(2.5e9, l, { digits: 0 })).toBe(x.large.big);
    expect(formatLargeNumber(9999, l, { digits: 0 })).toBe(x.large.small);
    expect(formatLargeNumber(-12000, l, { digits: 1 })).toBe(x.large.negative);
    expect(formatFact(ratio(32756994.15), l, { digits: 0, large: true })).toBe(x.large.notional);
    expect(formatFact(count(9999), l, { large: true })).toBe(x.large.small);
  });

  it('joins lists, clauses and sentences, and quotes and labels text', () => {
    const spaced = localeSpec(l).spacedWords;
    expect(formatList(spaced ? ['Energy', 'Financials', 'Tech'] : ['能源', '金融', '科技'], l)).toBe(x.list);
    expect(formatClauses(spaced ? ['a', 'b'] : ['甲', '乙'], l)).toBe(x.clauses);
    expect(joinSentences(spaced ? ['One.', 'Two.'] : ['第一句。', '第二句。'], l)).toBe(x.sentences);
    expect(quote(spaced ? 'table' : '表', l)).toBe(x.quote);
    expect(quote(spaced ? 'table' : '表', l, { inner: true })).toBe(x.innerQuote);
    expect(labelled(zh('图 3', '圖 3', 'Figure 3'), zh('标题', '標題', 'Title'), l)).toBe(x.labelled);
  });
});

describe('Open Graph locale', () => {
  it('writes language_TERRITORY without the script subtag', async () => {
    const { ogLocale } = await import('../../../src/lib/i18n/locales');
    expect(ogLocale('zh-CN')).toBe('zh_CN');
    expect(ogLocale('zh-Hant-TW')).toBe('zh_TW');
    expect(ogLocale('en')).toBe('en');
    expect(ogLocale('pt-br')).toBe('pt_BR');
  });
});
