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
  /** A fixed y range: values outside it run off the plot (clipped); the caption must say so. Default: from the data. */
  yDomain?: readonly [number, number];
  text: ChartText;
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
  const values = series.flatMap((s) => reduceSeries(s.points, width).map((p) => ({ series: s.name, ...p })));
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
    },
  });
  return asSpec({
    ...frame(input),
    encoding: {
      y: {
        field: 'value',
        type: 'quantitative',
        scale: input.yDomain ? { domain: [...input.yDomain], zero: false, nice: false } : { zero: false, nice: true },
        axis: { title: text.yTitle ?? null, format: yFormat },
      },
    },
    layer: layers,
  });
}
