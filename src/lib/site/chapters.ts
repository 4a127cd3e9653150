import { getCollection, type CollectionEntry } from 'astro:content';
import { REPORT_CONFIG } from '../config/active';
import { fillNames } from '../config/names';
import { t } from '../i18n/t';
import { getReport } from '../report/report-fs';
import { summaryText } from './summary-text';
import type { Locale } from '../i18n/locales';
import { inReport, LANDING_CHAPTER, splitChapterId } from './paths';
import { isLocale } from '../i18n/locales';

export interface Chapter {
  slug: string;
  locale: Locale;
  order: number;
  title: string;
  summary: string;
  entry: CollectionEntry<'chapters'>;
}

/**
 * The chapters of one language that the report config lists, in its order and numbered by it (1, 2 …),
 * with the report's names written into their titles and summaries (`{index}`, `{comparator}` …) and each
 * summary read for the edition (`[[key: …]]` parts, see summary-text.ts).
 */
export async function chaptersOf(locale: Locale): Promise<Chapter[]> {
  const all = await getCollection('chapters', (e) => splitChapterId(e.id).lang === locale && inReport(splitChapterId(e.id).slug));
  const order = (slug: string) => (REPORT_CONFIG.chapters as readonly string[]).indexOf(slug) + 1;
  const { index } = getReport();
  return all
    .map((entry) => {
      const { slug } = splitChapterId(entry.id);
      // `{seedCheckTail}` closes a summary with its check of the 2022 report, in a report that makes one
      // and an edition that knows that report.
      const tail = REPORT_CONFIG.seedChecks && index.get('methodology.register.documents.r2022.known')?.value === true ? t(locale, 'chapter.seedCheckTail') : '';
      const fill = (s: string) => fillNames(s, locale).replace('{seedCheckTail}', tail);
      const summary = summaryText(fill(entry.data.summary), index, `chapter ${slug} (${locale})`);
      return { slug, locale, order: order(slug), title: fill(entry.data.title), summary, entry };
    })
    .sort((a, b) => a.order - b.order);
}

/** The chapter `slug` in `locale`; fails the build when it does not exist. */
export async function chapterOf(locale: Locale, slug: string): Promise<Chapter> {
  const c = (await chaptersOf(locale)).find((x) => x.slug === slug);
  if (!c) throw new Error(`No chapter "${slug}" in ${locale}`);
  return c;
}

/** The route parameters of every chapter page: each chapter of the report but the landing one (served at /<lang>/), in every language. */
export async function chapterPaths(): Promise<{ lang: string; chapter: string }[]> {
  const entries = await getCollection('chapters');
  return entries
    .map((entry) => {
      const { lang, slug } = splitChapterId(entry.id);
      if (!isLocale(lang)) throw new Error(`src/chapters/${slug}/${lang}.mdx: "${lang}" is not a report language`);
      return { lang, chapter: slug };
    })
    .filter((p) => p.chapter !== LANDING_CHAPTER && inReport(p.chapter));
}
