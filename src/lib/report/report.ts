import { publishedOn, truncateSeries, type DatedValue, type Series } from '../data/series';
import { truncateGdpTables } from '../data/gdp-tables';
import { SERIES, SERIES_IDS, type Frequency, type SeriesId } from '../data/series-catalog';
import type { ChapterContext, ReportInputs } from './chapter';
import { comparison, type ComparisonDatasets } from '../../chapters/valuation/comparison';
import { drawnFacts } from './figure-drawn-facts';
import { FIGURES } from './figure-list';
import { resolveEdition, type Edition } from './edition';
import { count, date, flag, flattenFacts, month, quarter, word, type Fact, type FactTree } from './fact';
import { chapterResults } from '../../chapters/all-facts';
import { riskFreeRate } from '../../chapters/statistics/risk-free';
import { seedCheck } from '../../chapters/statistics/seed-check';
import { documentsKnown, seedRegister, type RegisterRow } from './seed-register';
import type { SourceDocument } from '../data/curated/seed-checks';
import { statistics, type StatisticsDatasets } from '../../chapters/statistics/facts';
import { ntRatio, valuation, type ValuationDatasets } from '../../chapters/valuation/valuation';
import { REPORT_CONFIG } from '../config/active';
import { CHAPTER_SLUGS, factsChapterOf, isChapterSlug, type ChapterSlug } from '../../chapters/registry';
import type { ReportConfig } from '../config/schema';
import { publishedSeries } from '../config/published';

export type { ReportInputs } from './chapter';

/** The datasets of the chapters that compute their own facts (`<slug>/facts.ts` exporting `<slug>Facts`), by slug. */
export type ChapterDatasets = ReturnType<typeof chapterResults>['datasets'];

/** One edition of the report: its facts (what prose states) and datasets (what figures draw). */
export interface Report {
  edition: Edition;
  facts: FactTree;
  /** Every fact by dotted key. */
  index: ReadonlyMap<string, Fact>;
  datasets: ChapterDatasets & {
    statistics: StatisticsDatasets;
    comparison: ComparisonDatasets | null;
    /** The index's valuation (PER, PBR, dividend yield, earnings yield against the JGB) and its NT ratio, where the report publishes them. */
    valuation: ValuationDatasets;
    nt: DatedValue[];
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
 * Splits a chapter's facts into the subtrees named by `keys` (in the chapter's order) and the rest: how a
 * chapter computed with another (constituents with the overview) takes its own facts under its own slug.
 */
function splitFacts(tree: FactTree, keys: readonly string[]): [FactTree, FactTree] {
  const entries = Object.entries(tree);
  return [Object.fromEntries(entries.filter(([k]) => keys.includes(k))), Object.fromEntries(entries.filter(([k]) => !keys.includes(k)))];
}

/**
 * Builds the edition as of `requestedAsOf` (REPORT_AS_OF; undefined = the last date in the data) of the
 * report `config` describes: the edition follows the index's trading days, the statistics chapter
 * measures the index and compares it with the first comparator, and the facts hold the chapters the
 * config lists (and the seed checks only where it asks for them).
 */
export function buildReport(inputs: ReportInputs, requestedAsOf: string | undefined, config: ReportConfig = REPORT_CONFIG): Report {
  const indexId = config.index.series;
  const comparatorId = (config.comparators[0] as ReportConfig['comparators'][number]).series;
  const edition = resolveEdition(requestedAsOf, inputs.series[indexId].dates, config.index.names.full.en ?? indexId);
  const series = Object.fromEntries(SERIES_IDS.map((id) => [id, truncateSeries(inputs.series[id], edition.asOf)])) as Record<SeriesId, Series>;
  const knows = documentsKnown(inputs.seedChecks, edition.asOf);
  const ctx: ChapterContext = { edition, series, gdpTables: truncateGdpTables(inputs.gdpTables, edition.asOf), curated: inputs.curated, knows };
  const stats = statistics(series[indexId], edition, riskFreeRate(series.callRate, series.policyRate, edition.statsWindow.start, edition.asOf));
  const published = publishedSeries(config);
  // TOPIX beside the comparator, and the NT ratio, in a report on another index that publishes TOPIX.
  const withTopix = indexId !== 'topix' && published.includes('topix');
  const cmp = comparison(series[indexId], series[comparatorId], edition.asOf, withTopix ? series.topix : undefined);
  const val = valuation(series, edition.asOf, published.includes('perMonthly'));
  const nt = ntRatio(series[indexId], series.topix, withTopix);
  // Chapters that compute their own facts (through the registry) are computed for every report (their
  // datasets are typed as always present), but only the config's chapters contribute facts.
  const own = chapterResults(ctx);
  const has = (...c: ChapterSlug[]) => c.some((x) => config.chapters.includes(x));
  const wanted = new Set(config.chapters.map(factsChapterOf));
  const bySlug: Partial<Record<ChapterSlug, FactTree>> = Object.fromEntries(Object.entries(own.facts).filter(([slug]) => isChapterSlug(slug) && wanted.has(slug)));
  // Each chapter's facts sit under its slug. A chapter split from another is computed with it (overview →
  // constituents, macro → economy, derivatives → funds) and both are published when either is listed.
  if (bySlug.overview) {
    const [members, overviewFacts] = splitFacts(bySlug.overview, ['constituents', 'seedTopTen', 'weights', 'size', 'changes']);
    bySlug.overview = overviewFacts;
    // The members' own facts are the Constituents chapter's top level (`constituents.count`); the rest keep their names.
    bySlug.constituents = { ...(members.constituents as FactTree), ...splitFacts(members, ['constituents'])[1] };
  }
  if (bySlug.macro) {
    const [economy, macroFacts] = splitFacts(bySlug.macro, ['fx', 'gdp', 'gdpParts', 'covid', 'cpi']);
    const [economyShown, macroSections] = splitFacts(bySlug.macro.sections as FactTree, ['economy']);
    bySlug.macro = { ...macroFacts, sections: macroSections };
    bySlug.economy = { ...economy, anyShown: economyShown.economy as Fact };
  }
  if (bySlug.derivatives) {
    const [funds, derivativesFacts] = splitFacts(bySlug.derivatives, ['etf', 'china', 'chinaEtfs', 'tokyoClose']);
    bySlug.derivatives = derivativesFacts;
    bySlug.funds = funds;
  }
  bySlug.statistics = {
    ...stats.facts,
    // The 2022 report's figures are checked only in editions that know the report.
    seedCheck:
      config.seedChecks && knows.r2022
        ? seedCheck(series.n225, series.csi300, inputs.seedClaims, inputs.seedChecks, { call: series.callRate, policy: series.policyRate })
        : { available: flag(false) },
  };
  bySlug.valuation = {
    ...val.facts,
    nt: nt.facts,
    comparison: cmp?.facts ?? { available: flag(false) },
    // Whether the Valuation and comparison chapter has any section in this edition (else it says why it is short).
    ...(has('valuation') ? { anyShown: flag(val.datasets.per.length > 0 || cmp !== null || nt.series.length > 0) } : {}),
  };
  const chapterFacts: FactTree = {
    edition: {
      asOf: date(edition.asOf),
      statsStart: date(edition.statsWindow.start),
      comparisonStart: date(edition.comparisonWindow.start),
    },
    data: Object.fromEntries(publishedSeries(config).map((id) => [id, span(series[id], edition.asOf)])),
    // In the registry's order.
    ...Object.fromEntries(CHAPTER_SLUGS.flatMap((slug) => (bySlug[slug] ? [[slug, bySlug[slug]]] : []))),
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
      statistics: stats.datasets,
      comparison: cmp?.datasets ?? null,
      valuation: val.datasets,
      nt: nt.series,
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
