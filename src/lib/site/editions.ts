/**
 * The published editions as pages see them: where each lives, its report, and what changed since the
 * edition before it (computed once per edition and shared by the Overview, the what-changed page, the
 * changes JSON and the feed).
 */
import type { Locale } from '../i18n/locales';
import { currentEdition } from '../report/edition-scope';
import { editionChanges, type EditionChanges, type Revision } from '../report/edition-changes';
import { previousEdition, type PublishedEdition } from '../report/published';
import type { Report } from '../report/report';
import { archiveEditions, constituentHistory, isArchiveBuild, reportAsOf } from '../report/report-fs';
import { latestHref } from './paths';

export { isArchiveBuild };

/** Every edition this build keeps, newest first (the latest first). */
export function keptEditions(): PublishedEdition[] {
  return archiveEditions();
}

/** The edition of the page being rendered (the latest outside an old edition's scope). */
export function pageEdition(): PublishedEdition {
  return currentEdition() ?? (keptEditions()[0] as PublishedEdition);
}

/** The report of edition `e`. */
export function reportOf(e: PublishedEdition): Report {
  return reportAsOf(e.requested ?? process.env.REPORT_AS_OF);
}

/** Where edition `e` lives: '' for the latest, `/editions/<id>` for an old one. */
export function baseOf(e: PublishedEdition): string {
  return e.latest ? '' : `/editions/${e.id}`;
}

/** URL of a page of edition `e` in `locale` (its landing page without `chapter`). */
export function editionHref(e: PublishedEdition, locale: Locale, chapter?: string): string {
  return `${baseOf(e)}${latestHref(locale, chapter)}`;
}

/** URL of a data file of edition `e` (`facts.json`, `figures/<id>.csv`). */
export function editionDataHref(e: PublishedEdition, file: string): string {
  return `${baseOf(e)}/data/${file}`;
}

/** The name an edition has in file names of the changes: its id, the latest by its as-of date (ids never read "latest" in a file that outlives it). */
export function fileId(e: PublishedEdition): string {
  return e.latest ? e.asOf : e.id;
}

/** The public file of what changed between `from` and `to`: `/data/changes/<from>_<to>.json`. */
export function changesDataHref(from: PublishedEdition, to: PublishedEdition): string {
  return `/data/changes/${fileId(from)}_${fileId(to)}.json`;
}

/** URL of the editions list in `locale` (latest edition's site only). */
export function editionsHref(locale: Locale): string {
  return `/${locale}/editions/`;
}

/** URL of a language's Atom feed of the editions. */
export function feedHref(locale: Locale): string {
  return `/${locale}/feed.xml`;
}

const memo = new WeakMap<Report, EditionChanges | null>();

/**
 * What changed from the edition before `e` to `e`, or null for the oldest edition kept. `revisions`
 * are those data/sources.json records (the page reads them).
 */
export function changesFor(e: PublishedEdition, revisions: readonly Revision[]): EditionChanges | null {
  const report = reportOf(e);
  if (memo.has(report)) return memo.get(report) ?? null;
  const prev = previousEdition(keptEditions(), e);
  const out = prev
    ? editionChanges(
        { ref: { id: prev.id, asOf: prev.asOf }, report: reportOf(prev) },
        { ref: { id: e.id, asOf: e.asOf }, report, latest: e.latest },
        constituentHistory(),
        revisions,
      )
    : null;
  memo.set(report, out);
  return out;
}

/** Edition `e`'s predecessor among the kept editions. */
export function previousOf(e: PublishedEdition): PublishedEdition | null {
  return previousEdition(keptEditions(), e);
}
