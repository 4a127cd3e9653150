import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/render';
import { POINTS_PER_UNIT } from '../../../src/lib/charts/theme';
import { logTicks, trendSpec } from '../../../src/lib/charts/trend-spec';
import type { DatedValue } from '../../../src/lib/charts/types';
import { LEVELS, businessDays, compileWarnings, snapshotView, svgTexts } from './fixtures';

const HIGH = { date: '2021-09-14', value: 30_670.1, label: '最高 30,670.10（2021年9月14日）' };
const LOW = { date: '2021-10-05', value: 27_500, label: '最低 27,500.00（2021年10月5日）' };
const input = { locale: 'zh' as const, series: LEVELS, markers: [HIGH, LOW], text: { yTitle: '收盘价（点）' } };

type Layer = { data?: { values: Record<string, unknown>[] }; mark?: Record<string, unknown>; layer?: Layer[] };
const layers = (spec: object) => (spec as { layer: Layer[] }).layer;

describe('trendSpec(input)', () => {
  it('compiles with Vega-Lite without warnings, in both languages and on a log scale', () => {
    expect(compileWarnings(trendSpec(input))).toEqual([]);
    expect(compileWarnings(trendSpec({ ...input, locale: 'en', logScale: true }))).toEqual([]);
  });

  it('matches the snapshot', () => {
    expect(snapshotView(trendSpec(input), 'zh')).toMatchSnapshot();
  });

  it('renders the line, both marker labels and localised week ticks, the first with its year', async () => {
    const texts = svgTexts(await renderSvg(trendSpec(input), { id: 'fig-trend' }));
    expect(texts).toEqual(expect.arrayContaining([HIGH.label, LOW.label, '收盘价（点）', '2021年9月5日', '10月3日']));
  });

  it('labels the high above its point and the low below', () => {
    const labelMarks = layers(trendSpec(input))
      .filter((l) => l.layer)
      .map((l) => l.layer?.[1]?.mark);
    expect(labelMarks.map((m) => m?.baseline)).toEqual(['bottom', 'top']);
  });

  it('aligns labels of points near the plot edges inward so they are not clipped', () => {
    const first = LEVELS[0] as DatedValue;
    const last = LEVELS[LEVELS.length - 1] as DatedValue;
    const spec = trendSpec({
      ...input,
      markers: [
        { ...first, label: HIGH.label },
        { ...last, label: LOW.label },
      ],
    });
    const aligns = layers(spec)
      .filter((l) => l.layer)
      .map((l) => l.layer?.[1]?.mark?.align);
    expect(aligns).toEqual(['left', 'right']);
  });

  it('keeps at most about one point per pixel of width, always including the marked dates', () => {
    const days = businessDays('1970-01-05', 14_000);
    const series = days.map((date, i) => ({ date, value: 2_000 + i + (i % 13) * 40 }));
    const marked = series[7_777] as DatedValue;
    const spec = trendSpec({ ...input, series, markers: [{ ...marked, label: 'x' }], width: 600 });
    const line = layers(spec)[0]?.data?.values ?? [];
    // 600 units shown up to about 840 px wide: one point per pixel column there.
    expect(line.length).toBeLessThanOrEqual(600 * POINTS_PER_UNIT + 1);
    expect(line).toContainEqual({ date: marked.date, value: marked.value });
  });

  it('draws marker points from the given values, not from the reduced line', () => {
    const points = layers(trendSpec(input))[1]?.data?.values;
    expect(points).toEqual([
      { date: HIGH.date, value: HIGH.value },
      { date: LOW.date, value: LOW.value },
    ]);
  });
});

describe('logTicks([lo, hi])', () => {
  it('uses 1-2-5 steps across decades', () => {
    expect(logTicks([1_748, 77_912])).toEqual([2_000, 5_000, 10_000, 20_000, 50_000]);
  });
  it('uses 1…9 steps for a narrow range, and leaves a very narrow one to Vega', () => {
    expect(logTicks([15_000, 47_000])).toEqual([20_000, 30_000, 40_000]);
    expect(logTicks([25_000, 29_000])).toBeUndefined();
  });
});
