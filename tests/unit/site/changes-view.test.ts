import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../src/lib/i18n/locales';
import { t } from '../../../src/lib/i18n/t';
import type { ReportText } from '../../../src/lib/report/report-text';
import { changeText } from '../../../src/lib/site/changes-view';

/** UI strings only: what changeText reads of a page's text helpers. */
const tx = (locale: Locale): ReportText => ({
  locale,
  t: (key, vars = {}) => t(locale, key, vars as Record<string, string>),
  fact: () => {
    throw new Error('not used');
  },
});

describe('changeText(change, locale, tx)', () => {
  it('writes a percentage’s change in percentage points, signed', () => {
    expect(changeText({ unit: 'pct', change: 0.0312, relative: null }, 'en', tx('en'))).toBe('+3.12 pp');
    expect(changeText({ unit: 'pct', change: -0.0904, relative: null }, 'zh', tx('zh'))).toBe('-9.04个百分点');
  });

  it('writes a close’s change in points and per cent', () => {
    expect(changeText({ unit: 'pts', change: -4548.332, relative: -0.0649184 }, 'en', tx('en'))).toBe('-4,548.33 (-6.49%)');
    expect(changeText({ unit: 'pts', change: 18998.6, relative: 0.3721 }, 'zh', tx('zh'))).toBe('+18,998.60（+37.21%）');
  });

  it('writes a ratio’s change as the difference', () => {
    expect(changeText({ unit: 'ratio', change: -0.3556, relative: null }, 'en', tx('en'))).toBe('-0.36');
  });
});
