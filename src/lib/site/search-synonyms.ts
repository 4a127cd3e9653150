import { REPORT_CONFIGS } from '../../../configs/index';
import { SYNONYMS } from '../../scripts/search-rank';
import { REPORT_CONFIG } from '../config/active';
import { deriveText, openccOf, termsOf } from '../i18n/derive';
import { sourceLocale, type Locale } from '../i18n/locales';

/**
 * The search synonyms of a derived language (other names a reader types -> the report's word), handed to the
 * search page's script (a written language's are in the script itself, src/scripts/search-rank.ts): its
 * source's, converted as its text is, plus each reviewed term its source's words lead to — a reader in Taipei
 * who types 市盈率 finds 本益比. Kept are only synonyms whose word `reportText` (the report's text in the
 * language) holds and that name no index of another report (a TOPIX report leads nobody to 日經225).
 */
export function searchSynonyms(locale: Locale, reportText: string): Readonly<Record<string, string>> | null {
  const source = sourceLocale(locale);
  if (source === locale) return null;
  const all: Record<string, string> = {};
  for (const [k, v] of Object.entries(SYNONYMS[source] ?? {})) all[deriveText(k, locale).toLowerCase()] = deriveText(v, locale);
  for (const t of termsOf(locale)) {
    for (const typed of [t.source, openccOf(t.source, locale)]) if (typed !== t.target) all[typed.toLowerCase()] = t.target;
  }
  const foreign = otherIndexNames(locale);
  const names = (s: string) => foreign.some((n) => n.includes(s) || s.includes(n));
  return Object.fromEntries(Object.entries(all).filter(([typed, word]) => reportText.includes(word) && !names(typed) && !names(word.toLowerCase())));
}

/** Lower-case names, in the language and its source, of the indices other reports are about and this one is not. */
function otherIndexNames(locale: Locale): string[] {
  const own = (c: { index: { names: { short: Record<string, string> } }; comparators: { names: { short: Record<string, string> } }[] }) =>
    [c.index, ...c.comparators].flatMap((x) => Object.values(x.names.short).map((n) => n.toLowerCase()));
  const mine = new Set(own(REPORT_CONFIG));
  return Object.values(REPORT_CONFIGS)
    .flatMap((c) => own(c.config as unknown as Parameters<typeof own>[0]))
    .flatMap((n) => [n, deriveText(n, locale).toLowerCase(), n.split(/\s+/)[0]!])
    .filter((n) => n.length > 1 && !mine.has(n) && ![...mine].some((m) => m.includes(n)));
}
