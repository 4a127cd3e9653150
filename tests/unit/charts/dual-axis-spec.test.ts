import { describe, expect, it } from 'vitest';
import { DEFAULT_WIDTH } from '../../../src/lib/charts/spec-parts';
import { POINTS_PER_UNIT } from '../../../src/lib/charts/theme';
import { dualAxisSpec } from '../../../src/lib/charts/dual-axis-spec';
import { renderSvg } from '../../../src/lib/charts/render';
import { PALETTE } from '../../../src/lib/charts/theme';
import { DATES, businessDays, compileWarnings, snapshotView, svgTexts } from './fixtures';

const input = {
  locale: 'zh' as const,
  left: { title: '日本央行总资产（万亿日元）', points: DATES.map((date, i) => ({ date, value: 700 + i })), format: ',.0f' },
  right: { title: '日经225（点）', points: DATES.map((date, i) => ({ date, value: 30_000 - i * 50 })), format: ',.0f' },
};

describe('dualAxisSpec(input)', () => {
  it('compiles with Vega-Lite without warnings, linear and log', () => {
    expect(compileWarnings(dualAxisSpec(input))).toEqual([]);
    expect(compileWarnings(dualAxisSpec({ ...input, locale: 'en', right: { ...input.right, log: true } }))).toEqual([]);
  });

  it('matches the snapshot', () => {
    expect(snapshotView(dualAxisSpec(input), 'zh')).toMatchSnapshot();
  });

  it('gives each series its own y scale and colours each axis title like its line', async () => {
    const spec = dualAxisSpec(input) as unknown as { resolve: unknown };
    expect(spec.resolve).toEqual({ scale: { y: 'independent' } });
    const svg = await renderSvg(dualAxisSpec(input), { id: 'fig-dual' });
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['日本央行总资产（万亿日元）', '日经225（点）']));
    const strokes = [...svg.matchAll(/class="mark-line role-mark[^>]*><path [^>]*stroke="(#[0-9a-f]{6})"/g)].map((m) => m[1]);
    expect(strokes).toEqual([PALETTE.series[0], PALETTE.series[1]]);
    expect(svg).toMatch(new RegExp(`fill="${PALETTE.series[1]}"[^>]*>日经225（点）`));
  });

  it('puts the second axis on the right', async () => {
    const svg = await renderSvg(dualAxisSpec(input), { id: 'fig-dual' });
    const axes = [...svg.matchAll(/class="mark-group role-axis"[^>]*><g transform="translate\(([\d.]+),/g)].map((m) => Number(m[1]));
    expect(Math.max(...axes)).toBeGreaterThan(DEFAULT_WIDTH * 0.6);
  });

  it('reduces long series to about one point per pixel at the widest the chart is shown', () => {
    const long = businessDays('1998-01-01', 5_000).map((date, i) => ({ date, value: i + 1 }));
    const spec = dualAxisSpec({ ...input, width: 400, left: { ...input.left, points: long } }) as unknown as { layer: { data: { values: unknown[] } }[] };
    expect(spec.layer[0]?.data.values).toHaveLength(400 * POINTS_PER_UNIT);
  });

  it('refuses a side with fewer than two points', () => {
    expect(() => dualAxisSpec({ ...input, right: { ...input.right, points: [] } })).toThrow(/two points/);
  });
});

describe('dualAxisSpec(input) at phone width', () => {
  it('moves the right axis title up a line when the two titles would collide', () => {
    const narrow = dualAxisSpec({ ...input, width: 360 }) as unknown as { padding?: { top: number }; layer: { encoding: { y: { axis: { titleY?: number } } } }[] };
    expect(narrow.layer[1]?.encoding.y.axis.titleY).toBeLessThan(-10);
    expect(narrow.padding?.top).toBeGreaterThan(8);
    const wide = dualAxisSpec(input) as unknown as { padding?: unknown; layer: { encoding: { y: { axis: { titleY?: number } } } }[] };
    expect(wide.layer[1]?.encoding.y.axis.titleY).toBeUndefined();
    expect(wide.padding).toBeUndefined();
  });
});
