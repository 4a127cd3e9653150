import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '../report/report';
import type { ChartBuilder, ChartTexts } from './chart-builder';
import { CHAPTER_CHARTS } from '../../chapters/all-charts';
import { chartEntry, type ChartEntry, type ChartId } from '../report/figure-list';
import { CHART_SIZE } from './theme';
import type { Locale } from '../i18n/locales';

export type { ChartBuilder, ChartTexts } from './chart-builder';

/**
 * The Vega-Lite spec of chart `id` for this edition and language, laid out once at CHART_SIZE (user units):
 * the page shows this one SVG at every screen width (see theme.ts).
 */
export function chartSpec(id: string, report: Report, locale: Locale, tx: ChartTexts): TopLevelSpec {
  return chartBuilder(chartEntry(id))(report, { locale, ...CHART_SIZE }, tx);
}

/** The builder of chart `c`, from its chapter's charts.ts (typed so that every chart has one). */
export function chartBuilder(c: ChartEntry): ChartBuilder {
  const builders: Readonly<Partial<Record<ChartId, ChartBuilder>>> = CHAPTER_CHARTS[c.chapter];
  const b = builders[c.id];
  if (!b) throw new Error(`Chart "${c.id}" has no builder in src/chapters/${c.chapter}/charts.ts`);
  return b;
}

export { CHART_IDS } from '../report/figure-list';
