import type { TopLevelSpec } from 'vega-lite';
import { asSpec, extent, frame, markerLayers, reduceSeries, timeX, DEFAULT_WIDTH, datedValues } from './spec-parts';
import { PALETTE } from './theme';
import type { ChartBase, ChartMarker, ChartText, DatedValue } from './types';

export interface TrendInput extends ChartBase {
  /** Daily levels in date order (e.g. Nikkei 225 closes). */
  series: readonly DatedValue[];
  /** Points to mark and label, e.g. the window's high and low; labels already localised. */
  markers?: readonly ChartMarker[];
  /** Log y axis (for multi-decade histories). */
  logScale?: boolean;
  /** d3 format for y tick labels; default ',.0f' (28,000). */
  yFormat?: string;
  text: ChartText;
}

/**
 * Tick values for a log axis over [lo, hi]: 1-2-5 × 10^k (e.g. 2,000 5,000 10,000 20,000 50,000); for a range
 * too narrow for three of those, 1…9 × 10^k; if still fewer than three, undefined (Vega's own ticks).
 */
export function logTicks([lo, hi]: readonly [number, number]): number[] | undefined {
  if (!(lo > 0) || !(hi >= lo)) return undefined;
  const within = (mantissas: readonly number[]) => {
    const out: number[] = [];
    for (let k = Math.floor(Math.log10(lo)); k <= Math.ceil(Math.log10(hi)); k++) {
      for (const m of mantissas) {
        const v = Number((m * 10 ** k).toPrecision(12));
        if (v >= lo && v <= hi) out.push(v);
      }
    }
    return out;
  };
  const coarse = within([1, 2, 5]);
  if (coarse.length >= 3) return coarse;
  const fine = within([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  return fine.length >= 3 ? fine : undefined;
}

/**
 * An index level over time: one navy line (reduced to about one point per pixel) with labelled marker points
 * drawn at their exact values. Labels of highs sit above their point, of lows below, aligned to stay inside.
 */
export function trendSpec(input: TrendInput): TopLevelSpec {
  const { series, markers = [], logScale = false, yFormat = ',.0f', text } = input;
  const width = input.width ?? DEFAULT_WIDTH;
  const first = series[0];
  const last = series[series.length - 1];
  if (!first || !last) throw new Error('trendSpec: empty series');
  const values = reduceSeries(
    series,
    width,
    markers.map((m) => m.date),
  );
  const valueRange = extent(series.map((p) => p.value));
  return asSpec({
    ...frame(input),
    encoding: {
      x: timeX(input.locale, text.xTitle, width),
      y: {
        field: 'value',
        type: 'quantitative',
        // Padding leaves room inside the plot for marker labels above the high and below the low.
        scale: {
          ...(logScale ? { type: 'log', nice: false } : { type: 'linear', zero: false, nice: true }),
          padding: markers.length ? 26 : 6,
        },
        axis: { title: text.yTitle ?? null, format: yFormat, ...(logScale ? { values: logTicks(valueRange) } : {}) },
      },
    },
    layer: [
      {
        data: datedValues(values),
        mark: { type: 'line', color: PALETTE.primary, clip: true },
      },
      ...markerLayers(markers, [first.date, last.date], valueRange, width, PALETTE.primary),
    ],
  });
}
