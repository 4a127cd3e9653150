import type { TopLevelSpec } from 'vega-lite';
import { asSpec, datedValues, frame, timeX, DEFAULT_WIDTH } from './spec-parts';
import { estimateTextWidth } from './text-width';
import { FONT_SIZE, PALETTE } from './theme';
import type { ChartBase, DatedValue } from './types';

/** One stacked part: its localised name and value per period (positive parts stack up from zero, negative ones down). */
export interface StackPart {
  name: string;
  points: readonly DatedValue[];
}

export interface StackedBarInput extends ChartBase {
  /** Parts in stacking and legend order; at most {@link STACK_COLOURS}.length. */
  parts: readonly StackPart[];
  /** A line with points over the bars, e.g. the total the parts contribute to. */
  total: { name: string; points: readonly DatedValue[] };
  /** Calendar period of each bar. */
  unit: 'quarter' | 'month';
  /** d3 format for y labels. */
  yFormat: string;
  text: { yTitle?: string; xTitle?: string };
}

/**
 * Colours of the parts in order: the series palette, then the loss red and the bar blue-grey; each has at
 * least 3:1 contrast on white and a dark-scheme pair (theme.ts). The total line is drawn in the title colour.
 */
export const STACK_COLOURS = [...PALETTE.series, PALETTE.loss, PALETTE.bar] as const;
const TIME_UNIT = { quarter: 'utcyearquarter', month: 'utcyearmonth' } as const;

/** Legend columns that fit the width (two to four): each entry is its label plus a swatch and padding. */
function legendColumns(names: readonly string[], width: number): number {
  const entry = Math.max(...names.map((n) => estimateTextWidth(n, FONT_SIZE.label))) + 40;
  return Math.min(4, Math.max(2, Math.floor((width - 24) / entry)));
}

/**
 * Stacked bars of contributions over calendar periods (positive parts above zero, negative below, as
 * Vega-Lite's diverging stack draws them) with the total as a line with points: e.g. each component's
 * pull on GDP growth and GDP growth itself. Zero is a solid rule; the legend names every part and the line.
 */
export function stackedBarSpec(input: StackedBarInput): TopLevelSpec {
  const { parts, total, unit, yFormat, text } = input;
  const width = input.width ?? DEFAULT_WIDTH;
  if (parts.length === 0 || parts.every((p) => p.points.length === 0)) throw new Error('stackedBarSpec: no parts');
  if (parts.length > STACK_COLOURS.length) throw new Error(`stackedBarSpec: at most ${STACK_COLOURS.length} parts`);
  const names = [...parts.map((p) => p.name), total.name];
  const colour = {
    field: 'part',
    type: 'nominal',
    sort: names,
    scale: { domain: names, range: [...STACK_COLOURS.slice(0, parts.length), PALETTE.title] },
    // A compact legend below the plot: small swatches, two to four columns, so the plot keeps its height.
    legend: {
      title: null,
      symbolType: 'square',
      symbolSize: 110,
      orient: 'bottom',
      direction: 'horizontal',
      columns: legendColumns(names, width),
      columnPadding: 10,
      rowPadding: 4,
    },
  };
  const x = { ...timeX(input.locale, text.xTitle, width), timeUnit: TIME_UNIT[unit], field: 'date' };
  const rows = parts.flatMap((p, k) => p.points.map((pt) => ({ date: pt.date, value: pt.value, part: p.name, order: k })));
  const layers: Record<string, unknown>[] = [
    {
      data: datedValues(rows),
      mark: { type: 'bar', stroke: PALETTE.paper, strokeWidth: 0.5, width: { band: 0.78 } },
      encoding: {
        x,
        y: { field: 'value', type: 'quantitative', stack: 'zero', axis: { title: text.yTitle ?? null, format: yFormat }, scale: { zero: true, nice: true } },
        color: colour,
        order: { field: 'order', type: 'quantitative' },
      },
    },
    {
      data: { values: [{ value: 0 }] },
      mark: { type: 'rule', color: PALETTE.reference, strokeWidth: 1 },
      encoding: { y: { field: 'value', type: 'quantitative' } },
    },
    {
      data: datedValues(total.points.map((p) => ({ ...p, part: total.name }))),
      mark: { type: 'line', strokeWidth: 2.4, point: { size: 60, filled: true, stroke: PALETTE.paper, strokeWidth: 1 } },
      encoding: { x: { ...x, bandPosition: 0.5 }, y: { field: 'value', type: 'quantitative' }, color: colour },
    },
  ];
  return asSpec({ ...frame(input), layer: layers });
}
