import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/render';
import { drawdownSpec } from '../../../src/lib/charts/drawdown-spec';
import { DATES, compileWarnings, snapshotView, svgTexts } from './fixtures';

// Falls 1 % a day for 12 days to -12 %, then recovers 1 % a day.
const SERIES = DATES.map((date, i) => ({ date, value: i <= 12 ? -i / 100 : Math.min(0, -0.12 + (i - 12) / 100) }));
const TROUGH = { date: DATES[12] as string, value: -0.12, label: '最大回撤 -12.0%（2021年9月17日）' };

describe('drawdownSpec(input)', () => {
  it('compiles with Vega-Lite without warnings', () => {
    expect(compileWarnings(drawdownSpec({ locale: 'zh', series: SERIES, trough: TROUGH, text: { yTitle: '回撤' } }))).toEqual([]);
    expect(compileWarnings(drawdownSpec({ locale: 'en', series: SERIES, text: {} }))).toEqual([]);
  });

  it('matches the snapshot', () => {
    expect(snapshotView(drawdownSpec({ locale: 'zh', series: SERIES, trough: TROUGH, text: { yTitle: '回撤' } }), 'zh')).toMatchSnapshot();
  });

  it('hangs the y domain from exactly 0 down past the trough', () => {
    const spec = drawdownSpec({ locale: 'zh', series: SERIES, trough: TROUGH, text: {} }) as { encoding: { y: { scale: { domain: number[] } } } };
    const [lo, hi] = spec.encoding.y.scale.domain;
    expect(hi).toBe(0);
    expect(lo).toBeLessThan(-0.12);
  });

  it('renders a red area, percent ticks and the trough label', async () => {
    const svg = await renderSvg(drawdownSpec({ locale: 'zh', series: SERIES, trough: TROUGH, text: { yTitle: '回撤' } }), { id: 'fig-dd' });
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['0%', '-10%', TROUGH.label, '回撤']));
    expect(svg).toMatch(/class="mark-area[^]*?fill="#c0392b"/);
  });
});
