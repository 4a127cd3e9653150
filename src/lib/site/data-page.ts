import { publishedSeries } from '../config/published';
import { REPORT_CONFIG } from '../config/active';
import { reportNames } from '../config/names';
import { SERIES, type Frequency, type SeriesId } from '../data/series-catalog';
import { formatCount, formatDate, formatMonth, formatNumber, formatQuarter } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import { isStringKey, t } from '../i18n/t';
import type { Report } from '../report/report';
import { seriesNotes } from './series-notes';
import { dataHref } from './paths';

/**
 * What the Data page and the footer's freshness note say about each series: pure view models built
 * from the edition (spans as truncated to the as-of date) and data/sources.json (provenance).
 */

/** A series' observation date as its period: a day, a month (2025年2月 / Feb 2025) or a quarter (2026年第2季度 / 2026 Q2). */
export function formatPeriod(date: string, frequency: Frequency, locale: Locale): string {
  if (frequency === 'monthly') return formatMonth(date, locale);
  if (frequency === 'quarterly') return formatQuarter(date, locale);
  return formatDate(date, locale);
}

/**
 * What the Data page reads of data/sources.json, the ingest command's provenance record (its `Sources`,
 * src/lib/ingest/sources.ts, fits this shape; the page passes it in, so the site does not depend on ingest).
 */
export interface SeriesProvenance {
  series: Partial<
    Record<
      SeriesId,
      {
        /** Date (YYYY-MM-DD) the canonical file last changed. */
        updated: string;
        ingests: readonly unknown[];
        revisions: readonly unknown[];
      }
    >
  >;
}

/** Decimals each canonical file keeps, per series (the ingest command's `SERIES_SOURCES` fits this shape). */
export type CanonicalPrecision = Readonly<Record<SeriesId, { precision: { decimals: number } }>>;

/** Decimals a reader sees for a series' values: index levels and prices 2, rates 3, whole units 0. */
function displayDigits(id: SeriesId, canonical: CanonicalPrecision): number {
  return Math.min(canonical[id].precision.decimals, ['jgb10y', 'callRate', 'etf513520', 'etf513000', 'etf513880', 'etf159866'].includes(id) ? 3 : 2);
}

/**
 * Who publishes series `id`, in `locale`: for the report's index and comparator the report config's name
 * (the one its figure sources and attribution use), for every other series its Data page string.
 */
function publisherOf(id: SeriesId, locale: Locale): string {
  const names = reportNames(locale);
  if (id === REPORT_CONFIG.index.series) return names.indexPublisher as string;
  if (id === REPORT_CONFIG.comparators[0]?.series) return names.comparatorPublisher as string;
  const key = `data.series.${id}.publisher`;
  if (!isStringKey(key)) throw new Error(`The Data page names no publisher for the series "${id}": add the UI string "${key}"`);
  return t(locale, key);
}

export interface SeriesView {
  id: SeriesId;
  name: string;
  unit: string;
  frequency: string;
  /** Notes on the series as true on the edition's date, one sentence or more each. */
  quirks: string[];
  /**
   * Who publishes the series, in the page's language: the institution, never the site or library it was
   * downloaded from (that provenance stays in data/README.md and data/sources.json).
   */
  publisher: string;
  /** First and last period in this edition, and the count, as text; null when the edition has none. */
  span: { first: string; last: string; rows: string } | null;
  lastValue: string | null;
  /**
   * The date the canonical file last changed (sources.json `updated`): a date, never a time. An edition
   * dated before that change says only that the file changed after its date: it could not have known when.
   */
  updated: string | null;
  history: string | null;
  csvHref: string;
}

/** URL of a series' canonical CSV as truncated to the edition. */
export function seriesCsvHref(id: SeriesId): string {
  return dataHref(`series/${id}.csv`);
}

/** One view per series the report publishes, in catalogue order. */
export function seriesViews(report: Report, sources: SeriesProvenance, canonical: CanonicalPrecision, locale: Locale): SeriesView[] {
  return publishedSeries().map((id) => {
    const s = report.series[id];
    const rec = sources.series[id];
    const n = s.dates.length;
    const f = SERIES[id].frequency;
    return {
      id,
      name: t(locale, `data.series.${id}.name`),
      unit: t(locale, `data.series.${id}.unit`),
      frequency: t(locale, `data.freq.${f}`),
      quirks: seriesNotes(s, report.edition.asOf, locale),
      publisher: publisherOf(id, locale),
      span:
        n > 0
          ? {
              first: formatPeriod(s.dates[0] as string, f, locale),
              last: formatPeriod(s.dates[n - 1] as string, f, locale),
              rows: t(locale, 'data.rows', { n: formatCount(n, locale) }),
            }
          : null,
      lastValue: n > 0 ? formatNumber(s.values[n - 1] as number, locale, { digits: displayDigits(id, canonical) }) : null,
      updated: rec ? (rec.updated <= report.edition.asOf ? formatDate(rec.updated, locale) : t(locale, 'data.updatedAfter')) : null,
      history:
        rec && rec.updated <= report.edition.asOf && (rec.ingests.length > 0 || rec.revisions.length > 0)
          ? t(locale, 'data.ingests', { n: rec.ingests.length, m: rec.revisions.length })
          : null,
      csvHref: seriesCsvHref(id),
    };
  });
}

/** The footer's note: the index's last close and date, then every series that ends earlier, with its own last period. */
export function freshness(report: Report, locale: Locale): string {
  const indexId = REPORT_CONFIG.index.series;
  const main = report.series[indexId];
  const last = main.dates.length - 1;
  const index = t(locale, 'data.freshness.index', { close: formatNumber(main.values[last] as number, locale), date: formatDate(main.dates[last] as string, locale) });
  const others = publishedSeries()
    .filter((id) => id !== indexId)
    .flatMap((id) => {
      const s = report.series[id];
      const d = s.dates[s.dates.length - 1];
      if (!d || d === report.edition.asOf) return [];
      return [t(locale, 'data.freshness.item', { name: t(locale, `data.series.${id}.name`), date: formatPeriod(d, SERIES[id].frequency, locale) })];
    });
  return others.length > 0 ? t(locale, 'data.freshness', { index, others: others.join(t(locale, 'data.freshness.sep')) }) : `${t(locale, 'edition.asOf')} ${index}`;
}
