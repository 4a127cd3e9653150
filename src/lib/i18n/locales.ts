/** The report's languages. The first is the default: `/` leads there. */
export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh';

/** BCP 47 tags: for `<html lang>`, hreflang and Intl. */
export const LANG_TAG: Readonly<Record<Locale, string>> = { zh: 'zh-CN', en: 'en' };

/** The language's own name, for the language switch. */
export const LANGUAGE_NAME: Readonly<Record<Locale, string>> = { zh: '简体中文', en: 'English' };

export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}
