import { loadSeedClaims } from '../data/curated-fs';
import { loadSeries } from '../data/series-fs';
import { buildReport, type Report } from './report';

let cached: { key: string; report: Report } | undefined;

/**
 * The report for this build: reads data/ (or REPORT_DATA_DIR) and REPORT_AS_OF once per process and
 * memoises the result, so every page and endpoint of one build shares one set of facts.
 */
export function getReport(): Report {
  const key = `${process.env.REPORT_DATA_DIR ?? ''}|${process.env.REPORT_AS_OF ?? ''}`;
  if (cached?.key !== key) {
    const report = buildReport(
      { n225: loadSeries('n225'), csi300: loadSeries('csi300'), seedClaims: loadSeedClaims() },
      process.env.REPORT_AS_OF,
    );
    cached = { key, report };
  }
  return cached.report;
}
