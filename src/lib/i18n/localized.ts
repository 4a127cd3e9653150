import { z } from 'zod';
import { deriveText } from './derive';
import { formatDate } from './format';
import { LOCALE_SPECS, LOCALES, perLocale, WRITTEN_LOCALES, type Locale } from './locales';

/**
 * Text kept in every language of the report, as curated data files and report tables hold it:
 * `{ "zh": "…", "en": "…" }`. The schema is built from the locale spec, so a new language makes every
 * curated text require it.
 *
 * Policy: curated texts do not fall back. They are data (names, contract terms, notes), read as a
 * whole by the pages, tables and CSV files of each language, and a sentence of another language inside a
 * table would pass unnoticed; a file missing a language fails validation, naming the file, the field and
 * the language (UI strings, which a translator adds in bulk, fall back instead: see t.ts). A derived language
 * (the locale spec's `derived`) is not written in the files: {@link withDerivedTexts} adds it, converted from
 * its source language, before validation.
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

const DERIVED = LOCALES.filter((l) => LOCALE_SPECS[l].derived !== undefined);

/**
 * `json` (a curated file or a report config, as parsed) with every localized text completed by the derived
 * languages: an object that holds a string for each written language (`{ "zh": "…", "en": "…" }`, also
 * beside other fields) and lacks a derived language gets it, converted from the derived language's source.
 * A text that writes the derived language itself keeps its own words. Returns a copy; `json` is unchanged.
 */
export function withDerivedTexts<T>(json: T): T {
  if (DERIVED.length === 0) return json;
  return eachObject(json, (o) => {
    if (WRITTEN_LOCALES.every((l) => typeof o[l] === 'string')) for (const l of DERIVED) if (o[l] === undefined) o[l] = deriveText(o[LOCALE_SPECS[l].derived!.from] as string, l);
  });
}

/** A copy of `json` in which `change` has edited every object (a copy of each), innermost first. */
function eachObject<T>(json: T, change: (o: Record<string, unknown>) => void): T {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const o = Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])) as Record<string, unknown>;
    change(o);
    return o;
  };
  return walk(json) as T;
}

/** A day written into a curated text: `{date:2022-07-21}`. */
const DATE_TOKEN = /\{date:(\d{4}-\d{2}-\d{2})\}/g;

/**
 * `json` (a curated file or a report config, with its derived languages) with every date token in its
 * localized texts written in each language's date style, as the report's own dates are: `{date:2022-07-21}`
 * becomes "Jul 21, 2022" in English and "2022年7月21日" in Chinese. Curated texts write days this way so
 * that one language never carries two date styles. A token that names no real day is an error naming it.
 * Returns a copy; `json` is unchanged.
 */
export function withDatesWritten<T>(json: T): T {
  return eachObject(json, (o) => {
    for (const l of LOCALES) if (typeof o[l] === 'string') o[l] = (o[l] as string).replace(DATE_TOKEN, (token, iso: string) => formatDate(realDay(iso, token), l));
  });
}

/** `iso` if it names a day of the calendar; otherwise an error naming the token. */
function realDay(iso: string, token: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) throw new Error(`${token} is not a day of the calendar (write {date:YYYY-MM-DD})`);
  return iso;
}
