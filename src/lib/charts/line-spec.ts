import type { TopLevelSpec } from 'vega-lite';
import { asSpec, frame, legendPlacement, reduceSeries, timeX, DEFAULT_WIDTH, datedValues } from './spec-parts';
import { PALETTE, SERIES_DASH } from './theme';
import type { ChartBase, ChartText, DatedValue } from './types';

export interface MultiLineInput extends ChartBase {
  /** One or more named series (names localised); colours follow PALETTE.series in this order. */
  series: readonly { name: string; points: readonly DatedValue[] }[];
  /** d3 format for y tick labels, e.g. '.0%' for volatility or ',.0f' for growth of 100. */
  yFormat: string;
  /** A reference level drawn as a dashed rule, e.g. 100 for growth-of-100 charts. */
  baseline?: number;
  /**
   * Calendar days between two points beyond which a line is broken rather than joined: a stretch the data
   * do not cover is drawn as a gap (e.g. a series with years missing). Undefined: lines are never broken.
   */
  gapDays?: number;
  text: ChartText;
}

/** Splits reduced points into segment numbers at gaps longer than `gapDays` calendar days. */
function segments(points: readonly DatedValue[], gapDays: number | undefined): number[] {
  let k = 0;
  return points.map((p, i) => {
    const prev = points[i - 1];
    if (gapDays !== undefined && prev && (Date.parse(`${p.date.slice(0, 10)}T00:00:00Z`) - Date.parse(`${prev.date.slice(0, 10)}T00:00:00Z`)) / 86_400_000 > gapDays) k += 1;
    return k;
  });
}

/**
 * Lines over time (rolling volatility, growth of 100, index comparisons): one line per series, each reduced to
 * about one point per pixel, coloured and dashed by series in PALETTE order, legend on top (hidden for a
 * single series).
 */
export function multiLineSpec(input: MultiLineInput): TopLevelSpec {
  const { series, yFormat, baseline, text } = input;
  const width = input.width ?? DEFAULT_WIDTH;
  if (series.length === 0 || series.every((s) => s.points.length === 0)) throw new Error('multiLineSpec: no data');
  const names = series.map((s) => s.name);
  if (new Set(names).size !== names.length) throw new Error(`multiLineSpec: duplicate series names ${names.join(', ')}`);
  const values = series.flatMap((s) => {
    const pts = reduceSeries(s.points, width);
    const seg = segments(pts, input.gapDays);
    return pts.map((p, i) => ({ series: s.name, ...p, ...(input.gapDays !== undefined ? { segment: `${s.name}#${seg[i]}` } : {}) }));
  });
  const range = names.map((_, i) => PALETTE.series[i % PALETTE.series.length]);
  const layers: Record<string, unknown>[] = [];
  if (baseline !== undefined) {
    layers.push({
      // A one-row dataset on the shared `value` field (a `datum` encoding gets filtered out by the parent's
      // invalid-value filter on `value` in Vega-Lite 6).
      data: { values: [{ value: baseline }] },
      mark: { type: 'rule', color: PALETTE.reference, strokeDash: [4, 3], strokeWidth: 1 },
    });
  }
  const legend = series.length < 2 ? null : { title: null, symbolType: 'stroke', ...legendPlacement(names, text.yTitle, width) };
  layers.push({
    data: datedValues(values),
    mark: { type: 'line', clip: true },
    encoding: {
      x: timeX(input.locale, text.xTitle, width),
      color: { field: 'series', type: 'nominal', sort: names, scale: { domain: names, range }, legend },
      // A second encoding beside colour: each series its own dash (the first solid), in the same legend.
      ...(series.length > 1
        ? { strokeDash: { field: 'series', type: 'nominal', sort: names, scale: { domain: names, range: names.map((_, i) => SERIES_DASH[i % SERIES_DASH.length]) }, legend } }
        : {}),
      // A broken line: each segment drawn on its own, so a gap in the data is not bridged.
      ...(input.gapDays !== undefined ? { detail: { field: 'segment', type: 'nominal' } } : {}),
    },
  });
  return asSpec({
    ...frame(input),
    encoding: {
      y: {
        field: 'value',
        type: 'quantitative',
        scale: { zero: false, nice: true },
        axis: { title: text.yTitle ?? null, format: yFormat },
      },
    },
    layer: layers,
  });
}
