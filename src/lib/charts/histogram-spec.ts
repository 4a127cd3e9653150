import type { TopLevelSpec } from 'vega-lite';
import { asSpec, frame, legendPlacement, DEFAULT_WIDTH } from './spec-parts';
import { PALETTE } from './theme';
import type { ChartBase } from './types';

export interface HistogramInput extends ChartBase {
  /** Bins of daily returns: [x0, x1) as fractions (0.01 = 1 %), and how many days fell in each. */
  bins: readonly { x0: number; x1: number; count: number }[];
  /** The fitted normal curve at points x (fractions), density already scaled to expected counts per bin. */
  normal: readonly { x: number; density: number }[];
  /** Localised axis titles and legend entries for the bars and the curve. */
  text: { xTitle?: string; yTitle?: string; barsLabel: string; normalLabel: string };
  /** d3 format for x tick labels; default '.0%'. */
  xFormat?: string;
}

/**
 * Return distribution: bars for observed counts per bin with the normal curve of the same mean and standard
 * deviation overlaid, x in percent, and a small legend telling bars from curve.
 */
export function histogramSpec(input: HistogramInput): TopLevelSpec {
  const { bins, normal, text, xFormat = '.0%' } = input;
  if (bins.length === 0) throw new Error('histogramSpec: no bins');
  const isCurve = `datum.value === ${JSON.stringify(text.normalLabel)}`;
  const colour = {
    field: 'series',
    type: 'nominal',
    scale: { domain: [text.barsLabel, text.normalLabel], range: [PALETTE.bar, PALETTE.primary] },
    legend: {
      title: null,
      ...legendPlacement([text.barsLabel, text.normalLabel], text.yTitle, input.width ?? DEFAULT_WIDTH),
      // Bars get a square swatch, the curve a line swatch. The square gets no outline: a 2.5 px outline made
      // its entry taller than the curve's, and Vega then set the two labels 2 px apart vertically.
      symbolType: { expr: `${isCurve} ? 'stroke' : 'square'` },
      symbolStrokeWidth: { expr: `${isCurve} ? 3 : 0` },
    },
  };
  const x = { field: 'x0', type: 'quantitative', title: text.xTitle ?? null };
  return asSpec({
    ...frame(input),
    layer: [
      {
        data: { values: bins.map((b) => ({ ...b, series: text.barsLabel })) },
        mark: { type: 'bar', stroke: PALETTE.paper, strokeWidth: 1 },
        encoding: {
          x: { ...x, scale: { zero: false, nice: false }, axis: { format: xFormat, labelOverlap: true, tickCount: 9 } },
          x2: { field: 'x1' },
          y: {
            field: 'count',
            type: 'quantitative',
            scale: { zero: true, nice: true },
            axis: { title: text.yTitle ?? null, format: ',d', tickMinStep: 1 },
          },
          y2: { datum: 0 },
          color: colour,
        },
      },
      {
        data: { values: normal.map((p) => ({ ...p, series: text.normalLabel })) },
        mark: { type: 'line', strokeWidth: 2.4, clip: true },
        encoding: {
          x: { field: 'x', type: 'quantitative' },
          y: { field: 'density', type: 'quantitative' },
          color: colour,
        },
      },
    ],
  });
}
