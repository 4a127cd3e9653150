import { getCollection, type CollectionEntry } from 'astro:content';
import { REPORT_CONFIG } from '../config/active';
import { fillNames } from '../config/names';
import { t } from '../i18n/t';
import type { Locale } from '../i18n/locales';
import { inReport, splitChapterId } from './paths';

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
 * with the report's names written into their titles and summaries (`{index}`, `{comparator}` …).
 */
export async function chaptersOf(locale: Locale): Promise<Chapter[]> {
  const all = await getCollection('chapters', (e) => splitChapterId(e.id).lang === locale && inReport(splitChapterId(e.id).slug));
  const order = (slug: string) => (REPORT_CONFIG.chapters as readonly string[]).indexOf(slug) + 1;
  return all
    .map((entry) => {
      const { slug } = splitChapterId(entry.id);
      // `{seedCheckTail}` closes a summary with its check of the seed report, in a report that makes one.
      const tail = REPORT_CONFIG.seedChecks ? t(locale, 'chapter.seedCheckTail') : '';
      const fill = (s: string) => fillNames(s, locale).replace('{seedCheckTail}', tail);
      return { slug, locale, order: order(slug), title: fill(entry.data.title), summary: fill(entry.data.summary), entry };
    })
    .sort((a, b) => a.order - b.order);
}

/** The chapter `slug` in `locale`; fails the build when it does not exist. */
export async function chapterOf(locale: Locale, slug: string): Promise<Chapter> {
  const c = (await chaptersOf(locale)).find((x) => x.slug === slug);
  if (!c) throw new Error(`No chapter "${slug}" in ${locale}`);
  return c;
}
