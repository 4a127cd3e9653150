import type { TopLevelSpec } from 'vega-lite';
import type { StringKey } from '../i18n/t';
import type { FigureDef } from '../report/figure-def';
import type { Report } from '../report/report';
import type { ChartBase } from './types';

/** The page's text helpers: plain labels (UI strings), and marker labels built from a value and a date. */
export interface ChartTexts {
  label: (key: StringKey) => string;
  marker: (kind: 'high' | 'low' | 'trough', value: { value: number; unit: 'pts' | 'pct' }, date: string) => string;
  /** Formats a number, percentage (fraction) or ISO date for the page's language. */
  format: (value: number | string, unit: 'pts' | 'pct' | 'ratio' | 'date') => string;
}

/** Builds one figure's Vega-Lite spec from the edition's report, at a size and in a language. */
export type ChartBuilder = (r: Report, base: Required<ChartBase>, tx: ChartTexts) => TopLevelSpec;

/** The ids of the charts (not tables) in a chapter's figure list. */
export type ChartIdsOf<F extends readonly FigureDef[]> = Extract<F[number], { kind: 'chart' }>['id'];

/**
 * A chapter's chart builders, by figure id: exactly one per chart of its figure list
 * (`satisfies ChartBuilders<typeof <slug>Figures>` in the chapter's charts.ts), so a chart without a
 * builder, or a builder for no chart, does not compile.
 */
export type ChartBuilders<F extends readonly FigureDef[]> = Record<ChartIdsOf<F>, ChartBuilder>;
