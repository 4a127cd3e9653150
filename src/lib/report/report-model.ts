import type { Series } from '../data/series';
import type { SeriesId } from '../data/series-catalog';
import type { SourceDocument } from '../data/curated/seed-checks';
import type { ComparisonDatasets } from './comparison';
import type { DerivativesDatasets } from './derivatives';
import type { Edition } from './edition';
import type { Fact, FactTree } from './fact';
import type { MacroDatasets } from './macro';
import type { OutlookDatasets } from './outlook';
import type { OverviewDatasets } from './overview';
import type { RegisterRow } from './seed-register';
import type { StatisticsDatasets } from './statistics';

/*
 * The report's shape, apart from buildReport (report.ts): modules that read a built report (figure-drawn.ts,
 * figure-drawn-facts.ts) and that buildReport itself calls import it from here, so no import cycle runs through report.ts.
 */

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
