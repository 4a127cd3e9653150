import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { factKeysSource } from '../../scripts/lib/fact-keys';
import { LOCALES } from '../lib/i18n/locales';
import { STRING_FILES } from '../lib/i18n/t';
import { FACT_KEY_PATTERNS } from '../lib/report/fact-keys';
import { summaryFactKeys } from '../lib/site/summary-text';
import { chapterProse } from '../lib/i18n/prose-fs';
import { CHAPTER_SLUGS } from './registry';

/**
 * Every fact key named anywhere a reader's text is written — `<V k>`, `<Pick k>`, `<When k>` in every
 * chapter's prose in every language, and `{fact.key}` placeholders in every UI string — is a key of the
 * fact schema (src/lib/report/fact-keys.ts, which the compiler checks code against), and the schema is
 * the one the pinned editions' data give.
 */
const ROOT = path.join(__dirname, '../..');
const PATTERNS = FACT_KEY_PATTERNS.map((p) => new RegExp(`^${p.replace(/[.]/g, '\\.').replace(/\$\\?\{number\}/g, '\\d+')}$`));
const known = (key: string) => PATTERNS.some((re) => re.test(key));

describe('fact keys', () => {
  it("name only keys of the schema in every chapter's prose, in every language", () => {
    const unknown: string[] = [];
    let checked = 0;
    for (const slug of CHAPTER_SLUGS) {
      for (const lang of LOCALES) {
        const { file, text } = chapterProse(ROOT, slug, lang);
        text.split('\n').forEach((line, i) => {
          for (const m of line.matchAll(/<(?:V|Pick|When)\b[^>]*?\sk="([^"]+)"/g)) {
            checked += 1;
            if (!known(m[1] as string)) unknown.push(`${file}:${i + 1}: ${m[1]}`);
          }
          // The frontmatter summary's edition-dependent parts, `[[key: …]]`.
          if (line.startsWith('summary:')) for (const k of summaryFactKeys(line)) if (!known(k)) unknown.push(`${file}:${i + 1}: ${k}`);
        });
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(unknown).toEqual([]);
  });

  it('name only keys of the schema in UI-string placeholders', () => {
    const unknown: string[] = [];
    for (const lang of LOCALES) {
      for (const [file, strings] of Object.entries(STRING_FILES[lang])) {
        for (const [key, text] of Object.entries(strings ?? {})) {
          for (const m of String(text).matchAll(/\{([A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+)\}/g)) if (!known(m[1] as string)) unknown.push(`${lang}/${file} ${key}: ${m[1]}`);
        }
      }
    }
    expect(unknown).toEqual([]);
  });

  it('are generated from the pinned editions (run `npm run gen:facts` after changing what a chapter computes)', () => {
    expect(readFileSync(path.join(ROOT, 'src/lib/report/fact-keys.ts'), 'utf8')).toBe(factKeysSource(path.join(ROOT, 'data')));
  }, 120_000);

  it('reject a misspelt key', () => {
    expect(known('statistics.ytd.return')).toBe(true);
    expect(known('statistics.ytd.retrun')).toBe(false);
    expect(known('statistics.calendarYears.2008.return')).toBe(true);
  });
});
