import zhBase from './strings/zh.json';
import zhOverview from './strings/zh/overview.json';
import zhMethodology from './strings/zh/methodology.json';
import zhMacro from './strings/zh/macro.json';
import zhDerivatives from './strings/zh/derivatives.json';
import zhOutlook from './strings/zh/outlook.json';
import zhSummary from './strings/zh/summary.json';
import enBase from './strings/en.json';
import enOverview from './strings/en/overview.json';
import enMethodology from './strings/en/methodology.json';
import enMacro from './strings/en/macro.json';
import enDerivatives from './strings/en/derivatives.json';
import enOutlook from './strings/en/outlook.json';
import enSummary from './strings/en/summary.json';
import { DEFAULT_LOCALE, perLocale, type Locale } from './locales';

/**
 * UI strings per language: `strings/<lang>.json` holds the site's own strings and the Statistics
 * chapter's; each other chapter keeps its figure titles, captions and labels in `strings/<lang>/<chapter>.json`.
 * The files of one language are merged; a key defined in two files is an error (a test).
 */
export const STRING_FILES = {
  zh: { base: zhBase, overview: zhOverview, methodology: zhMethodology, macro: zhMacro, derivatives: zhDerivatives, outlook: zhOutlook, summary: zhSummary },
  en: { base: enBase, overview: enOverview, methodology: enMethodology, macro: enMacro, derivatives: enDerivatives, outlook: enOutlook, summary: enSummary },
} as const satisfies Record<Locale, Record<string, Readonly<Record<string, string>>>>;

/** The default locale's strings, whose keys are every UI string key. */
const defaultFiles = STRING_FILES.zh;

/** Every UI string key: the default locale's files define the set. */
export type StringKey = { [F in keyof typeof defaultFiles]: keyof (typeof defaultFiles)[F] }[keyof typeof defaultFiles];

/** One UI string a language lacks, shown in the default language instead. */
export interface StringFallback { locale: string; key: string }

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
    if (unknown.length > 0) throw new Error(`UI strings of "${l}" define ${unknown.map((k) => `"${k}"`).join(', ')}, which the default locale "${defaultLocale}" lacks: add them to its strings first`);
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
 * The string `key` in `locale`, with `{name}` placeholders filled from `vars`, or else from
 * `resolve(name)` (the caller passes a fact formatter). A placeholder that nothing fills is an error,
 * so a template never ships with a hole in it.
 */
export function t(locale: Locale, key: StringKey, vars: Vars = {}, resolve?: (name: string) => string): string {
  const template = STRINGS[locale][key];
  if (template === undefined) throw new Error(`Unknown UI string "${key}" for locale "${locale}"`);
  return template.replace(/\{([A-Za-z0-9_.-]+)\}/g, (_, name: string) => {
    if (name in vars) return String(vars[name]);
    if (resolve) return resolve(name);
    throw new Error(`UI string "${key}" (${locale}) needs a value for {${name}}`);
  });
}

/** True when `key` names a UI string (for keys built at run time, e.g. figure ids). */
export function isStringKey(key: string): key is StringKey {
  return key in STRINGS[DEFAULT_LOCALE];
}

export function stringKeys(locale: Locale): string[] {
  return Object.keys(STRINGS[locale]);
}
