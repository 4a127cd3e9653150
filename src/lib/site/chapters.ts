import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';
import { chapterNumber } from '../../chapters/registry';
import { splitChapterId } from './paths';

export interface Chapter {
  slug: string;
  locale: Locale;
  order: number;
  title: string;
  summary: string;
  entry: CollectionEntry<'chapters'>;
}

/** The chapters of one language in report order. */
export async function chaptersOf(locale: Locale): Promise<Chapter[]> {
  const all = await getCollection('chapters', (e) => splitChapterId(e.id).lang === locale);
  return all
    .map((entry) => {
      const { slug } = splitChapterId(entry.id);
      return { slug, locale, order: chapterNumber(slug), title: entry.data.title, summary: entry.data.summary, entry };
    })
    .sort((a, b) => a.order - b.order);
}

/** The chapter `slug` in `locale`; fails the build when it does not exist. */
export async function chapterOf(locale: Locale, slug: string): Promise<Chapter> {
  const c = (await chaptersOf(locale)).find((x) => x.slug === slug);
  if (!c) throw new Error(`No chapter "${slug}" in ${locale}`);
  return c;
}
