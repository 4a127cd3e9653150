import { publishedOn, truncateSeries, type Series } from '../data/series';
import { truncateGdpTables } from '../data/gdp-tables';
import { SERIES, SERIES_IDS, type Frequency, type SeriesId } from '../data/series-catalog';
import type { ChapterContext, ReportInputs } from './chapter';
import { drawnFacts } from './figure-drawn-facts';
import { FIGURES } from './figure-list';
import { resolveEdition, type Edition } from './edition';
import { count, date, flag, flattenFacts, month, quarter, word, type Fact, type FactTree } from './fact';
import { chapterResults } from '../../chapters/all-facts';
import { documentsKnown, seedRegister, type RegisterRow } from './seed-register';
import type { SourceDocument } from '../data/curated/seed-checks';
import { REPORT_CONFIG } from '../config/active';
import { CHAPTER_SLUGS, chaptersReadBy } from '../../chapters/registry';
import type { ReportConfig } from '../config/schema';
import { publishedSeries } from '../config/published';

export type { ReportInputs } from './chapter';

/** The datasets of every chapter (what its `<slug>/facts.ts`, exporting `<camelSlug>Facts`, computes), by slug. */
export type ChapterDatasets = ReturnType<typeof chapterResults>['datasets'];

/** One edition of the report: its facts (what prose states) and datasets (what figures draw). */
export interface Report {
  edition: Edition;
  facts: FactTree;
  /** Every fact by dotted key. */
  index: ReadonlyMap<string, Fact>;
  datasets: ChapterDatasets & {
    /** Every check of the two source documents this edition can make, with its verdict. */
    seedRegister: RegisterRow[];
    /** The two source documents: the one term for each, in each language, and their full citations. */
    sources: Record<string, SourceDocument>;
  };
  /** Every series as truncated to the edition, for data downloads. */
  series: Record<SeriesId, Series>;
}

/**
 * Days past a series' usual publication (period end plus `publicationLagDays`) after which the edition
 * calls it out of date: a few days of holidays for daily prices, a month for monthly and quarterly
 * releases. A step series (the policy target) is never stale: each row holds until the next, and the
 * edition knows every change up to its date.
 */
export const STALE_TOLERANCE_DAYS: Readonly<Record<Frequency, number>> = { daily: 7, monthly: 31, quarterly: 45, steps: Number.POSITIVE_INFINITY };

/** Whether the last observation of `s` is older than its publisher's schedule explains at `asOf` (ISO). */
export function isStale(s: Series, asOf: string): boolean {
  const last = s.dates[s.dates.length - 1];
  if (last === undefined) return false;
  const def = SERIES[s.id];
  if (!Number.isFinite(STALE_TOLERANCE_DAYS[def.frequency])) return false;
  // A series its publisher stopped is ended, not late: the page names its end instead.
  if ((def.endedOn !== undefined && def.endedOn <= asOf) || def.eventsOnly) return false;
  const due = new Date(`${publishedOn(last, def.frequency, def.publicationLagDays)}T00:00:00Z`);
  due.setUTCDate(due.getUTCDate() + STALE_TOLERANCE_DAYS[def.frequency]);
  return due.toISOString().slice(0, 10) < asOf;
}

/**
 * First and last observation (a date, month or quarter by the series' frequency) and row count of a
 * series as the edition knows it; `available` false when empty; `stale` when its last observation is
 * older than its usual publication lag plus {@link STALE_TOLERANCE_DAYS} at the edition's date.
 */
function span(s: Series, asOf: string): FactTree {
  const freq = SERIES[s.id].frequency;
  const when = freq === 'monthly' ? month : freq === 'quarterly' ? quarter : date;
  return {
    available: flag(s.dates.length > 0),
    stale: flag(isStale(s, asOf)),
    first: when(s.dates[0] ?? null),
    last: when(s.dates[s.dates.length - 1] ?? null),
    rows: count(s.dates.length),
    frequency: word(SERIES[s.id].frequency),
  };
}

/**
 * Builds the edition as of `requestedAsOf` (REPORT_AS_OF; undefined = the last date in the data) of the
 * report `config` describes: the edition follows the index's trading days, the statistics chapter
 * measures the index and compares it with the first comparator, and the facts hold the chapters the
 * config lists (and the seed checks only where it asks for them).
 */
export function buildReport(inputs: ReportInputs, requestedAsOf: string | undefined, config: ReportConfig = REPORT_CONFIG): Report {
  const indexId = config.index.series;
  const edition = resolveEdition(requestedAsOf, inputs.series[indexId].dates, config.index.names.full.en ?? indexId);
  const series = Object.fromEntries(SERIES_IDS.map((id) => [id, truncateSeries(inputs.series[id], edition.asOf)])) as Record<SeriesId, Series>;
  const knows = documentsKnown(inputs.seedChecks, edition.asOf);
  const ctx: ChapterContext = {
    config,
    edition,
    series,
    gdpTables: truncateGdpTables(inputs.gdpTables, edition.asOf),
    curated: inputs.curated,
    seedClaims: inputs.seedClaims,
    seedChecks: inputs.seedChecks,
    knows,
  };
  // Every chapter is computed for every report (the datasets are typed as always present); the facts
  // hold the config's chapters and the chapters their prose reads (the registry's `reads`), each under its slug.
  const own = chapterResults(ctx);
  const wanted = new Set(config.chapters.flatMap(chaptersReadBy));
  const chapterFacts: FactTree = {
    edition: {
      asOf: date(edition.asOf),
      statsStart: date(edition.statsWindow.start),
      comparisonStart: date(edition.comparisonWindow.start),
    },
    data: Object.fromEntries(publishedSeries(config).map((id) => [id, span(series[id], edition.asOf)])),
    // In the registry's order.
    ...Object.fromEntries(CHAPTER_SLUGS.filter((slug) => wanted.has(slug)).map((slug) => [slug, own.facts[slug]])),
  };
  // The register reads the chapters' own checks, so it is built from their facts, then added to the
  // Methodology chapter's (which lists it).
  const register = config.seedChecks ? seedRegister(inputs.seedChecks, flattenFacts(chapterFacts), edition.asOf) : { facts: {}, rows: [], documents: {} };
  const facts: FactTree = config.seedChecks
    ? { ...chapterFacts, methodology: { ...((chapterFacts.methodology as FactTree | undefined) ?? {}), register: register.facts } }
    : chapterFacts;
  const report: Report = {
    edition,
    facts,
    index: flattenFacts(facts),
    datasets: {
      ...own.datasets,
      seedRegister: register.rows,
      sources: register.documents,
    },
    series,
  };
  // What each chart of the report's chapters draws, for its long description (facts under `figures.<chart id>.`).
  const drawn = Object.entries(drawnFacts(report)).filter(([id]) => FIGURES.some((f) => f.id === id));
  const withFigures: FactTree = { ...facts, figures: Object.fromEntries(drawn) };
  return { ...report, facts: withFigures, index: flattenFacts(withFigures) };
}
