import type { TopLevelSpec } from 'vega-lite';
import { asSpec, frame, DEFAULT_WIDTH } from './spec-parts';
import { estimateTextWidth } from './text-width';
import { FONT_SIZE, PALETTE } from './theme';
import type { ChartBase, ChartText } from './types';

export interface HBarInput extends ChartBase {
  /** Bars top to bottom, labels localised; `group` colours the bar and must be one of `groups`. */
  bars: readonly { label: string; value: number; group: string }[];
  /** Colour groups in legend order (localised); colours follow PALETTE.series. */
  groups: readonly string[];
  /** Show the group legend (off when each bar is its own group); never drawn below 500 px, where it cannot fit beside the labels. */
  legend?: boolean;
  /** Colours of the groups, in `groups` order (default PALETTE.series). */
  colours?: readonly string[];
  /** d3 format of the value labels and ticks; default ',d' (counts). */
  valueFormat?: string;
  text: ChartText;
}

/**
 * The x domain, with room at each end for the value labels drawn beyond the bars' ends (bars may lie on both
 * sides of zero): the plot is what the category labels leave of the width, a value label takes its estimated
 * width (at the largest text size the chart is shown with) plus its offset, and the domain grows so that
 * this width, as a share of the plot, is free beyond the longest bar on each side.
 */
function labelledDomain(bars: HBarInput['bars'], labels: readonly string[], width: number, min: number, max: number, valueFormat: string): [number, number] {
  const plot = plotWidth(labels, width);
  const digits = Number(/\.(\d+)/.exec(valueFormat)?.[1] ?? 0);
  const text = (v: number) => (valueFormat.endsWith('%') ? `${(v * 100).toFixed(digits)}%` : Math.round(v).toLocaleString('en-US'));
  const valueWidth = Math.max(...bars.map((b) => estimateTextWidth(text(b.value), FONT_SIZE.label))) + 10;
  const r = Math.min(valueWidth / plot, 0.3);
  if (min >= 0) return [0, Math.max(max * 1.12, max / (1 - r))];
  const span = (max - min) / (1 - 2 * r);
  return [min - r * span, max + r * span];
}

/** Width in chart units of the plot: what the longest category label leaves of the chart's width. */
function plotWidth(labels: readonly string[], width: number): number {
  const labelColumn = Math.max(...labels.map((l) => estimateTextWidth(l, FONT_SIZE.label))) + 16;
  return Math.max(width - labelColumn - 20, 120);
}

/**
 * Ticks on the value axis: one per 70 units of plot at most, so that the tick labels stay apart when the
 * chart is scaled down to a phone's width (Vega's default, one per 40 units, crowds a narrow plot).
 */
const TICK_SPACING = 70;

/** Round tick values (1, 2 or 5 × 10^k apart, zero among them) that keep a tenth of the domain clear at each end, so no tick label runs past the chart's edge. */
function innerTicks([lo, hi]: [number, number]): number[] {
  const raw = (hi - lo) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const margin = (hi - lo) / 10;
  const out: number[] = [];
  for (let v = Math.ceil((lo + margin) / step) * step; v <= hi - margin; v += step) out.push(Math.round(v / step) * step);
  return out;
}

/** Height in px of one bar's row. */
export const HBAR_ROW = 34;

/**
 * Horizontal bars, one row per category in the given order, each labelled with its value at its end and
 * coloured by group. The chart grows with the number of bars (the input height is a minimum), so labels
 * stay a readable row apart at any width; the legend takes as many columns as its names allow.
 */
export function hbarSpec(input: HBarInput): TopLevelSpec {
  const { bars, groups, legend = true, valueFormat = ',d', text } = input;
  if (bars.length === 0) throw new Error('hbarSpec: no bars');
  const labels = bars.map((b) => b.label);
  if (new Set(labels).size !== labels.length) throw new Error(`hbarSpec: duplicate bar labels ${labels.join(', ')}`);
  for (const b of bars) if (!groups.includes(b.group)) throw new Error(`hbarSpec: bar "${b.label}" has group "${b.group}", not one of ${groups.join(', ')}`);
  const width = input.width ?? DEFAULT_WIDTH;
  const showLegend = legend;
  // As many legend columns as the longest group name allows (symbol and padding included), so no name is cut.
  const longest = Math.max(...groups.map((g) => estimateTextWidth(g, FONT_SIZE.label)));
  const columns = Math.max(1, Math.min(3, Math.floor((width - 24) / (longest + 52))));
  const legendRows = showLegend ? Math.ceil(groups.length / columns) : 0;
  const height = Math.max(input.height ?? 0, bars.length * HBAR_ROW + 60 + legendRows * 30);
  const max = Math.max(0, ...bars.map((b) => b.value));
  // Bars below zero grow leftwards from a zero rule, labelled at their left end.
  const min = Math.min(0, ...bars.map((b) => b.value));
  // Category names are never cut (labelLimit 0): the plot gives way to them.
  const y = { field: 'label', type: 'nominal', sort: labels, axis: { title: null, labelLimit: 0, ticks: false, domain: false } };
  return asSpec({
    ...frame(input),
    height,
    data: { values: bars.map((b) => ({ ...b })) },
    encoding: { y },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.72 } },
        encoding: {
          x: {
            field: 'value',
            type: 'quantitative',
            // Room at the right for the longest bar's label.
            scale: { domain: labelledDomain(bars, labels, width, min, max, valueFormat), nice: false },
            axis: {
              title: text.xTitle ?? null,
              format: valueFormat,
              ...(valueFormat.endsWith('%') ? {} : { tickMinStep: 1 }),
              grid: true,
              orient: 'bottom',
              ...(min < 0
                ? { values: innerTicks(labelledDomain(bars, labels, width, min, max, valueFormat)) }
                : { tickCount: Math.max(2, Math.floor(plotWidth(labels, width) / TICK_SPACING)) }),
            },
          },
          color: {
            field: 'group',
            type: 'nominal',
            scale: { domain: [...groups], range: groups.map((_, i) => input.colours?.[i] ?? PALETTE.series[i % PALETTE.series.length]) },
            legend: showLegend ? { title: null, orient: 'top', columns, symbolType: 'square' } : null,
          },
        },
      },
      {
        mark:
          min < 0
            ? {
                type: 'text',
                align: { expr: "datum.value < 0 ? 'right' : 'left'" },
                dx: { expr: 'datum.value < 0 ? -5 : 5' },
                baseline: 'middle',
                color: PALETTE.label,
                fontSize: FONT_SIZE.label,
              }
            : { type: 'text', align: 'left', baseline: 'middle', dx: 5, color: PALETTE.label, fontSize: FONT_SIZE.label },
        encoding: { x: { field: 'value', type: 'quantitative' }, text: { field: 'value', type: 'quantitative', format: valueFormat } },
      },
    ],
  });
}
