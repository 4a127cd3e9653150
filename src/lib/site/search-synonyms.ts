import { SYNONYMS } from '../../scripts/search-rank';
import { deriveText, openccOf, termsOf } from '../i18n/derive';
import { sourceLocale, type Locale } from '../i18n/locales';

/**
 * The search synonyms of a language (other names a reader types -> the report's word), handed to the search
 * page's script. A written language's are its own (src/scripts/search-rank.ts). A derived language's are its
 * source's, converted as its text is, plus each reviewed term its source's words lead to: a reader in Taipei
 * who types 市盈率 or its character-for-character 市盈率 finds 本益比.
 */
export function searchSynonyms(locale: Locale): Readonly<Record<string, string>> {
  const source = sourceLocale(locale);
  if (source === locale) return SYNONYMS[locale] ?? {};
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(SYNONYMS[source] ?? {})) out[deriveText(k, locale).toLowerCase()] = deriveText(v, locale);
  for (const t of termsOf(locale)) {
    for (const typed of [t.source, openccOf(t.source, locale)]) if (typed !== t.target) out[typed.toLowerCase()] = t.target;
  }
  return out;
}
