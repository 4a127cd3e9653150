import type { TopLevelSpec } from 'vega-lite';
import { asSpec, frame, DEFAULT_WIDTH } from './spec-parts';
import { PALETTE } from './theme';
import type { ChartBase, ChartText } from './types';

export interface HBarInput extends ChartBase {
  /** Bars top to bottom, labels localised; `group` colours the bar and must be one of `groups`. */
  bars: readonly { label: string; value: number; group: string }[];
  /** Colour groups in legend order (localised); colours follow PALETTE.series. */
  groups: readonly string[];
  /** Show the group legend (off when each bar is its own group); never drawn below 500 px, where it cannot fit beside the labels. */
  legend?: boolean;
  /** d3 format of the value labels and ticks; default ',d' (counts). */
  valueFormat?: string;
  text: ChartText;
}

/** Height in px of one bar's row. */
export const HBAR_ROW = 20;

/**
 * Horizontal bars, one row per category in the given order, each labelled with its value at its end and
 * coloured by group. The chart grows with the number of bars (the input height is a minimum), so labels
 * stay a readable row apart at any width. Below 500 px the legend is left out (the page pairs the chart with
 * one that names the groups).
 */
export function hbarSpec(input: HBarInput): TopLevelSpec {
  const { bars, groups, legend = true, valueFormat = ',d', text } = input;
  if (bars.length === 0) throw new Error('hbarSpec: no bars');
  const labels = bars.map((b) => b.label);
  if (new Set(labels).size !== labels.length) throw new Error(`hbarSpec: duplicate bar labels ${labels.join(', ')}`);
  for (const b of bars) if (!groups.includes(b.group)) throw new Error(`hbarSpec: bar "${b.label}" has group "${b.group}", not one of ${groups.join(', ')}`);
  const width = input.width ?? DEFAULT_WIDTH;
  const narrow = width < 500;
  const showLegend = legend && !narrow;
  const legendRows = showLegend ? Math.ceil(groups.length / 3) : 0;
  const height = Math.max(input.height ?? 0, bars.length * HBAR_ROW + 36 + legendRows * 18);
  const max = Math.max(...bars.map((b) => b.value));
  const y = { field: 'label', type: 'nominal', sort: labels, axis: { title: null, labelLimit: Math.round(width * (narrow ? 0.55 : 0.42)), labelFontSize: narrow ? 11 : 12, ticks: false, domain: false } };
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
            scale: { domain: [0, max * 1.12], nice: false },
            axis: { title: text.xTitle ?? null, format: valueFormat, tickMinStep: 1, grid: true, orient: 'bottom' },
          },
          color: {
            field: 'group',
            type: 'nominal',
            scale: { domain: [...groups], range: groups.map((_, i) => PALETTE.series[i % PALETTE.series.length]) },
            legend: showLegend ? { title: null, orient: 'top', columns: 3, symbolType: 'square' } : null,
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, color: PALETTE.label, fontSize: 11 },
        encoding: { x: { field: 'value', type: 'quantitative' }, text: { field: 'value', type: 'quantitative', format: valueFormat } },
      },
    ],
  });
}
