import { isLocale, type Locale } from '../i18n/locales';

/** The slug of a chapter file name: `03-statistics` -> `statistics`. */
export function chapterSlug(fileStem: string): string {
  const m = /^\d{2}-([a-z0-9-]+)$/.exec(fileStem);
  if (!m?.[1]) throw new Error(`Chapter file "${fileStem}.mdx" must be named NN-slug.mdx (two digits, a dash, lower-case slug)`);
  return m[1];
}

/** Splits a chapters-collection id (`zh/03-statistics`) into its locale folder and file stem. */
export function splitChapterId(id: string): { lang: string; stem: string } {
  const [lang = '', stem = ''] = id.split('/');
  return { lang, stem };
}

/** The chapter each language opens on: its landing page `/<lang>/` is this chapter. */
export const LANDING_CHAPTER = 'overview';

/** Site-relative URL of a language's landing page or one of its chapters (trailing slash, as built). */
export function pageHref(locale: Locale, chapter?: string): string {
  return chapter && chapter !== LANDING_CHAPTER ? `/${locale}/${chapter}/` : `/${locale}/`;
}

/** URL of a language's search page. */
export function searchHref(locale: Locale): string {
  return `/${locale}/search/`;
}

/** URL of a figure's or table's data download. */
export function figureCsvHref(id: string): string {
  return `/data/figures/${id}.csv`;
}

/** The locale of the page being rendered, from its `[lang]` route parameter; anything else fails the build. */
export function localeFromParams(params: Record<string, string | undefined>): Locale {
  const lang = params.lang;
  if (!isLocale(lang)) throw new Error(`This component must be rendered on a /[lang]/ page, got lang=${String(lang)}`);
  return lang;
}
