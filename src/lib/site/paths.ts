import { REPORT_CONFIG } from '../config/active';
import { isChapterSlug } from '../../chapters/registry';
import { isLocale, type Locale } from '../i18n/locales';
import { currentEdition } from '../report/edition-scope';

/**
 * Where the edition being rendered lives: '' for the latest (`/zh/…`, `/data/…`), `/editions/<id>` for
 * an old edition of the archive build. Every link a page makes to its own edition goes through it.
 */
export function editionBase(): string {
  const e = currentEdition();
  return e ? `/editions/${e.id}` : '';
}

/**
 * Splits a chapters-collection id (`statistics/zh`, from `src/chapters/statistics/zh.mdx`) into the
 * chapter's slug and the prose's language; a folder the chapter registry does not list fails the build.
 */
export function splitChapterId(id: string): { slug: string; lang: string } {
  const [slug = '', lang = ''] = id.split('/');
  if (!isChapterSlug(slug)) throw new Error(`src/chapters/${slug}/${lang}.mdx: chapter "${slug}" is not in the chapter registry (src/chapters/registry.ts)`);
  return { slug, lang };
}

/** The chapter each language opens on: its landing page `/<lang>/` is the report config's first chapter. */
export const LANDING_CHAPTER: string = REPORT_CONFIG.chapters[0] as string;

/** Whether the chapter `slug` is part of this report (the report config lists it). */
export function inReport(slug: string): boolean {
  return (REPORT_CONFIG.chapters as readonly string[]).includes(slug);
}

/** Site-relative URL of a language's landing page or one of its chapters (trailing slash, as built). */
export function pageHref(locale: Locale, chapter?: string): string {
  return `${editionBase()}${latestHref(locale, chapter)}`;
}

/** The latest edition's URL of a language's landing page or a chapter, from any edition. */
export function latestHref(locale: Locale, chapter?: string): string {
  return chapter && chapter !== LANDING_CHAPTER ? `/${locale}/${chapter}/` : `/${locale}/`;
}

/** URL of a file of the edition's public data (`facts.json`, `figures/<id>.csv`, `series/<id>.csv`). */
export function dataHref(file: string): string {
  return `${editionBase()}/data/${file}`;
}

/** URL of a language's search page (search covers the latest edition only). */
export function searchHref(locale: Locale): string {
  return `/${locale}/search/`;
}

/** URL of a figure's or table's data download. */
export function figureCsvHref(id: string): string {
  return dataHref(`figures/${id}.csv`);
}

/** The locale of the page being rendered, from its `[lang]` route parameter; anything else fails the build. */
export function localeFromParams(params: Record<string, string | undefined>): Locale {
  const lang = params.lang;
  if (!isLocale(lang)) throw new Error(`This component must be rendered on a /[lang]/ page, got lang=${String(lang)}`);
  return lang;
}
