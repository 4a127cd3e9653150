import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatPercent, formatNumber, formatQuarter } from '../../../src/lib/i18n/format';
import { LOCALES } from '../../../src/lib/i18n/locales';
import { STRING_FALLBACKS, STRING_FILES, t, WRITTEN_STRINGS } from '../../../src/lib/i18n/t';
import { FIGURES } from '../../../src/lib/report/figure-list';
import { reportNames } from '../../../src/lib/config/names';
import { SERIES_IDS } from '../../../src/lib/data/series-catalog';
import { REPORT_CONFIG } from '../../../src/lib/config/active';

// The strings as written, before any fallback: both shipped languages must be complete on their own.
const { zh, en } = WRITTEN_STRINGS as { zh: Record<string, string>; en: Record<string, string> };

/** A string's placeholders other than the report's names, whose form each language picks ({indexFull}, {theIndex}). */
const NAMES = new Set(Object.keys(reportNames('en')));
const placeholders = (s: string) =>
  [...s.matchAll(/\{([^}]+)\}/g)]
    .map((m) => m[1] as string)
    .filter((p) => !NAMES.has(p))
    .sort();

describe('UI strings', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('need no fallback to the default language', () => {
    expect(STRING_FALLBACKS).toEqual([]);
  });

  it('use the same placeholders in every language', () => {
    for (const key of Object.keys(zh)) {
      expect(placeholders(en[key]!), key).toEqual(placeholders(zh[key]!));
    }
  });

  it('define each key in one file only, and each chapter file mirrors the other language file by file', () => {
    for (const l of LOCALES) {
      const seen = new Map<string, string>();
      for (const [file, strings] of Object.entries(STRING_FILES[l])) {
        for (const k of Object.keys(strings)) {
          expect(seen.get(k), `${l}: "${k}" is in both ${seen.get(k)} and ${file}`).toBeUndefined();
          seen.set(k, file);
        }
      }
    }
    for (const file of Object.keys(STRING_FILES.zh)) {
      expect(Object.keys(STRING_FILES.en[file] ?? {}).sort(), file).toEqual(Object.keys(STRING_FILES.zh[file] ?? {}).sort());
    }
  });

  it('give every figure a title and caption, every chart a text alternative, and every source line', () => {
    for (const l of LOCALES) {
      const s = WRITTEN_STRINGS[l];
      for (const f of FIGURES) {
        const p = f.kind === 'chart' ? 'fig' : 'tab';
        expect(s[`${p}.${f.id}.title`], `${l}: ${p}.${f.id}.title`).toBeTruthy();
        expect(s[`${p}.${f.id}.caption`], `${l}: ${p}.${f.id}.caption`).toBeTruthy();
        if (f.kind === 'chart') expect(s[`fig.${f.id}.alt`], `${l}: fig.${f.id}.alt`).toBeTruthy();
        expect(s[`source.${f.source}`], `${l}: source.${f.source}`).toBeTruthy();
      }
    }
  });

  it('name each series’ publisher on the Data page, never the site or library it was downloaded from', () => {
    const mirror = /yahoo|fred\b|akshare|eastmoney|investing\.com|j-quants|github|as kept by|radar/i;
    // The index's and the comparator's publishers are the report config's (src/lib/site/data-page.ts).
    const fromConfig = [REPORT_CONFIG.index.series, REPORT_CONFIG.comparators[0]?.series];
    for (const l of ['en', 'zh'] as const) {
      const names = reportNames(l);
      expect([names.indexPublisher, names.comparatorPublisher].join(' '), `${l}: config publishers`).not.toMatch(mirror);
      for (const id of SERIES_IDS.filter((i) => !fromConfig.includes(i))) {
        const p = WRITTEN_STRINGS[l][`data.series.${id}.publisher`];
        expect(p, `${l}: data.series.${id}.publisher`).toBeTruthy();
        expect(p, `${l}: data.series.${id}.publisher`).not.toMatch(mirror);
      }
    }
  });

  it('are never empty', () => {
    for (const l of LOCALES) for (const [k, v] of Object.entries(WRITTEN_STRINGS[l])) expect(v.trim(), `${l}:${k}`).not.toBe('');
  });

  it('fail when a placeholder is left unfilled', () => {
    expect(() => t('en', 'chart.high', { value: '1' })).toThrow(/needs a value for \{date\}/);
    expect(t('zh', 'chart.high', { value: '30,670.10', date: '2021年9月14日' })).toBe('最高30,670.10（2021年9月14日）');
  });
});

describe('Intl formatting per language', () => {
  it('writes dates as a reader of each language expects, in UTC', () => {
    expect(formatDate('2021-09-14', 'zh')).toBe('2021年9月14日');
    expect(formatDate('2021-09-14', 'en')).toBe('Sep 14, 2021');
  });

  it('writes a monthly observation as its month and a quarterly one as its quarter', () => {
    expect(formatMonth('2026-08-01', 'zh')).toBe('2026年8月');
    expect(formatMonth('2026-08-01', 'en')).toBe('Aug 2026');
    expect(formatQuarter('2026-04-01', 'zh')).toBe('2026年第2季度');
    expect(formatQuarter('2025-10-01', 'en')).toBe('2025 Q4');
  });

  it('writes percentages and index levels with grouping and fixed decimals', () => {
    expect(formatPercent(-0.0833112, 'zh')).toBe('-8.33%');
    expect(formatPercent(0.0491, 'en', { signed: true })).toBe('+4.91%');
    expect(formatNumber(30670.0996, 'en')).toBe('30,670.10');
  });
});
