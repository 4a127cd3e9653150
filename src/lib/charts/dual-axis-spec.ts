import type { TopLevelSpec } from 'vega-lite';
import { asSpec, datedValues, frame, reduceSeries, timeX, DEFAULT_WIDTH } from './spec-parts';
import { logTicks } from './trend-spec';
import { estimateTextWidth } from './text-width';
import { FONT_SIZE, PALETTE, SERIES_DASH } from './theme';
import type { ChartBase, DatedValue } from './types';

/** One side of a two-axis chart. */
export interface AxisSeries {
  /** Localised axis title naming the series and its unit, e.g. "日本央行总资产（万亿日元）"; coloured like the line. */
  title: string;
  points: readonly DatedValue[];
  /** d3 format for the axis labels, e.g. ',.0f'. */
  format: string;
  /** Log scale (for series that grow over decades). */
  log?: boolean;
}

export interface DualAxisInput extends ChartBase {
  /** Drawn in PALETTE.series[0] against the left axis. */
  left: AxisSeries;
  /** Drawn in PALETTE.series[1] against the right axis. */
  right: AxisSeries;
  text?: { xTitle?: string };
}

/** Extra room above the plot when the right axis title moves up a line (a 20-unit title and a gap) to clear the left one. */
const STAGGER_PX = 28;

function yEncoding(s: AxisSeries, orient: 'left' | 'right', color: string, staggered: boolean) {
  const values = s.points.map((p) => p.value);
  const range: [number, number] = [Math.min(...values), Math.max(...values)];
  return {
    field: 'value',
    type: 'quantitative',
    scale: s.log ? { type: 'log', nice: false } : { zero: false, nice: true },
    axis: {
      orient,
      title: s.title,
      titleColor: color,
      format: s.format,
      grid: orient === 'left',
      ...(s.log ? { values: logTicks(range) } : {}),
      // Both titles sit above the plot, horizontal: the left one at the top-left corner, the right one at the top-right.
      ...(orient === 'right' ? { titleAlign: 'right', titleAnchor: 'end', titleX: 0, ...(staggered ? { titleY: -16 - STAGGER_PX } : {}) } : {}),
    },
  };
}

/**
 * Two series with different units over the same dates (BOJ assets in trillion yen against the index in
 * points, USD/JPY against the index): one line per y axis, left and right, each axis title in its line's
 * colour so no legend is needed; shared UTC time x axis; each series reduced to about one point per pixel.
 * Two axes can suggest a relation by their choice of ranges alone: captions should say so, and the
 * report measures the relation separately.
 */
export function dualAxisSpec(input: DualAxisInput): TopLevelSpec {
  const { left, right } = input;
  const width = input.width ?? DEFAULT_WIDTH;
  if (left.points.length < 2 || right.points.length < 2) throw new Error('dualAxisSpec: each side needs at least two points');
  const [cl, cr] = [PALETTE.series[0], PALETTE.series[1]];
  // On a narrow chart the two titles would collide above the plot: the right one then moves up a line.
  const titles = estimateTextWidth(left.title, FONT_SIZE.title) + estimateTextWidth(right.title, FONT_SIZE.title);
  const staggered = titles + 24 > width - 90; // about 45 px of tick labels on each side
  const layer = (s: AxisSeries, orient: 'left' | 'right', color: string) => ({
    data: datedValues(reduceSeries(s.points, width)),
    // The right series is dashed as well as coloured: a second encoding beside colour.
    mark: { type: 'line', color, clip: true, ...(orient === 'right' ? { strokeDash: [...SERIES_DASH[1]!] } : {}) },
    encoding: { x: timeX(input.locale, input.text?.xTitle, width), y: yEncoding(s, orient, color, staggered) },
  });
  const base = frame(input);
  return asSpec({
    ...base,
    ...(staggered ? { padding: { ...(base.config.padding as object), top: 12 + STAGGER_PX } } : {}),
    layer: [layer(left, 'left', cl), layer(right, 'right', cr)],
    resolve: { scale: { y: 'independent' } },
  });
}
