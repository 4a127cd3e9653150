import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '../report/report';
import type { ChartTexts } from './chart-builder';
import { chartEntry } from '../report/figure-list';
import { CHART_SIZE } from './theme';
import type { Locale } from './types';

export type { ChartBuilder, ChartTexts } from './chart-builder';

/**
 * The Vega-Lite spec of chart `id` for this edition and language, laid out once at CHART_SIZE (user units):
 * the page shows this one SVG at every screen width (see theme.ts).
 */
export function chartSpec(id: string, report: Report, locale: Locale, tx: ChartTexts): TopLevelSpec {
  return chartEntry(id).spec(report, { locale, ...CHART_SIZE }, tx);
}

export { CHART_IDS } from '../report/figure-list';
