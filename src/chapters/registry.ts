/**
 * The report's chapters, in reading order: the one place that says which chapters exist, their slugs
 * (URL `/<lang>/<slug>/`, prose `src/chapters/<slug>/<lang>.mdx`, figure ids `<slug>-*`) and their
 * numbers (a chapter's position here; figure numbers use it). Each chapter's folder holds its facts,
 * figures, charts, strings per language, prose per language and tests. This module imports only the
 * chapters' string files (data), so the i18n layer can read it without importing chapter code; the
 * code is reached through the registry's generated faces (all-facts.ts, all-figures.ts, all-charts.ts:
 * `npm run gen:chapters`). Each chapter computes its own facts; `reads` names the other chapters whose
 * facts its pages state (prose, figures, strings), which a report then publishes with it even when it does
 * not list them (a test keeps the lists complete).
 */
import constituentsEn from './constituents/strings/en.json';
import constituentsZh from './constituents/strings/zh.json';
import derivativesEn from './derivatives/strings/en.json';
import derivativesZh from './derivatives/strings/zh.json';
import economyEn from './economy/strings/en.json';
import economyZh from './economy/strings/zh.json';
import fundsEn from './funds/strings/en.json';
import fundsZh from './funds/strings/zh.json';
import macroEn from './macro/strings/en.json';
import macroZh from './macro/strings/zh.json';
import methodologyEn from './methodology/strings/en.json';
import methodologyZh from './methodology/strings/zh.json';
import outlookEn from './outlook/strings/en.json';
import outlookZh from './outlook/strings/zh.json';
import overviewEn from './overview/strings/en.json';
import overviewZh from './overview/strings/zh.json';
import statisticsEn from './statistics/strings/en.json';
import statisticsZh from './statistics/strings/zh.json';
import valuationEn from './valuation/strings/en.json';
import valuationZh from './valuation/strings/zh.json';

export const CHAPTERS = [
  // The Overview page also carries the report summary (statistics, valuation).
  { slug: 'overview', strings: { zh: overviewZh, en: overviewEn }, reads: ['constituents', 'economy', 'methodology', 'statistics', 'valuation'] },
  { slug: 'constituents', strings: { zh: constituentsZh, en: constituentsEn }, reads: ['overview', 'methodology'] },
  { slug: 'methodology', strings: { zh: methodologyZh, en: methodologyEn }, reads: ['overview', 'constituents', 'statistics', 'economy'] },
  { slug: 'statistics', strings: { zh: statisticsZh, en: statisticsEn } },
  { slug: 'valuation', strings: { zh: valuationZh, en: valuationEn } },
  { slug: 'macro', strings: { zh: macroZh, en: macroEn }, reads: ['methodology', 'economy'] },
  { slug: 'economy', strings: { zh: economyZh, en: economyEn }, reads: ['macro'] },
  { slug: 'derivatives', strings: { zh: derivativesZh, en: derivativesEn }, reads: ['methodology'] },
  { slug: 'funds', strings: { zh: fundsZh, en: fundsEn }, reads: ['methodology'] },
  { slug: 'outlook', strings: { zh: outlookZh, en: outlookEn }, reads: ['overview', 'methodology', 'macro'] },
] as const;

export type ChapterSlug = (typeof CHAPTERS)[number]['slug'];

/** Chapter slugs in reading order. */
export const CHAPTER_SLUGS: readonly ChapterSlug[] = CHAPTERS.map((c) => c.slug);

/** The chapters whose facts chapter `slug`'s pages state: its own, then those its registry entry `reads`. */
export function chaptersReadBy(slug: ChapterSlug): ChapterSlug[] {
  const c = CHAPTERS.find((x) => x.slug === slug);
  return [slug, ...(c && 'reads' in c ? c.reads : [])];
}

/** A chapter's number in the report (1-based, its position in {@link CHAPTERS}); unknown slugs fail. */
export function chapterNumber(slug: string): number {
  const i = CHAPTER_SLUGS.indexOf(slug as ChapterSlug);
  if (i < 0) throw new Error(`Unknown chapter "${slug}". Chapters: ${CHAPTER_SLUGS.join(', ')} (src/chapters/registry.ts)`);
  return i + 1;
}

export function isChapterSlug(x: string): x is ChapterSlug {
  return (CHAPTER_SLUGS as readonly string[]).includes(x);
}

/** Repository-relative path of a chapter's prose in one language. */
export function chapterProsePath(slug: string, lang: string): string {
  return `src/chapters/${slug}/${lang}.mdx`;
}

/** Repository-relative path of a chapter's UI strings in one language. */
export function chapterStringsPath(slug: string, lang: string): string {
  return `src/chapters/${slug}/strings/${lang}.json`;
}
