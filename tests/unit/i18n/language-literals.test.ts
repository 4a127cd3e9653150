import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../src/lib/i18n/locales';

/**
 * Code reads the locale spec (src/lib/i18n/locales.ts) instead of naming a language: no `=== 'zh'`, no
 * `'zh' | 'en'`, no `lang === 'en' ? … : …`, no `['zh', 'en']`, no `{ zh: …, en: … }` written out. Adding
 * a language must not mean hunting for these. Only the spec itself and the strings may name languages (prose
 * is MDX, not scanned), and the few files below that index strings or hold per-language vocabulary.
 */

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCANNED = ['src', 'scripts'];
const CODE = /\.(ts|tsx|mts|mjs|js|astro)$/;

/** Files allowed to name languages, and why. Folders end in "/". Tests beside the code (`*.test.ts`) are not scanned. */
const ALLOWED: Readonly<Record<string, string>> = {
  'src/lib/i18n/locales.ts': 'the locale spec',
  'src/lib/i18n/strings/': 'UI strings per language',
  'src/lib/i18n/t.ts': "the index of each language's string files (STRING_FILES)",
  'src/chapters/registry.ts': "the index of each chapter's string files per language",
  'src/scripts/search-rank.ts': 'search synonyms per language: vocabulary, like strings',
  'scripts/lib/editions/direction-words.ts': 'direction words and clause punctuation per language: vocabulary the prose check looks for',
};

const codes = LOCALES.map((l) => l.replace(/[-]/g, '\\-')).join('|');
const Q = `['"\`](?:${codes})['"\`]`;
/** What a language test looks like, with a name for the finding. */
const PATTERNS: readonly [string, RegExp][] = [
  ['compared', new RegExp(`[!=]==?\\s*${Q}|${Q}\\s*[!=]==?`)],
  ['in a union', new RegExp(`(?<!\\|)\\|\\s*${Q}|${Q}\\s*\\|(?!\\|)`)],
  ['chosen by a ternary', new RegExp(`\\?\\s*${Q}\\s*:|:\\s*${Q}\\s*[;,)]`)],
  ['listed', new RegExp(`\\[\\s*${Q}\\s*,\\s*${Q}`)],
  ['matched by prefix', new RegExp(`(?:startsWith|includes)\\(\\s*${Q}`)],
  ['written out as keys', new RegExp(`\\{\\s*(?:${codes})\\s*:(?=.*\\b(?:${codes})\\s*:)`)],
  ['alternated in a pattern', new RegExp(`\\((?:${codes})\\|(?:${codes})\\)`)],
];

function files(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : files(rel);
    return CODE.test(e.name) && !/\.test\.[a-z]+$/.test(e.name) ? [rel] : [];
  });
}

const allowed = (file: string) => Object.keys(ALLOWED).some((a) => (a.endsWith('/') ? file.startsWith(a) : file === a));

/** Every line of code under `roots` that tests or names a language outside the allowed files. */
function languageLiterals(roots: readonly string[]): string[] {
  const out: string[] = [];
  for (const file of roots.flatMap(files)) {
    if (allowed(file)) continue;
    readFileSync(path.join(ROOT, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const [what, re] of PATTERNS) if (re.test(line)) out.push(`${file}:${i + 1}: language ${what}: ${line.trim().slice(0, 140)}`);
      });
  }
  return out;
}

describe('language literals in code', () => {
  it('appear only in the locale spec, strings, prose and listed vocabulary files', () => {
    expect(languageLiterals(SCANNED), 'read the locale spec (localeSpec, LOCALES, DEFAULT_LOCALE, perLocale) instead').toEqual([]);
  });

  it('are found when code tests the language (the check can fail)', () => {
    const probes = [
      "const sep = locale === 'zh' ? '、' : ', ';",
      "type L = 'zh' | 'en';",
      "for (const l of ['zh', 'en'] as const) {}",
      "const lang = root.lang.startsWith('zh') ? 'zh' : 'en';",
      'localized({ zh: a, en: b })',
      "if ('en' !== lang) return;",
      'const isChapter = (p: string) => /^\\/(zh|en)\\//.test(p);',
    ];
    for (const p of probes)
      expect(
        PATTERNS.some(([, re]) => re.test(p)),
        p,
      ).toBe(true);
    for (const ok of ["const lang = document.documentElement.lang || 'en';", 't(DATA_LOCALE, key)', 'localized(pickLocalized(s))']) {
      expect(
        PATTERNS.some(([, re]) => re.test(ok)),
        ok,
      ).toBe(false);
    }
  });
});
