import * as vega from 'vega';
import { describe, expect, it } from 'vitest';
import { estimateTextWidth, installCjkTextWidth, isFullWidth } from '../../../src/lib/charts/text-width';

type Metrics = { width: (item: object, text: string) => number };
const metrics = (vega as unknown as { textMetrics: Metrics }).textMetrics;

describe('estimateTextWidth(text, fontSize)', () => {
  it('counts Chinese characters at no less than 0.95 em each', () => {
    const s = '日经二二五指数收盘价';
    expect(estimateTextWidth(s, 12)).toBeGreaterThanOrEqual(0.95 * 12 * s.length);
  });

  it('counts kana, Hangul, CJK and full-width punctuation as full width', () => {
    for (const ch of ['あ', 'カ', '한', '。', '（', '：', '年', '𠀀']) {
      expect(isFullWidth(ch.codePointAt(0) ?? 0), ch).toBe(true);
    }
  });

  it("keeps Vega's 0.8 em estimate for Latin letters, 0.66 em for digits and 0.36 em for separators and spaces", () => {
    // "Nikkei 225": 6 letters, a space, 3 digits.
    expect(estimateTextWidth('Nikkei 225', 10)).toBeCloseTo(10 * (0.8 * 6 + 0.36 + 0.66 * 3));
    expect(isFullWidth('A'.codePointAt(0) ?? 0)).toBe(false);
  });

  it('never estimates digits narrower than DejaVu Sans / Noto Sans draw them (0.636 em)', () => {
    expect(estimateTextWidth('0123456789', 10)).toBeGreaterThanOrEqual(10 * 0.636 * 10);
  });

  it('adds full and Latin widths in a mixed label', () => {
    // "最高 30,670.10（2021年9月14日）": 最高（年月日） are 7 full-width; 14 digits, a space, "," and ".".
    expect(estimateTextWidth('最高 30,670.10（2021年9月14日）', 12)).toBeCloseTo(12 * (7 + 0.66 * 14 + 0.36 * 3));
  });
});

describe('installCjkTextWidth()', () => {
  it("makes Vega's own textMetrics measure Chinese at >= 0.95 em per character", () => {
    installCjkTextWidth();
    const s = '资料来源：日本经济新闻社';
    expect(metrics.width({ fontSize: 13 }, s)).toBeGreaterThanOrEqual(0.95 * 13 * s.length);
  });

  it('is idempotent and caps at a text limit like Vega does when truncating', () => {
    installCjkTextWidth();
    const before = metrics.width;
    installCjkTextWidth();
    expect(metrics.width).toBe(before);
    expect(metrics.width({ fontSize: 12, limit: 50 }, '很长很长很长很长的标签')).toBe(50);
  });
});
