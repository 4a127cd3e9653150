import type { TopLevelSpec } from 'vega-lite';
import { asSpec, datedValues, frame, legendPlacement, timeX, DEFAULT_WIDTH } from './spec-parts';
import { PALETTE } from './theme';
import type { ChartBase, DatedValue } from './types';

/** One bar: its category (a label or a number such as a lag) or an ISO date, and its value (null: no bar). */
export interface Bar {
  key: string | number;
  value: number | null;
}

export interface BarInput extends ChartBase {
  bars: readonly Bar[];
  /** Categories in the given order, or dates binned by a calendar unit (each bar spans its quarter or month). */
  x: { type: 'category' } | { type: 'time'; unit: 'quarter' | 'month' };
  /** Key of a bar to draw in the primary colour (e.g. the strongest lag, the latest quarter). */
  highlight?: string | number;
  /** Draw bars below zero in the loss colour. */
  colourBySign?: boolean;
  /** Horizontal reference lines (dashed), e.g. a ±1.96/√n significance band or a target. Zero is always drawn, solid. */
  references?: readonly number[];
  /** A line drawn over time bars (x type 'time' only), e.g. year-on-year growth over quarter-on-quarter bars. */
  overlay?: { name: string; points: readonly DatedValue[] };
  /** d3 format for y labels, e.g. '.0%' or '.2f'. */
  yFormat: string;
  /** Localised axis titles; `barsLabel` names the bars in the legend when there is an overlay. */
  text: { xTitle?: string; yTitle?: string; barsLabel?: string };
}

const TIME_UNIT = { quarter: 'utcyearquarter', month: 'utcyearmonth' } as const;

/**
 * Vertical bars over categories or calendar periods, negative values allowed: zero as a solid rule,
 * optional dashed reference lines, one highlighted bar, bars below zero optionally in the loss colour, and
 * optionally a line over time bars with a small legend telling bars from line.
 */
export function barSpec(input: BarInput): TopLevelSpec {
  const { bars, highlight, colourBySign = false, references = [], overlay, yFormat, text } = input;
  const width = input.width ?? DEFAULT_WIDTH;
  if (bars.length === 0) throw new Error('barSpec: no bars');
  if (overlay && input.x.type !== 'time') throw new Error('barSpec: an overlay line needs time bars');
  // Every mark is coloured through one scale of "tones", so the legend (when there is an overlay) can list just
  // the bars and the line while highlighted and negative bars keep their own colours.
  const tones = { bars: text.barsLabel ?? 'bars', line: overlay?.name ?? 'line', negative: '\u2212', highlight: '\u2605' };
  const tone = (b: Bar) => (b.key === highlight ? tones.highlight : colourBySign && (b.value ?? 0) < 0 ? tones.negative : tones.bars);
  const rows = bars.filter((b) => b.value !== null).map((b) => ({ key: b.key, value: b.value, tone: tone(b) }));
  const colour = {
    field: 'tone',
    type: 'nominal',
    scale: { domain: [tones.bars, tones.line, tones.negative, tones.highlight], range: [PALETTE.bar, PALETTE.comparison, PALETTE.loss, PALETTE.primary] },
    legend: overlay ? { title: null, values: [tones.bars, tones.line], ...legendPlacement([tones.bars, tones.line], text.yTitle, width) } : null,
  };
  const isTime = input.x.type === 'time';
  const x = isTime
    ? { ...timeX(input.locale, text.xTitle, width), timeUnit: TIME_UNIT[(input.x as { unit: 'quarter' | 'month' }).unit], field: 'date' }
    : {
        field: 'key',
        type: 'ordinal',
        sort: bars.map((b) => b.key),
        axis: { title: text.xTitle ?? null, labelAngle: 0, labelOverlap: true },
      };
  const y = { field: 'value', type: 'quantitative', axis: { title: text.yTitle ?? null, format: yFormat }, scale: { zero: true, nice: true } };
  const layers: Record<string, unknown>[] = [
    {
      data: isTime ? datedValues(rows.map((r) => ({ ...r, date: String(r.key) }))) : { values: rows },
      mark: { type: 'bar', ...(isTime ? {} : { width: { band: 0.75 } }) },
      encoding: { x, y, color: colour },
    },
    {
      data: { values: [{ value: 0 }] },
      mark: { type: 'rule', color: PALETTE.reference, strokeWidth: 1 },
      encoding: { y: { field: 'value', type: 'quantitative' } },
    },
  ];
  if (references.length > 0) {
    layers.push({
      data: { values: references.map((value) => ({ value })) },
      mark: { type: 'rule', color: PALETTE.reference, strokeWidth: 1, strokeDash: [4, 3] },
      encoding: { y: { field: 'value', type: 'quantitative' } },
    });
  }
  if (overlay) {
    layers.push({
      data: datedValues(overlay.points.map((p) => ({ ...p, tone: tones.line }))),
      mark: { type: 'line', strokeWidth: 2.4, point: { size: 50, filled: true } },
      encoding: { x: { ...x, bandPosition: 0.5 }, y: { field: 'value', type: 'quantitative' }, color: colour },
    });
  }
  return asSpec({ ...frame(input), layer: layers });
}
