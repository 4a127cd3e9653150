import { describe, expect, it } from 'vitest';
import { barSpec } from '../../../src/lib/charts/bar-spec';
import { renderSvg } from '../../../src/lib/charts/render';
import { PALETTE } from '../../../src/lib/charts/theme';
import { compileWarnings, snapshotView, svgTexts } from './fixtures';

const lags = {
  locale: 'en' as const,
  bars: Array.from({ length: 9 }, (_, i) => ({ key: i - 4, value: i === 6 ? 0.2 : (i % 3) / 20 - 0.04 })),
  x: { type: 'category' as const },
  highlight: 2,
  references: [0.1, -0.1],
  yFormat: '.2f',
  text: { xTitle: 'Lag (months)', yTitle: 'Correlation' },
};
const quarters = ['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01', '2025-01-01', '2025-04-01'];
const gdp = {
  locale: 'zh' as const,
  bars: quarters.map((key, i) => ({ key, value: i % 2 ? -0.01 : 0.02 })),
  x: { type: 'time' as const, unit: 'quarter' as const },
  highlight: quarters[5],
  colourBySign: true,
  overlay: { name: '同比', points: quarters.map((date, i) => ({ date, value: 0.005 * i })) },
  yFormat: '.0%',
  text: { yTitle: '增长率', barsLabel: '环比折年率' },
};

const fills = (svg: string) =>
  [...svg.matchAll(/class="mark-rect role-mark[^>]*>(.*?)<\/g>/g)].flatMap((g) => [...(g[1] ?? '').matchAll(/fill="(#[0-9a-f]{6})"/g)].map((m) => m[1]));

describe('barSpec(input)', () => {
  it('compiles with Vega-Lite without warnings, over categories and over quarters with an overlay line', () => {
    expect(compileWarnings(barSpec(lags))).toEqual([]);
    expect(compileWarnings(barSpec(gdp))).toEqual([]);
  });

  it('matches the snapshots', () => {
    expect(snapshotView(barSpec(lags), 'en')).toMatchSnapshot();
    expect(snapshotView(barSpec(gdp), 'zh')).toMatchSnapshot();
  });

  it('draws negative bars, the highlighted bar in the primary colour and the rest in the bar colour', async () => {
    const svg = await renderSvg(barSpec(lags), { id: 'fig-lags' });
    const f = fills(svg);
    expect(f).toHaveLength(9);
    expect(f.filter((c) => c === PALETTE.primary)).toHaveLength(1);
    expect(f.filter((c) => c === PALETTE.bar)).toHaveLength(8);
  });

  it('colours bars below zero in the loss colour when asked (the highlight wins), and names bars and line in a legend', async () => {
    const svg = await renderSvg(barSpec(gdp), { id: 'fig-gdp' });
    const f = fills(svg);
    expect(f.filter((c) => c === PALETTE.loss)).toHaveLength(2);
    expect(f.filter((c) => c === PALETTE.primary)).toHaveLength(1);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['环比折年率', '同比']));
  });

  it('draws the zero line solid and the reference lines dashed', async () => {
    const svg = await renderSvg(barSpec(lags), { id: 'fig-lags' });
    expect(svg.match(/stroke-dasharray="4,3"/g)).toHaveLength(2);
  });

  it('refuses no bars, and an overlay on category bars', () => {
    expect(() => barSpec({ ...lags, bars: [] })).toThrow(/no bars/);
    expect(() => barSpec({ ...lags, overlay: gdp.overlay })).toThrow(/overlay/);
  });
});
