import { z } from 'zod';
import { LOCALES, perLocale, type Locale } from './locales';

/**
 * Text kept in every language of the report, as curated data files and report tables hold it:
 * `{ "zh": "…", "en": "…" }`. The schema is built from the locale spec, so a new language makes every
 * curated text require it.
 *
 * Policy: curated texts do not fall back. They are data (names, contract terms, notes), read as a
 * whole by the pages, tables and CSV files of each language, and a sentence of another language inside a
 * table would pass unnoticed; a file missing a language fails validation, naming the file, the field and
 * the language (UI strings, which a translator adds in bulk, fall back instead: see t.ts).
 */

/** A text in every language of the report. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** The shape of a text in each of `locales`: one required, non-empty string per language. */
export function localizedFieldsFor<L extends string>(locales: readonly L[]): Record<L, z.ZodString> {
  return Object.fromEntries(locales.map((l) => [l, z.string().min(1)])) as Record<L, z.ZodString>;
}

/** The shape of a localized text, to spread into a record that carries its languages beside other fields (`{ ja, zh, en, sector }`). */
export const localizedFields = localizedFieldsFor(LOCALES);

/** Zod schema of a localized text: one non-empty string per language of the report. */
export const localizedText = z.object(localizedFields);

/** The languages of a record that holds them beside other fields: `{ ja, zh, en }` -> `{ zh, en }`. */
export function pickLocalized(record: LocalizedText): LocalizedText {
  return perLocale((l) => record[l]);
}

/** A localized text made per language from another: `mapLocalized(c.contract, (s) => \`OSE \${s}\`)`. */
export function mapLocalized(text: LocalizedText, f: (s: string, locale: Locale) => string): LocalizedText {
  return perLocale((l) => f(text[l], l));
}
