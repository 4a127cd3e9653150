import type { ChapterContext, ChapterResult } from '../../lib/report/chapter';
import { flag } from '../../lib/report/fact';
import type { DatedValue } from '../../lib/data/series';
import { publishedSeries } from '../../lib/config/published';
import { comparison, type ComparisonDatasets } from './comparison';
import { ntRatio, valuation, type ValuationDatasets } from './valuation';

/** What the Valuation and comparison chapter's figures draw. */
export interface ValuationChapterDatasets extends ValuationDatasets {
  /** The index against the first comparator (and TOPIX, where the report publishes it) over five years; null without comparator data. */
  comparison: ComparisonDatasets | null;
  /** The NT ratio (the index ÷ TOPIX), where the report publishes it. */
  nt: DatedValue[];
}

/**
 * Facts and datasets of the Valuation and comparison chapter for one edition: the index's valuation (PER,
 * PBR, dividend yield, earnings yield against the JGB) where the report publishes it, the NT ratio, and
 * the five-year comparison with the first comparator (beside TOPIX in a report on another index that
 * publishes TOPIX). `anyShown` says whether the edition has any of them (else the chapter says why it is short).
 */
export function valuationFacts(ctx: ChapterContext): ChapterResult<ValuationChapterDatasets> {
  const { series, edition, config } = ctx;
  const indexId = config.index.series;
  const comparatorId = (config.comparators[0] as (typeof config.comparators)[number]).series;
  const published = publishedSeries(config);
  const withTopix = indexId !== 'topix' && published.includes('topix');
  const cmp = comparison(series[indexId], series[comparatorId], edition.asOf, withTopix ? series.topix : undefined);
  const val = valuation(series, edition.asOf, published.includes('perMonthly'));
  const nt = ntRatio(series[indexId], series.topix, withTopix);
  return {
    facts: {
      ...val.facts,
      nt: nt.facts,
      comparison: cmp?.facts ?? { available: flag(false) },
      anyShown: flag(val.datasets.per.length > 0 || cmp !== null || nt.series.length > 0),
    },
    datasets: { ...val.datasets, comparison: cmp?.datasets ?? null, nt: nt.series },
  };
}
