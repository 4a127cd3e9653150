import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, WRITTEN_LOCALES } from '../lib/i18n/locales';
import { chapterProse } from '../lib/i18n/prose-fs';
import { FIGURES } from '../lib/report/figure-list';
import { CHAPTER_SLUGS, chapterNumber, chapterStringsPath } from './registry';

/** The chapter registry against the files: one folder per registered chapter, prose and strings in every language. */
const ROOT = path.join(__dirname, '../..');
const folders = readdirSync(__dirname)
  .filter((f) => statSync(path.join(__dirname, f)).isDirectory())
  .sort();

describe('the chapter registry', () => {
  it('lists exactly the chapter folders', () => {
    expect([...CHAPTER_SLUGS].sort()).toEqual(folders);
  });

  it("finds each chapter's prose and strings in every written language (a derived one converts its source's), with a title and summary and no order of their own", () => {
    for (const slug of CHAPTER_SLUGS) {
      for (const lang of WRITTEN_LOCALES) expect(existsSync(path.join(ROOT, chapterStringsPath(slug, lang))), `${slug} strings ${lang}`).toBe(true);
      for (const lang of LOCALES) {
        const { file: prose, text } = chapterProse(ROOT, slug, lang);
        const head = text.split('---')[1] ?? '';
        expect(head, prose).toMatch(/^title: \S/m);
        expect(head, prose).toMatch(/^summary: \S/m);
        // The registry alone numbers chapters: a frontmatter `order` would be a second, unchecked source.
        expect(head, prose).not.toMatch(/^order:/m);
      }
    }
  });

  it('numbers chapters by their position and rejects an unknown slug', () => {
    expect(CHAPTER_SLUGS.map(chapterNumber)).toEqual(CHAPTER_SLUGS.map((_, i) => i + 1));
    expect(() => chapterNumber('nonesuch')).toThrow(/Unknown chapter "nonesuch"/);
  });

  it('orders the figure list chapter by chapter as the registry does', () => {
    const order = [...new Set(FIGURES.map((f) => f.chapter))];
    expect(order).toEqual(CHAPTER_SLUGS.filter((s) => FIGURES.some((f) => f.chapter === s)));
  });
});
