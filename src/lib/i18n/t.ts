import { CHAPTERS } from '../../chapters/registry';
import zhBase from './strings/zh.json';
import zhSummary from './strings/zh/summary.json';
import enBase from './strings/en.json';
import enSummary from './strings/en/summary.json';
import { reportNames } from '../config/names';
import type { Locale } from './locales';

/**
 * UI strings per language: `strings/<lang>.json` holds the site's own strings, `strings/<lang>/summary.json`
 * the report summary's; each chapter keeps its figure titles, captions and labels in
 * `src/chapters/<slug>/strings/<lang>.json` (listed in the chapter registry). The files of one language
 * are merged; a key defined in two files is an error (a test).
 */
type ChapterStrings = (typeof CHAPTERS)[number]['strings'];
type KeysOf<T> = T extends unknown ? keyof T : never;

function filesOf<L extends keyof ChapterStrings>(lang: L, base: object, summary: object): Record<string, Readonly<Record<string, string>>> {
  return { base, summary, ...Object.fromEntries(CHAPTERS.map((c) => [c.slug, c.strings[lang]])) } as Record<string, Readonly<Record<string, string>>>;
}

export const STRING_FILES = { zh: filesOf('zh', zhBase, zhSummary), en: filesOf('en', enBase, enSummary) } as const;

const merge = (files: Record<string, Readonly<Record<string, string>>>) => Object.assign({}, ...Object.values(files)) as Record<string, string>;
const zh = merge(STRING_FILES.zh) as Record<keyof typeof zhBase | keyof typeof zhSummary | KeysOf<ChapterStrings['zh']>, string>;
const en = merge(STRING_FILES.en);

/** Every UI string key; the default locale's files define the set and the other must match it (a test). */
export type StringKey = keyof typeof zh;

export const STRINGS: Readonly<Record<Locale, Readonly<Record<StringKey, string>>>> = { zh, en: en as Record<StringKey, string> };

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
  return key in zh;
}

export function stringKeys(locale: Locale): string[] {
  return Object.keys(STRINGS[locale]);
}
