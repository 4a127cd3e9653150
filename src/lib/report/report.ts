import { truncateSeries, type Series } from '../data/series';
import { SERIES, SERIES_IDS, type SeriesId } from '../data/series-catalog';
import type { ChapterContext, ReportInputs } from './chapter';
import { comparison, type ComparisonDatasets } from './comparison';
import { derivatives, type DerivativesDatasets } from './derivatives';
import { resolveEdition, type Edition } from './edition';
import { count, date, flag, flattenFacts, month, quarter, word, type Fact, type FactTree } from './fact';
import { macro, type MacroDatasets } from './macro';
import { methodology } from './methodology';
import { outlook, type OutlookDatasets } from './outlook';
import { overview, type OverviewDatasets } from './overview';
import { seedCheck } from './seed-check';
import { seedRegister, type RegisterRow } from './seed-register';
import type { SourceDocument } from '../data/curated/seed-checks';
import { statistics, type StatisticsDatasets } from './statistics';

export type { ReportInputs } from './chapter';

/** One edition of the report: its facts (what prose states) and datasets (what figures draw). */
export interface Report {
  edition: Edition;
  facts: FactTree;
  /** Every fact by dotted key. */
  index: ReadonlyMap<string, Fact>;
  datasets: {
    statistics: StatisticsDatasets;
    comparison: ComparisonDatasets | null;
    overview: OverviewDatasets;
    macro: MacroDatasets;
    derivatives: DerivativesDatasets;
    outlook: OutlookDatasets;
    /** Every check of the two source documents this edition can make, with its verdict. */
    seedRegister: RegisterRow[];
    /** The two source documents: the one term for each, in each language, and their full citations. */
    sources: Record<string, SourceDocument>;
  };
  /** Every series as truncated to the edition, for data downloads. */
  series: Record<SeriesId, Series>;
}

/** First and last observation (a date, month or quarter by the series' frequency) and row count of a series as the edition knows it; `available` false when empty. */
function span(s: Series): FactTree {
  const freq = SERIES[s.id].frequency;
  const when = freq === 'monthly' ? month : freq === 'quarterly' ? quarter : date;
  return {
    available: flag(s.dates.length > 0),
    first: when(s.dates[0] ?? null),
    last: when(s.dates[s.dates.length - 1] ?? null),
    rows: count(s.dates.length),
    frequency: word(SERIES[s.id].frequency),
  };
}

/** Builds the edition as of `requestedAsOf` (REPORT_AS_OF; undefined = the last date in the data). */
export function buildReport(inputs: ReportInputs, requestedAsOf: string | undefined): Report {
  const edition = resolveEdition(requestedAsOf, inputs.series.n225.dates);
  const series = Object.fromEntries(SERIES_IDS.map((id) => [id, truncateSeries(inputs.series[id], edition.asOf)])) as Record<SeriesId, Series>;
  const ctx: ChapterContext = { edition, series, curated: inputs.curated };
  const stats = statistics(series.n225, edition);
  const cmp = comparison(series.n225, series.csi300, edition.asOf);
  const ov = overview(ctx);
  const mac = macro(ctx);
  const der = derivatives(ctx);
  const out = outlook(ctx);
  const chapterFacts: FactTree = {
    edition: {
      asOf: date(edition.asOf),
      statsStart: date(edition.statsWindow.start),
      comparisonStart: date(edition.comparisonWindow.start),
    },
    data: Object.fromEntries(SERIES_IDS.map((id) => [id, span(series[id])])),
    overview: ov.facts,
    methodology: methodology(),
    stats: stats.facts,
    comparison: cmp?.facts ?? { available: flag(false) },
    seedCheck: seedCheck(series.n225, series.csi300, inputs.seedClaims, inputs.seedChecks),
    macro: mac.facts,
    derivatives: der.facts,
    outlook: out.facts,
  };
  // The register reads the chapters' own checks, so it is built from their facts, then added to them.
  const register = seedRegister(inputs.seedChecks, flattenFacts(chapterFacts), edition.asOf);
  const facts: FactTree = { ...chapterFacts, seedChecks: register.facts };
  return {
    edition,
    facts,
    index: flattenFacts(facts),
    datasets: {
      statistics: stats.datasets,
      comparison: cmp?.datasets ?? null,
      overview: ov.datasets,
      macro: mac.datasets,
      derivatives: der.datasets,
      outlook: out.datasets,
      seedRegister: register.rows,
      sources: register.documents,
    },
    series,
  };
}
