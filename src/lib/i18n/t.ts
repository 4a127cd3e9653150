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
import { reportNames } from '../config/names';
import type { Locale } from './locales';

/**
 * UI strings per language: `strings/<lang>.json` holds the site's own strings and the Statistics
 * chapter's; each other chapter keeps its figure titles, captions and labels in `strings/<lang>/<chapter>.json`.
 * The files of one language are merged; a key defined in two files is an error (a test).
 */
export const STRING_FILES = {
  zh: { base: zhBase, overview: zhOverview, methodology: zhMethodology, macro: zhMacro, derivatives: zhDerivatives, outlook: zhOutlook, summary: zhSummary },
  en: { base: enBase, overview: enOverview, methodology: enMethodology, macro: enMacro, derivatives: enDerivatives, outlook: enOutlook, summary: enSummary },
} as const;

const zh = { ...zhBase, ...zhOverview, ...zhMethodology, ...zhMacro, ...zhDerivatives, ...zhOutlook, ...zhSummary };
const en = { ...enBase, ...enOverview, ...enMethodology, ...enMacro, ...enDerivatives, ...enOutlook, ...enSummary };

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
