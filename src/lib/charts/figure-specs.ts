import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '../report/report';
import type { ChartBuilder, ChartTexts } from './chart-builder';
import { derivativesCharts } from '../../chapters/derivatives/charts';
import { macroCharts } from '../../chapters/macro/charts';
import { outlookCharts } from '../../chapters/outlook/charts';
import { overviewCharts } from '../../chapters/overview/charts';
import { statisticsCharts } from '../../chapters/statistics/charts';
import { CHART_SIZE } from './theme';
import type { Locale } from './types';

export type { ChartBuilder, ChartTexts } from './chart-builder';

const BUILDERS: Readonly<Record<string, ChartBuilder>> = { ...overviewCharts, ...statisticsCharts, ...macroCharts, ...derivativesCharts, ...outlookCharts };

/**
 * The Vega-Lite spec of chart `id` for this edition and language, laid out once at CHART_SIZE (user units):
 * the page shows this one SVG at every screen width (see theme.ts).
 */
export function chartSpec(id: string, report: Report, locale: Locale, tx: ChartTexts): TopLevelSpec {
  const build = BUILDERS[id];
  if (!build) throw new Error(`No chart builder for "${id}"`);
  return build(report, { locale, ...CHART_SIZE }, tx);
}

export const CHART_IDS = Object.keys(BUILDERS);
