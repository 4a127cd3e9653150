import type { SeedClaims } from '../data/curated';
import { truncateSeries, type Series } from '../data/series';
import { comparison, type ComparisonDatasets } from './comparison';
import { resolveEdition, type Edition } from './edition';
import { count, date, flag, flattenFacts, type Fact, type FactTree } from './fact';
import { seedCheck } from './seed-check';
import { statistics, type StatisticsDatasets } from './statistics';

/** Everything the report reads, already validated by src/lib/data. */
export interface ReportInputs {
  n225: Series;
  csi300: Series;
  seedClaims: SeedClaims;
}

/** One edition of the report: its facts (what prose states) and datasets (what figures draw). */
export interface Report {
  edition: Edition;
  facts: FactTree;
  /** Every fact by dotted key. */
  index: ReadonlyMap<string, Fact>;
  datasets: { statistics: StatisticsDatasets; comparison: ComparisonDatasets | null };
  /** The series as truncated to the edition, for data downloads. */
  series: { n225: Series; csi300: Series };
}

function span(s: Series): FactTree {
  return { first: date(s.dates[0] ?? null), last: date(s.dates[s.dates.length - 1] ?? null), rows: count(s.dates.length) };
}

/** Builds the edition as of `requestedAsOf` (REPORT_AS_OF; undefined = the last date in the data). */
export function buildReport(inputs: ReportInputs, requestedAsOf: string | undefined): Report {
  const edition = resolveEdition(requestedAsOf, inputs.n225.dates);
  const n225 = truncateSeries(inputs.n225, edition.asOf);
  const csi300 = truncateSeries(inputs.csi300, edition.asOf);
  const stats = statistics(n225, edition);
  const cmp = comparison(n225, csi300, edition.asOf);
  const facts: FactTree = {
    edition: {
      asOf: date(edition.asOf),
      statsStart: date(edition.statsWindow.start),
      comparisonStart: date(edition.comparisonWindow.start),
    },
    data: { n225: span(n225), csi300: span(csi300) },
    stats: stats.facts,
    comparison: cmp?.facts ?? { available: flag(false) },
    seedCheck: seedCheck(n225, csi300, inputs.seedClaims),
  };
  return {
    edition,
    facts,
    index: flattenFacts(facts),
    datasets: { statistics: stats.datasets, comparison: cmp?.datasets ?? null },
    series: { n225, csi300 },
  };
}
