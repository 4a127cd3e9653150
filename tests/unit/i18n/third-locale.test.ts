import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatDate, formatLargeNumber, formatList, formatMonth, formatNumber, formatPercent, formatQuarter, joinSentences, quote } from '../../../src/lib/i18n/format';
import { formatFact } from '../../../src/lib/report/format-fact';
import { LOCALE_SPECS, validateLocaleSpecs, type LocaleSpecInput } from '../../../src/lib/i18n/locales';
import { localizedFieldsFor, localizedText, withDerivedTexts } from '../../../src/lib/i18n/localized';
import { fallbackWarning, resolveStrings, STRING_FILES } from '../../../src/lib/i18n/t';
import { quarter, ratio } from '../../../src/lib/report/fact';

/**
 * A language the report does not ship, declared from the locale spec's schema alone: Traditional Chinese
 * for Taiwan (the shape issue 17 will take), and French for a decimal comma. Nothing here touches the
 * formatters' code: if they still tested the language, these would come out in Simplified Chinese or English.
 */
const zhHant: LocaleSpecInput = {
  ...LOCALE_SPECS.zh,
  code: 'zh-hant',
  tag: 'zh-Hant-TW',
  name: '繁體中文',
  intl: 'zh-TW',
  dates: { day: { year: 'numeric', month: 'long', day: 'numeric' }, month: { year: 'numeric', month: 'long' }, quarter: '{year}年第{quarter}季' },
  largeNumbers: [
    { value: 1e8, word: '億' },
    { value: 1e4, word: '萬' },
  ],
  quotes: { open: '「', close: '」', innerOpen: '『', innerClose: '』' },
  fonts: { ...LOCALE_SPECS.zh.fonts, image: 'Noto Sans CJK TC', print: { serif: '@fontsource/noto-serif-tc', sans: '@fontsource/noto-sans-tc', subset: 'chinese-traditional' } },
  searchLanguage: 'zh-hant-tw',
};
const fr: LocaleSpecInput = {
  ...LOCALE_SPECS.en,
  code: 'fr',
  tag: 'fr',
  name: 'Français',
  intl: 'fr',
  dates: { day: { year: 'numeric', month: 'long', day: 'numeric' }, month: { year: 'numeric', month: 'long' }, quarter: 'T{quarter} {year}' },
  largeNumbers: [],
  listSeparator: ', ',
  quotes: { open: '« ', close: ' »', innerOpen: '“', innerClose: '”' },
};

const specs = validateLocaleSpecs({ zh: LOCALE_SPECS.zh, en: LOCALE_SPECS.en, 'zh-hant': zhHant, fr }, 'zh');
const hant = specs['zh-hant'];

describe('a third language from its spec alone', () => {
  it('writes dates, months and quarters in its own forms', () => {
    expect(formatDate('2026-09-24', hant)).toBe('2026年9月24日');
    expect(formatMonth('2026-09-01', hant)).toBe('2026年9月');
    expect(formatQuarter('2026-07-01', hant)).toBe('2026年第3季');
    expect(formatFact(quarter('2026-10-01'), hant)).toBe('2026年第4季');
    expect(formatDate('2026-09-24', specs.fr)).toBe('24 septembre 2026');
    expect(formatQuarter('2026-07-01', specs.fr)).toBe('T3 2026');
  });

  it('writes numbers with its Intl locale and large amounts in its own words', () => {
    expect(formatLargeNumber(32756994.15, hant, { digits: 0 })).toBe('3,276萬');
    expect(formatLargeNumber(2.5e9, hant, { digits: 1 })).toBe('25.0億');
    expect(formatFact(ratio(65513988.3), hant, { digits: 0, large: true })).toBe('6,551萬');
    // French groups with a narrow no-break space and writes a decimal comma; the percent sign follows a no-break space.
    expect(formatNumber(30670.0996, specs.fr)).toBe('30\u202f670,10');
    expect(formatPercent(0.0491, specs.fr)).toBe('4,91\u00a0%');
  });

  it('quotes, lists and joins sentences as the spec says', () => {
    expect(quote('日經225', hant)).toBe('「日經225」');
    expect(quote('Nikkei', specs.fr)).toBe('« Nikkei »');
    expect(formatList(['能源', '金融'], hant)).toBe('能源、金融');
    expect(joinSentences(['第一句。', '第二句。'], hant)).toBe('第一句。第二句。');
    expect(joinSentences(['Un.', 'Deux.'], specs.fr)).toBe('Un. Deux.');
  });
});

describe('UI strings of a language that lacks some', () => {
  const files = {
    zh: { base: { 'site.title': '日经225研究', 'nav.home': '首页', 'chart.high': '最高{value}（{date}）' } },
    en: { base: { 'site.title': 'Nikkei 225 Research', 'nav.home': 'Home', 'chart.high': 'High {value} ({date})' } },
    'zh-hant': { base: { 'site.title': '日經225研究' } },
  };

  it('fall back to the default language, key by key, and list what fell back', () => {
    const { strings, written, fallbacks } = resolveStrings(files, 'zh');
    expect(strings['zh-hant']).toEqual({ 'site.title': '日經225研究', 'nav.home': '首页', 'chart.high': '最高{value}（{date}）' });
    expect(written['zh-hant']).toEqual({ 'site.title': '日經225研究' });
    expect(strings.en).toEqual(files.en.base);
    expect(fallbacks).toEqual([
      { locale: 'zh-hant', key: 'nav.home' },
      { locale: 'zh-hant', key: 'chart.high' },
    ]);
    expect(fallbackWarning(fallbacks)).toBe('UI strings: 2 missing in "zh-hant", shown in "zh": nav.home, chart.high');
  });

  it('fail when a language defines a key the default lacks', () => {
    expect(() => resolveStrings({ ...files, 'zh-hant': { base: { 'site.title': '日經', 'nav.only': '只在此' } } }, 'zh')).toThrow(
      /UI strings of "zh-hant" define "nav.only", which the default locale "zh" lacks/,
    );
  });

  it('leave the shipped languages without a warning', () => {
    expect(resolveStrings(STRING_FILES, 'zh').fallbacks).toEqual([]);
    expect(fallbackWarning([])).toBeNull();
  });
});

describe('curated texts with a third language', () => {
  it('require its text: no fallback, the error names the language', () => {
    const schema = z.object(localizedFieldsFor(['zh', 'en', 'zh-hant']));
    const r = schema.safeParse({ zh: '能源', en: 'Energy' });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['zh-hant']);
    expect(schema.parse({ zh: '能源', en: 'Energy', 'zh-hant': '能源' })).toEqual({ zh: '能源', en: 'Energy', 'zh-hant': '能源' });
  });

  it('are required in every shipped language, a derived one completed from its source before validation', () => {
    expect(localizedText.safeParse({ zh: '能源' }).success).toBe(false);
    expect(localizedText.safeParse({ zh: '能源', en: 'Energy' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['zh-hant']);
    expect(localizedText.parse(withDerivedTexts({ zh: '日经225市盈率', en: 'Nikkei 225 P/E' }))).toEqual({ zh: '日经225市盈率', en: 'Nikkei 225 P/E', 'zh-hant': '日經225本益比' });
    // A text that writes the derived language keeps its own words; one without every written language is left alone.
    expect(withDerivedTexts({ zh: '能源', en: 'Energy', 'zh-hant': '能源業' })['zh-hant']).toBe('能源業');
    expect(withDerivedTexts({ rows: [{ zh: '数据', en: 'data' }, { zh: '数据' }] })).toEqual({ rows: [{ zh: '数据', en: 'data', 'zh-hant': '資料' }, { zh: '数据' }] });
  });
});
