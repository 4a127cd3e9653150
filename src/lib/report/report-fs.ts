import { loadDerivativesCurated } from '../data/curated/derivatives-fs';
import { loadMacroCurated } from '../data/curated/macro-fs';
import { loadOverviewCurated } from '../data/curated/overview-fs';
import { loadSeedClaims } from '../data/curated/seed-claims-fs';
import { dataDir, loadAllSeries } from '../data/series-fs';
import type { ReportInputs } from './chapter';
import { buildReport, type Report } from './report';

let cached: { key: string; report: Report } | undefined;

/** Reads and validates every input of the report from a data directory. */
export function loadReportInputs(dir = dataDir()): ReportInputs {
  return {
    series: loadAllSeries(dir),
    seedClaims: loadSeedClaims(dir),
    curated: { overview: loadOverviewCurated(dir), macro: loadMacroCurated(dir), derivatives: loadDerivativesCurated(dir) },
  };
}

/**
 * The report for this build: reads data/ (or REPORT_DATA_DIR) and REPORT_AS_OF once per process and
 * memoises the result, so every page and endpoint of one build shares one set of facts.
 */
export function getReport(): Report {
  const key = `${process.env.REPORT_DATA_DIR ?? ''}|${process.env.REPORT_AS_OF ?? ''}`;
  if (cached?.key !== key) cached = { key, report: buildReport(loadReportInputs(), process.env.REPORT_AS_OF) };
  return cached.report;
}
