import { SERIES_IDS, type SeriesId } from '../data/series-catalog';
import { REPORT_CONFIG } from './active';
import type { ReportConfig } from './schema';

/**
 * The series a report publishes — its `data.<id>` facts, the Data page, the Methodology chapter's source
 * table and the series downloads — in catalogue order: the config's `series`.
 */
export function publishedSeries(config: ReportConfig = REPORT_CONFIG): SeriesId[] {
  return SERIES_IDS.filter((id) => config.series.includes(id));
}
