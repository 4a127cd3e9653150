import { loadDerivativesCurated } from '../data/curated/derivatives-fs';
import { loadMacroCurated } from '../data/curated/macro-fs';
import { loadOverviewCurated } from '../data/curated/overview-fs';
import { loadSeedChecks, loadSeedClaims } from '../data/curated/seed-claims-fs';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { dataDir, loadAllSeries } from '../data/series-fs';
import { loadGdpTables } from '../data/gdp-tables-fs';
import type { ReportInputs } from './chapter';
import type { ConstituentChange } from '../data/constituent-changes';
import { buildReport, type Report } from './report';
import { currentEdition } from './edition-scope';
import { resolvePublished, type PublishedEdition } from './published';
import { REPORT_CONFIG, REPORT_CONFIG_FILE } from '../config/active';

/** Inputs read once per data state; reports built once per edition from them (the archive build keeps several). */
let cached: { key: string; inputs: ReportInputs; reports: Map<string, Report> } | undefined;

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
 * The report for this page: reads data/ (or REPORT_DATA_DIR) once and memoises each edition's report,
 * so every page and endpoint of one build shares one set of facts per edition. The edition is the old
 * edition being rendered (src/lib/report/edition-scope.ts), else REPORT_AS_OF (unset: the latest). The
 * memo is keyed on the data files' sizes and modification times too, so a dev server re-reads the data
 * after a change.
 */
export function getReport(): Report {
  return reportAsOf(currentEdition()?.requested ?? process.env.REPORT_AS_OF);
}

/** The report as of `requested` (YYYY-MM-DD; undefined = the latest), built once per data state. */
export function reportAsOf(requested: string | undefined): Report {
  const key = `${process.env.REPORT_DATA_DIR ?? ''}|${dataFingerprint()}`;
  if (cached?.key !== key) cached = { key, inputs: loadReportInputs(), reports: new Map() };
  const memo = requested ?? '';
  let report = cached.reports.get(memo);
  if (!report) cached.reports.set(memo, (report = buildReport(cached.inputs, requested)));
  return report;
}

/**
 * The editions this build keeps, newest first (the latest first): none but the latest unless
 * `REPORT_ARCHIVE` asks for the archive — `all` for every published edition of the config, or a comma
 * list of its dates (tests and the bench build a few). The latest is REPORT_AS_OF's edition (unset: the
 * data's last date); listed dates after it are not yet editions.
 */
export function archiveEditions(): PublishedEdition[] {
  const latest = reportAsOf(process.env.REPORT_AS_OF);
  const wanted = (process.env.REPORT_ARCHIVE ?? '').trim();
  const only =
    wanted === '' || wanted === 'all'
      ? undefined
      : wanted
          .split(',')
          .map((d) => d.trim())
          .filter((d) => d !== '' && d !== 'latest');
  const all = resolvePublished(REPORT_CONFIG.editions, latest.series[REPORT_CONFIG.index.series].dates, latest.edition.asOf, REPORT_CONFIG_FILE, only);
  return wanted === '' ? all.filter((e) => e.latest) : all;
}

/** Whether this build is the archive build (REPORT_ARCHIVE set): the editions page, feeds and what-changed pages exist. */
export function isArchiveBuild(): boolean {
  return (process.env.REPORT_ARCHIVE ?? '').trim() !== '' && REPORT_CONFIG.editions.length > 0;
}

/** The kept edition named `id` (a URL's `[edition]`); an unknown one fails the build. */
export function editionById(id: string): PublishedEdition {
  const e = archiveEditions().find((x) => x.id === id);
  if (!e) throw new Error(`No published edition "${id}" in this build (REPORT_ARCHIVE=${process.env.REPORT_ARCHIVE ?? ''})`);
  return e;
}

/** The index's constituent-change history, whole (not cut to an edition): what changed between two editions. */
export function constituentHistory(): readonly ConstituentChange[] {
  reportAsOf(process.env.REPORT_AS_OF);
  return cached!.inputs.curated.overview.changes;
}
