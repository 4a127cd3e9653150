import zh from './strings/zh.json';
import en from './strings/en.json';
import type { Locale } from './locales';

/** Every UI string key; the default locale's file defines the set and the other must match it (a test). */
export type StringKey = keyof typeof zh;

const STRINGS: Readonly<Record<Locale, Readonly<Record<StringKey, string>>>> = { zh, en };

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
  return key in zh;
}

export function stringKeys(locale: Locale): string[] {
  return Object.keys(STRINGS[locale]);
}
