import type { TopLevelSpec } from 'vega-lite';
import { asSpec, datedValues, extent, frame, markerLayers, reduceSeries, timeX, DEFAULT_WIDTH } from './spec-parts';
import { estimateTextWidth } from './text-width';
import { FONT_SIZE, PALETTE, SERIES_DASH } from './theme';
import type { ChartBase, ChartText, DatedValue } from './types';

/** A series of a step chart: a plain line, or steps (each value holds from its date until the next). */
export interface StepSeries {
  name: string;
  points: readonly DatedValue[];
  /** Draw as steps ('step-after'): for policy rates and other values in force from a date. */
  step?: boolean;
}

/** A dated event on a series, e.g. a rate hike: a point, a faint vertical rule, and an optional label. */
export interface StepEvent {
  date: string;
  value: number;
  /** Already localised; events without a label get only the point and rule. */
  label?: string;
  /** Where a label goes relative to its point (default: by the point's place in the value range). */
  position?: 'above' | 'below';
}

export interface StepLineInput extends ChartBase {
  series: readonly StepSeries[];
  events?: readonly StepEvent[];
  /** d3 format for y labels, e.g. '.1%'. */
  yFormat: string;
  /** A level drawn as a solid grey rule (e.g. 0 for rates). */
  baseline?: number;
  text: ChartText;
}

/**
 * Lines and step lines over time (a bond yield, a market rate, a policy rate's steps), coloured in PALETTE
 * order with a legend, and marked events (policy changes) as points with faint vertical rules and
 * edge-aware labels. Plain lines are reduced to about one point per pixel; steps are kept whole.
 */
export function stepLineSpec(input: StepLineInput): TopLevelSpec {
  const { series, events = [], yFormat, baseline, text } = input;
  const width = input.width ?? DEFAULT_WIDTH;
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) throw new Error('stepLineSpec: no data');
  const names = series.map((s) => s.name);
  if (new Set(names).size !== names.length) throw new Error(`stepLineSpec: duplicate series names ${names.join(', ')}`);
  const range = names.map((_, i) => PALETTE.series[i % PALETTE.series.length] as string);
  // A legend that does not fit beside the y title on top goes below the plot, one entry a row.
  const legendWidth = names.reduce((a, n) => a + estimateTextWidth(n, FONT_SIZE.label) + 60, 0);
  const titleWidth = estimateTextWidth(text.yTitle ?? '', FONT_SIZE.title);
  const legend =
    legendWidth + titleWidth + 24 > width ? { title: null, orient: 'bottom', direction: 'vertical', symbolType: 'stroke' } : { title: null, orient: 'top', symbolType: 'stroke' };
  const colour = { field: 'series', type: 'nominal', sort: names, scale: { domain: names, range }, legend };
  // A second encoding beside colour: each series its own dash, shown in the same legend.
  const dash = { field: 'series', type: 'nominal', sort: names, scale: { domain: names, range: names.map((_, i) => SERIES_DASH[i % SERIES_DASH.length]) }, legend };
  const dates = all.map((p) => p.date).sort();
  const x = timeX(input.locale, text.xTitle, width);
  const y = { field: 'value', type: 'quantitative', scale: { zero: false, nice: true }, axis: { title: text.yTitle ?? null, format: yFormat } };
  const layers: Record<string, unknown>[] = [];
  if (baseline !== undefined) {
    layers.push({ data: { values: [{ value: baseline }] }, mark: { type: 'rule', color: PALETTE.reference, strokeWidth: 1 }, encoding: { y } });
  }
  if (events.length > 0) {
    layers.push({
      data: datedValues(events.map((e) => ({ date: e.date }))),
      mark: { type: 'rule', color: PALETTE.domain, strokeDash: [2, 3], strokeWidth: 1 },
      encoding: { x: { field: 'date', type: 'temporal' } },
    });
  }
  series.forEach((s) => {
    if (s.points.length === 0) return;
    const pts = s.step ? s.points.map(({ date, value }) => ({ date, value })) : reduceSeries(s.points, width);
    layers.push({
      data: datedValues(pts.map((p) => ({ ...p, series: s.name }))),
      mark: { type: 'line', clip: true, ...(s.step ? { interpolate: 'step-after', strokeWidth: 2.2 } : {}) },
      encoding: { x, y, color: colour, strokeDash: dash },
    });
  });
  const eventColour = PALETTE.series[series.findIndex((s) => s.step) % PALETTE.series.length] ?? PALETTE.primary;
  const labelled = events.filter((e): e is StepEvent & { label: string } => e.label !== undefined);
  const unlabelled = events.filter((e) => e.label === undefined);
  if (unlabelled.length > 0) {
    layers.push({
      data: datedValues(unlabelled.map(({ date, value }) => ({ date, value }))),
      mark: { type: 'point', filled: true, size: 100, color: eventColour, stroke: PALETTE.paper, strokeWidth: 1.5, opacity: 1 },
      encoding: { x: { field: 'date', type: 'temporal' }, y: { field: 'value', type: 'quantitative' } },
    });
  }
  layers.push(...markerLayers(labelled, [dates[0] as string, dates[dates.length - 1] as string], extent(all.map((p) => p.value)), width, eventColour));
  return asSpec({ ...frame(input), layer: layers });
}
