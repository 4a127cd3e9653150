/**
 * Pieces the builders share: the top-level frame (size, autosize, theme), UTC date handling, point reduction
 * that keeps marked dates, and edge-aware marker labels.
 */
import type { TopLevelSpec } from 'vega-lite';
import { downsampleLttb, maxPointsForWidth } from './downsample';
import { estimateTextWidth } from './text-width';
import { CHART_SIZE, FONT_SIZE, PALETTE, POINTS_PER_UNIT, chartConfig, timeAxisFormat, timeAxisLabelExpr } from './theme';
import type { Locale } from '../i18n/locales';
import type { ChartBase, ChartMarker, DatedValue } from './types';

/** Layout size in SVG user units (see CHART_SIZE in theme.ts). */
export const DEFAULT_WIDTH = CHART_SIZE.width;
export const DEFAULT_HEIGHT = CHART_SIZE.height;
export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * Dates are passed to Vega as ISO date-only strings ("2021-09-14"), which ECMAScript's Date.parse defines as
 * UTC midnight whatever the machine's time zone; x scales are `utc`, so ticks and labels are UTC too. (An
 * explicit `format.parse` of "utc:'%Y-%m-%d'" looks more explicit but breaks: when two layers carry identical
 * inline data, Vega-Lite merges the sources and parses the already-parsed Date again, dropping every row.)
 */
export function datedValues<T extends { date: string }>(values: readonly T[]) {
  return { values: values.map((v) => ({ ...v, date: v.date.slice(0, 10) })) };
}

/** Spec layer objects are built loosely and checked by the TopLevelSpec return type and by vega-lite's compiler. */
export type Layer = Record<string, unknown>;

/** Top-level properties every chart has: schema, size, fit-to-width autosize, the shared theme. */
export function frame(base: ChartBase) {
  return {
    $schema: SCHEMA,
    width: base.width ?? DEFAULT_WIDTH,
    height: base.height ?? DEFAULT_HEIGHT,
    autosize: { type: 'fit', contains: 'padding' },
    config: chartConfig(base.locale),
  } as const;
}

/** A UTC temporal x encoding with localised tick labels and no overlap. */
export function timeX(locale: Locale, title: string | undefined, width: number) {
  return {
    field: 'date',
    type: 'temporal',
    scale: { type: 'utc', nice: false },
    axis: {
      title: title ?? null,
      format: timeAxisFormat(locale),
      labelExpr: timeAxisLabelExpr(locale),
      labelOverlap: true,
      labelFlush: true,
      // About one label per 130 units (labels are 19 units high); Vega snaps to whole years/quarters/months.
      tickCount: Math.max(2, Math.round(width / 130)),
    },
  } as const;
}

/** Milliseconds since the epoch of an ISO date, read as UTC. */
export function utcMs(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
}

/**
 * Reduce a series drawn across a chart `width` units wide to about one point per pixel column at the widest
 * the chart is shown (`width` × POINTS_PER_UNIT) with LTTB, then put back any point whose date is in
 * `keepDates` (high/low markers), so the line passes exactly through every marked point.
 */
export function reduceSeries(series: readonly DatedValue[], width: number, keepDates: readonly string[] = []): DatedValue[] {
  const reduced = downsampleLttb(
    series,
    maxPointsForWidth(width * POINTS_PER_UNIT),
    (p) => utcMs(p.date),
    (p) => p.value,
  );
  if (reduced === series || keepDates.length === 0) return reduced.map(({ date, value }) => ({ date, value }));
  const have = new Set(reduced.map((p) => p.date));
  const wanted = new Set(keepDates.filter((d) => !have.has(d)));
  const extra = series.filter((p) => wanted.has(p.date));
  return [...reduced, ...extra].sort((a, b) => utcMs(a.date) - utcMs(b.date)).map(({ date, value }) => ({ date, value }));
}

/** Approximate plot width: the chart width less room for the y axis labels and padding. */
function plotWidth(width: number): number {
  return Math.max(100, width - 110);
}

/**
 * Layers drawing marker points and their labels. Labels go above or below the point (default: above when the
 * value is in the upper half of `valueRange`), and are left/right aligned near the plot edges so they stay
 * inside the chart. `dateRange` is the x domain (first and last date of the series).
 */
export function markerLayers(
  markers: readonly ChartMarker[],
  dateRange: readonly [string, string],
  valueRange: readonly [number, number],
  width: number,
  pointColor: string,
): Layer[] {
  const [t0, t1] = [utcMs(dateRange[0]), utcMs(dateRange[1])];
  const pw = plotWidth(width);
  const layers: Layer[] = [];
  const points = markers.map(({ date, value }) => ({ date, value }));
  if (points.length > 0) {
    layers.push({
      data: datedValues(points),
      mark: { type: 'point', filled: true, size: 110, color: pointColor, stroke: PALETTE.paper, strokeWidth: 1.5, opacity: 1 },
      encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'value', type: 'quantitative' } },
    });
  }
  const mid = (valueRange[0] + valueRange[1]) / 2;
  for (const m of markers) {
    const position = m.position ?? (m.value >= mid ? 'above' : 'below');
    const px = t1 > t0 ? ((utcMs(m.date) - t0) / (t1 - t0)) * pw : pw / 2;
    const half = estimateTextWidth(m.label, FONT_SIZE.annotation) / 2;
    const align = px - half < 0 ? 'left' : px + half > pw ? 'right' : 'center';
    const mark = {
      type: 'text',
      align,
      baseline: position === 'above' ? 'bottom' : 'top',
      dx: align === 'left' ? -6 : align === 'right' ? 6 : 0,
      dy: position === 'above' ? -12 : 12,
      fontSize: FONT_SIZE.annotation,
    };
    layers.push({
      data: datedValues([{ date: m.date, value: m.value, label: m.label }]),
      encoding: {
        x: { field: 'date', type: 'temporal' },
        y: { field: 'value', type: 'quantitative' },
        text: { field: 'label', type: 'nominal' },
      },
      layer: [
        // A white halo underneath keeps the label legible over gridlines and the line.
        { mark: { ...mark, color: PALETTE.paper, stroke: PALETTE.paper, strokeWidth: 6, strokeJoin: 'round' } },
        { mark: { ...mark, color: PALETTE.title } },
      ],
    });
  }
  return layers;
}

/**
 * Where a legend goes: on top (beside the horizontal y title) when its entries and the title fit the
 * width, else below the plot in as many columns as its longest entry allows. Never cut: labels keep their length.
 */
export function legendPlacement(names: readonly string[], yTitle: string | undefined, width: number): Record<string, unknown> {
  const entry = (n: string) => estimateTextWidth(n, FONT_SIZE.label) + 60;
  const onTop = names.reduce((a, n) => a + entry(n), 0) + estimateTextWidth(yTitle ?? '', FONT_SIZE.title) + 24 <= width;
  if (onTop) return { orient: 'top' };
  return { orient: 'bottom', direction: 'horizontal', columns: Math.max(1, Math.floor((width - 24) / Math.max(...names.map(entry)))) };
}

/** Smallest and largest value of a non-empty list (NaN-free input assumed). */
export function extent(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Narrow a loosely built spec object to Vega-Lite's type (checked for real by `compile` in the tests). */
export function asSpec(spec: Record<string, unknown>): TopLevelSpec {
  return spec as unknown as TopLevelSpec;
}
