import { CHAPTERS } from '../../chapters/registry';
import zhBase from './strings/zh.json';
import zhSummary from './strings/zh/summary.json';
import enBase from './strings/en.json';
import enSummary from './strings/en/summary.json';
import { reportNames } from '../config/names';
import { deriveStrings } from './derive';
import { DEFAULT_LOCALE, perLocale, sourceLocale, type Locale, type WrittenLocale } from './locales';

/**
 * UI strings per language: `strings/<lang>.json` holds the site's own strings, `strings/<lang>/summary.json`
 * the report summary's; each chapter keeps its figure titles, captions and labels in
 * `src/chapters/<slug>/strings/<lang>.json` (listed in the chapter registry). The files of one language
 * are merged; a key defined in two files is an error (a test). A derived language (the locale spec's
 * `derived`) has no files: its strings are its source language's, converted (derive.ts).
 */
type ChapterStrings = (typeof CHAPTERS)[number]['strings'];
type KeysOf<T> = T extends unknown ? keyof T : never;

function filesOf<L extends keyof ChapterStrings>(lang: L, base: object, summary: object): Record<string, Readonly<Record<string, string>>> {
  return { base, summary, ...Object.fromEntries(CHAPTERS.map((c) => [c.slug, c.strings[lang]])) } as Record<string, Readonly<Record<string, string>>>;
}

const WRITTEN_FILES = { zh: filesOf('zh', zhBase, zhSummary), en: filesOf('en', enBase, enSummary) } as const satisfies Record<WrittenLocale, unknown>;

/** Each language's string files: the written ones as written, a derived language's converted from its source's. */
export const STRING_FILES: Readonly<Record<Locale, Readonly<Record<string, Readonly<Record<string, string>>>>>> = perLocale((l) => {
  const files = WRITTEN_FILES[sourceLocale(l)];
  return sourceLocale(l) === l ? files : Object.fromEntries(Object.entries(files).map(([name, f]) => [name, deriveStrings(f, l)]));
});

/** Every UI string key: the default locale's files define the set. */
export type StringKey = keyof typeof zhBase | keyof typeof zhSummary | KeysOf<ChapterStrings['zh']>;

/** One UI string a language lacks, shown in the default language instead. */
export interface StringFallback {
  locale: string;
  key: string;
}

/**
 * Each language's complete string table, Starlight-style: a key the default locale defines and another
 * language lacks falls back to the default's string and is listed in `fallbacks` (the build warns);
 * a key some language defines and the default lacks is an error, since nothing could stand in for it.
 * `files` holds each language's string files (merged in order).
 */
export function resolveStrings<L extends string>(
  files: Readonly<Record<L, Readonly<Record<string, Readonly<Record<string, string>>>>>>,
  defaultLocale: NoInfer<L>,
): { strings: Record<L, Record<string, string>>; written: Record<L, Record<string, string>>; fallbacks: StringFallback[] } {
  const locales = Object.keys(files) as L[];
  const written = Object.fromEntries(locales.map((l) => [l, Object.assign({}, ...Object.values(files[l]))])) as Record<L, Record<string, string>>;
  const base = written[defaultLocale];
  if (!base) throw new Error(`The default locale "${defaultLocale}" has no UI strings`);
  const fallbacks: StringFallback[] = [];
  const strings = {} as Record<L, Record<string, string>>;
  for (const l of locales) {
    const own = written[l];
    const unknown = Object.keys(own).filter((k) => !(k in base));
    if (unknown.length > 0)
      throw new Error(`UI strings of "${l}" define ${unknown.map((k) => `"${k}"`).join(', ')}, which the default locale "${defaultLocale}" lacks: add them to its strings first`);
    for (const k of Object.keys(base)) if (!(k in own)) fallbacks.push({ locale: l, key: k });
    strings[l] = { ...base, ...own };
  }
  return { strings, written, fallbacks };
}

const resolved = resolveStrings(STRING_FILES, DEFAULT_LOCALE);

/** The UI strings as each language's files write them (no fallback): what the string tests check. */
export const WRITTEN_STRINGS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = resolved.written;

/** UI strings each language lacks and shows in the default language (empty for the shipped languages; a test). */
export const STRING_FALLBACKS: readonly StringFallback[] = resolved.fallbacks;

/** Every language's complete string table, missing strings taken from the default locale. */
export const STRINGS: Readonly<Record<Locale, Readonly<Record<StringKey, string>>>> = perLocale((l) => resolved.strings[l] as Record<StringKey, string>);

/** The build's warning: one line per language listing the keys it shows in the default language. */
export function fallbackWarning(fallbacks: readonly StringFallback[]): string | null {
  if (fallbacks.length === 0) return null;
  const by = Map.groupBy(fallbacks, (f) => f.locale);
  return [...by].map(([l, fs]) => `UI strings: ${fs.length} missing in "${l}", shown in "${DEFAULT_LOCALE}": ${fs.map((f) => f.key).join(', ')}`).join('\n');
}

{
  const warning = fallbackWarning(STRING_FALLBACKS);
  if (warning) console.warn(warning);
}

/** Values a template may interpolate: `{name}` placeholders are replaced by `vars[name]`. */
export type Vars = Readonly<Record<string, string | number>>;

/**
 * The string `key` in `locale`, with `{name}` placeholders filled from `vars`, else from the report's
 * names (`{index}`, `{comparator}` …: src/lib/config/names.ts), else from `resolve(name)` (the caller
 * passes a fact formatter). A placeholder that nothing fills is an error, so a template never ships
 * with a hole in it.
 */
export function t(locale: Locale, key: StringKey, vars: Vars = {}, resolve?: (name: string) => string): string {
  const template = STRINGS[locale][key];
  if (template === undefined) throw new Error(`Unknown UI string "${key}" for locale "${locale}"`);
  const names = reportNames(locale);
  return template.replace(/\{([A-Za-z0-9_.-]+)\}/g, (_, name: string) => {
    if (name in vars) return String(vars[name]);
    if (name in names) return names[name] as string;
    if (resolve) return resolve(name);
    throw new Error(`UI string "${key}" (${locale}) needs a value for {${name}}`);
  });
}

/** True when `key` names a UI string (for keys built at run time, e.g. figure ids). */
export function isStringKey(key: string): key is StringKey {
  return key in STRINGS[DEFAULT_LOCALE];
}

/**
 * The ends of the UI string keys that begin with `P`: `KeyTail<'verdict.'>` is `'confirmed' | 'wrong' | …`.
 * A key computed as `` `${P}${tail}` `` from a `tail` of this type is a {@link StringKey} by construction,
 * so a per-kind label (`` `chart.overview.kind.${kind}` ``) needs no cast and a misspelt prefix or tail
 * does not compile.
 */
export type KeyTail<P extends string> = StringKey extends infer K ? (K extends `${P}${infer T}` ? T : never) : never;

/**
 * The UI string key `prefix` + `tail` for a tail known only at run time (a word fact's value, a verdict
 * read from data): fails, naming the key and where it was built, when the default locale has no such
 * string, so an unexpected value stops the build instead of printing a key.
 */
export function keyWith<P extends string>(prefix: P, tail: string, where: string): `${P}${KeyTail<P>}` {
  if (!hasTail(prefix, tail)) throw new Error(`${where}: no UI string "${prefix}${tail}" (the value "${tail}" has no words in src/lib/i18n/strings or the chapters' strings)`);
  return `${prefix}${tail}`;
}

function hasTail<P extends string>(prefix: P, tail: string): tail is KeyTail<P> {
  return isStringKey(`${prefix}${tail}`);
}

export function stringKeys(locale: Locale): string[] {
  return Object.keys(STRINGS[locale]);
}
