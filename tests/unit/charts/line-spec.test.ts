import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/render';
import { POINTS_PER_UNIT } from '../../../src/lib/charts/theme';
import { multiLineSpec } from '../../../src/lib/charts/line-spec';
import { PALETTE, SERIES_DASH } from '../../../src/lib/charts/theme';
import { DATES, businessDays, compileWarnings, snapshotView, svgTexts } from './fixtures';

const N225 = DATES.map((date, i) => ({ date, value: 100 + i }));
const CSI = DATES.map((date, i) => ({ date, value: 100 - i / 2 }));
const input = {
  locale: 'zh' as const,
  series: [
    { name: '日经225', points: N225 },
    { name: '沪深300', points: CSI },
  ],
  yFormat: ',.0f',
  baseline: 100,
  text: { yTitle: '期初 = 100' },
};

describe('multiLineSpec(input)', () => {
  it('compiles with Vega-Lite without warnings, with and without a baseline', () => {
    expect(compileWarnings(multiLineSpec(input))).toEqual([]);
    expect(compileWarnings(multiLineSpec({ ...input, locale: 'en', baseline: undefined, yFormat: '.0%' }))).toEqual([]);
  });

  it('matches the snapshot', () => {
    expect(snapshotView(multiLineSpec(input), 'zh')).toMatchSnapshot();
  });

  it('colours series in PALETTE order and names them in a legend', async () => {
    const svg = await renderSvg(multiLineSpec(input), { id: 'fig-growth' });
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['日经225', '沪深300', '期初 = 100']));
    const strokes = [...svg.matchAll(/class="mark-line role-mark[^>]*><path [^>]*stroke="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    expect(strokes).toEqual([PALETTE.series[0], PALETTE.series[1]]);
  });

  it('draws each legend symbol in its series dash', async () => {
    const four = { ...input, series: ['a', 'b', 'c', 'd'].map((name) => ({ name, points: N225 })) };
    const svg = await renderSvg(multiLineSpec(four), { id: 'fig-four' });
    const symbols = [...svg.matchAll(/<path [^>]*d="M-9\.49,0L9\.49,0"[^>]*stroke-dasharray="([\d,]+)"/g)].map((m) => m[1]);
    expect(symbols).toEqual(SERIES_DASH.slice(0, 4).map((d) => d.join(',')));
  });

  it('draws the baseline as a dashed rule', async () => {
    const svg = await renderSvg(multiLineSpec(input), { id: 'fig-growth' });
    expect(svg).toMatch(/class="mark-rule role-mark[^"]*"><line [^>]*stroke-dasharray="4,3"/);
  });

  it('hides the legend for a single series', () => {
    const spec = multiLineSpec({ ...input, series: [{ name: '日经225', points: N225 }] });
    expect(JSON.stringify(spec)).toContain('"legend":null');
  });

  it('reduces each long series to about one point per pixel at the widest the chart is shown', () => {
    const long = businessDays('1970-01-05', 5_000).map((date, i) => ({ date, value: i }));
    const spec = multiLineSpec({
      ...input,
      width: 600,
      series: [
        { name: 'a', points: long },
        { name: 'b', points: long },
      ],
    });
    const values = (spec as { layer: { data?: { values: { series: string }[] } }[] }).layer[1]?.data?.values ?? [];
    expect(values.filter((v) => v.series === 'a')).toHaveLength(600 * POINTS_PER_UNIT);
    expect(values.filter((v) => v.series === 'b')).toHaveLength(600 * POINTS_PER_UNIT);
  });

  it('refuses two series with the same name', () => {
    expect(() =>
      multiLineSpec({
        ...input,
        series: [
          { name: 'x', points: N225 },
          { name: 'x', points: CSI },
        ],
      }),
    ).toThrow(/duplicate/);
  });
});
