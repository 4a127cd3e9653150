import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '../report/report';
import type { ChartBuilder, ChartTexts } from './chart-builder';
import { derivativesCharts } from './derivatives-charts';
import { macroCharts } from './macro-charts';
import { outlookCharts } from './outlook-charts';
import { overviewCharts } from './overview-charts';
import { statisticsCharts } from './statistics-charts';
import type { Locale } from './types';

export type { ChartBuilder, ChartTexts } from './chart-builder';

const BUILDERS: Readonly<Record<string, ChartBuilder>> = { ...overviewCharts, ...statisticsCharts, ...macroCharts, ...derivativesCharts, ...outlookCharts };

/** Chart sizes in CSS px: the page column on wide screens, and a phone-width variant with readable text. */
export const CHART_SIZES = { wide: { width: 720, height: 320 }, narrow: { width: 360, height: 280 } } as const;

/** The Vega-Lite spec of chart `id` for this edition, language and size. */
export function chartSpec(id: string, report: Report, locale: Locale, tx: ChartTexts, size: keyof typeof CHART_SIZES = 'wide'): TopLevelSpec {
  const build = BUILDERS[id];
  if (!build) throw new Error(`No chart builder for "${id}"`);
  return build(report, { locale, ...CHART_SIZES[size] }, tx);
}

export const CHART_IDS = Object.keys(BUILDERS);
