import type { TopLevelSpec } from 'vega-lite';
import { asSpec, frame, markerLayers, reduceSeries, timeX, DEFAULT_WIDTH, datedValues } from './spec-parts';
import { PALETTE } from './theme';
import type { ChartBase, ChartText, DatedValue } from './types';

export interface DrawdownInput extends ChartBase {
  /** Drawdown from the running peak per day, as fractions <= 0 (-0.25 = 25 % below the peak). */
  series: readonly DatedValue[];
  /** The deepest point to mark; label already localised (e.g. "最大回撤 -27.9%（2022年3月9日）"). */
  trough?: { date: string; value: number; label: string };
  /** d3 format for y tick labels; default '.0%'. */
  yFormat?: string;
  text: ChartText;
}

/**
 * Drawdown ("underwater") chart: a red area hanging from 0 down to each day's drawdown, y in percent, with the
 * trough marked from the exact input value and labelled below it.
 */
export function drawdownSpec(input: DrawdownInput): TopLevelSpec {
  const { series, trough, yFormat = '.0%', text } = input;
  const width = input.width ?? DEFAULT_WIDTH;
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) throw new Error('drawdownSpec: empty series');
  const values = reduceSeries(series, width, trough ? [trough.date] : []);
  const markers = trough ? [{ ...trough, position: 'below' as const }] : [];
  let deepest = trough?.value ?? 0;
  for (const p of series) if (p.value < deepest) deepest = p.value;
  // The top of the domain is exactly 0; 15 % extra depth below the trough leaves room for its label.
  const domainMin = deepest < 0 ? deepest * (trough ? 1.15 : 1.02) : -0.01;
  return asSpec({
    ...frame(input),
    encoding: {
      y: {
        field: 'value',
        type: 'quantitative',
        scale: { domain: [domainMin, 0], nice: true },
        axis: { title: text.yTitle ?? null, format: yFormat },
      },
    },
    layer: [
      {
        data: datedValues(values),
        encoding: { x: timeX(input.locale, text.xTitle, width) },
        mark: {
          type: 'area',
          color: PALETTE.loss,
          fillOpacity: 0.22,
          line: { color: PALETTE.loss, strokeWidth: 1.2 },
          clip: true,
        },
      },
      {
        // The 0 % water line: one row on the shared `value` field (see line-spec.ts on `datum`).
        data: { values: [{ value: 0 }] },
        mark: { type: 'rule', color: PALETTE.reference, strokeWidth: 1 },
      },
      ...markerLayers(markers, [first.date, last.date], [trough?.value ?? 0, 0], width, PALETTE.loss),
    ],
  });
}
