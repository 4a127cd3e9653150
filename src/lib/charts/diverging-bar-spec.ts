import type { TopLevelSpec } from 'vega-lite';
import { asSpec, frame, legendPlacement, DEFAULT_WIDTH } from './spec-parts';
import { PALETTE } from './theme';
import type { ChartBase } from './types';

export interface DivergingBarInput extends ChartBase {
  /** One entry per category (e.g. a year), in order: a count drawn upwards and one drawn downwards. */
  rows: readonly { key: string; up: number; down: number }[];
  /** d3 format of the y axis; default ',d'. */
  yFormat?: string;
  /** Localised legend names of the two bars and axis titles. */
  text: { up: string; down: string; xTitle?: string; yTitle?: string };
}

/**
 * Two counts per category as one bar above zero (`up`, primary colour) and one below (`down`, loss colour),
 * e.g. additions and deletions per year; the y axis shows both as positive numbers.
 */
export function divergingBarSpec(input: DivergingBarInput): TopLevelSpec {
  const { rows, text, yFormat = ',d' } = input;
  if (rows.length === 0) throw new Error('divergingBarSpec: no rows');
  const width = input.width ?? DEFAULT_WIDTH;
  const values = rows.flatMap((r) => [
    { key: r.key, kind: text.up, value: r.up },
    { key: r.key, kind: text.down, value: -r.down },
  ]);
  const keys = rows.map((r) => r.key);
  // Label every year when they fit, else every fifth (the axis keeps its category band for each).
  const every = width / keys.length >= 24 ? 1 : 5;
  return asSpec({
    ...frame(input),
    data: { values },
    layer: [
      {
        mark: { type: 'bar', width: { band: 0.75 } },
        encoding: {
          x: {
            field: 'key',
            type: 'ordinal',
            sort: keys,
            axis: {
              title: text.xTitle ?? null,
              labelAngle: 0,
              labelExpr: every === 1 ? 'datum.label' : `indexof(${JSON.stringify(keys)}, datum.value) % ${every} == 0 ? datum.label : ''`,
            },
          },
          y: { field: 'value', type: 'quantitative', axis: { title: text.yTitle ?? null, format: yFormat, labelExpr: `format(abs(datum.value), '${yFormat}')` } },
          color: {
            field: 'kind',
            type: 'nominal',
            scale: { domain: [text.up, text.down], range: [PALETTE.primary, PALETTE.loss] },
            legend: { title: null, ...legendPlacement([text.up, text.down], text.yTitle, width) },
          },
        },
      },
      {
        data: { values: [{ value: 0 }] },
        mark: { type: 'rule', color: PALETTE.reference, strokeWidth: 1 },
        encoding: { y: { field: 'value', type: 'quantitative' } },
      },
    ],
  });
}
