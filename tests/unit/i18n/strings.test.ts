import { describe, expect, it } from 'vitest';
import { formatDate, formatPercent, formatNumber } from '../../../src/lib/i18n/format';
import { LOCALES } from '../../../src/lib/i18n/locales';
import en from '../../../src/lib/i18n/strings/en.json';
import zh from '../../../src/lib/i18n/strings/zh.json';
import { t } from '../../../src/lib/i18n/t';

const placeholders = (s: string) => [...s.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('use the same placeholders in every language', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });

  it('are never empty', () => {
    for (const l of LOCALES) for (const [k, v] of Object.entries(l === 'zh' ? zh : en)) expect(v.trim(), `${l}:${k}`).not.toBe('');
  });

  it('fail when a placeholder is left unfilled', () => {
    expect(() => t('en', 'chart.high', { value: '1' })).toThrow(/needs a value for \{date\}/);
    expect(t('zh', 'chart.high', { value: '30,670.10', date: '2021年9月14日' })).toBe('最高 30,670.10（2021年9月14日）');
  });
});

describe('Intl formatting per language', () => {
  it('writes dates as a reader of each language expects, in UTC', () => {
    expect(formatDate('2021-09-14', 'zh')).toBe('2021年9月14日');
    expect(formatDate('2021-09-14', 'en')).toBe('Sep 14, 2021');
  });

  it('writes percentages and index levels with grouping and fixed decimals', () => {
    expect(formatPercent(-0.0833112, 'zh')).toBe('-8.33%');
    expect(formatPercent(0.0491, 'en', { signed: true })).toBe('+4.91%');
    expect(formatNumber(30670.0996, 'en')).toBe('30,670.10');
  });
});
