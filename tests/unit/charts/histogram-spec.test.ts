import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/render';
import { PALETTE } from '../../../src/lib/charts/theme';
import { histogramSpec } from '../../../src/lib/charts/histogram-spec';
import { compileWarnings, snapshotView, svgTexts } from './fixtures';

// Eight 1 % bins from -4 % to +4 %, and a normal curve (mean 0, sd 1.5 %) scaled to 100 days × 1 % bin width.
const BINS = [1, 4, 12, 30, 31, 14, 6, 2].map((count, i) => ({ x0: (i - 4) / 100, x1: (i - 3) / 100, count }));
const NORMAL = Array.from({ length: 17 }, (_, i) => {
  const x = (i - 8) / 200;
  return { x, density: (100 * 0.01 * Math.exp(-((x / 0.015) ** 2) / 2)) / (0.015 * Math.sqrt(2 * Math.PI)) };
});
const TEXT = { xTitle: '日收益率', yTitle: '天数', barsLabel: '实际分布', normalLabel: '正态分布' };

describe('histogramSpec(input)', () => {
  it('compiles with Vega-Lite without warnings', () => {
    expect(compileWarnings(histogramSpec({ locale: 'zh', bins: BINS, normal: NORMAL, text: TEXT }))).toEqual([]);
  });

  it('matches the snapshot', () => {
    expect(snapshotView(histogramSpec({ locale: 'en', bins: BINS, normal: NORMAL, text: TEXT }), 'en')).toMatchSnapshot();
  });

  it('renders percent ticks and a legend naming bars and curve', async () => {
    const svg = await renderSvg(histogramSpec({ locale: 'zh', bins: BINS, normal: NORMAL, text: TEXT }), { id: 'fig-hist' });
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['-4%', '0%', '4%', '实际分布', '正态分布', '日收益率', '天数']));
  });

  it('draws bars from zero to their count', async () => {
    const svg = await renderSvg(histogramSpec({ locale: 'en', bins: BINS, normal: NORMAL, text: TEXT }), { id: 'fig-hist' });
    const bars = [...svg.matchAll(new RegExp(String.raw`<path d="M([\d.]+),([\d.]+)h([\d.]+)v([\d.]+)h-[\d.]+Z" fill="${PALETTE.bar}"`, 'g'))];
    expect(bars).toHaveLength(BINS.length);
    const heights = bars.map((m) => Number(m[4]));
    // The tallest bar is the 31-day bin, 31/30 as tall as the 30-day one.
    expect(heights[4]).toBe(Math.max(...heights));
    expect((heights[4] ?? 0) / (heights[3] ?? 1)).toBeCloseTo(31 / 30, 2);
  });

  it('refuses an empty histogram', () => {
    expect(() => histogramSpec({ locale: 'zh', bins: [], normal: [], text: TEXT })).toThrow(/no bins/);
  });
});
