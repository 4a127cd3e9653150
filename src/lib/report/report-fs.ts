import { loadDerivativesCurated } from '../data/curated/derivatives-fs';
import { loadMacroCurated } from '../data/curated/macro-fs';
import { loadOverviewCurated } from '../data/curated/overview-fs';
import { loadSeedChecks, loadSeedClaims } from '../data/curated/seed-claims-fs';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { dataDir, loadAllSeries } from '../data/series-fs';
import { loadGdpTables } from '../data/gdp-tables-fs';
import type { ReportInputs } from './chapter';
import { buildReport, type Report } from './report';

let cached: { key: string; report: Report } | undefined;

/** Reads and validates every input of the report from a data directory. */
export function loadReportInputs(dir = dataDir()): ReportInputs {
  return {
    series: loadAllSeries(dir),
    gdpTables: loadGdpTables(dir),
    seedClaims: loadSeedClaims(dir),
    seedChecks: loadSeedChecks(dir),
    curated: { overview: loadOverviewCurated(dir), macro: loadMacroCurated(dir), derivatives: loadDerivativesCurated(dir) },
  };
}

/**
 * A cheap fingerprint of the data directory: every file's name, size and modification time in data/
 * and data/curated/ (a few dozen `stat` calls, no reads). It changes when an analyst edits or ingests
 * a file, which is how `npm run dev` picks up new data without a restart.
 */
export function dataFingerprint(dir = dataDir()): string {
  const parts: string[] = [];
  for (const sub of ['', 'curated']) {
    const d = path.join(dir, sub);
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      try {
        const st = statSync(path.join(d, name));
        if (st.isFile()) parts.push(`${sub}/${name}:${st.size}:${st.mtimeMs}`);
      } catch {
        // A file removed between readdir and stat (an atomic rename in progress) is picked up next time.
      }
    }
  }
  return parts.join('|');
}

/**
 * The report for this build: reads data/ (or REPORT_DATA_DIR) and REPORT_AS_OF and memoises the
 * result, so every page and endpoint of one build shares one set of facts. The memo is keyed on the
 * data files' sizes and modification times too, so a dev server re-reads the data after a change.
 */
export function getReport(): Report {
  const key = `${process.env.REPORT_DATA_DIR ?? ''}|${process.env.REPORT_AS_OF ?? ''}|${dataFingerprint()}`;
  if (cached?.key !== key) cached = { key, report: buildReport(loadReportInputs(), process.env.REPORT_AS_OF) };
  return cached.report;
}
