import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHAPTER_SLUGS, chapterProsePath } from '../../chapters/registry';
import { LOCALES, sourceLocale, type Locale } from './locales';
import { deriveMdx } from './prose';

/**
 * Chapter prose on disk. A written language's prose is its file, `src/chapters/<slug>/<lang>.mdx`; a derived
 * language's is made from its source language's file at build time ({@link writeDerivedProse}, called by the
 * `derived-prose` integration before Astro reads the chapters) and is not kept in version control.
 */

/** A chapter's prose in `locale` as the site renders it: the file of a written language, the conversion of its source's for a derived one. */
export function chapterProse(root: string, slug: string, locale: Locale): { file: string; text: string } {
  const source = chapterProsePath(slug, sourceLocale(locale));
  const text = readFileSync(path.join(root, source), 'utf8');
  return sourceLocale(locale) === locale ? { file: source, text } : { file: chapterProsePath(slug, locale), text: deriveMdx(text, locale, path.basename(source)) };
}

/**
 * Writes every derived language's prose for every chapter (`src/chapters/<slug>/<code>.mdx`), each only
 * when its text changed (a temporary file renamed into place, so Astro never reads half a file).
 * Returns the files written.
 */
export function writeDerivedProse(root: string): string[] {
  const written: string[] = [];
  for (const locale of LOCALES) {
    if (sourceLocale(locale) === locale) continue;
    for (const slug of CHAPTER_SLUGS) {
      const { file, text } = chapterProse(root, slug, locale);
      const full = path.join(root, file);
      if (existsSync(full) && readFileSync(full, 'utf8') === text) continue;
      writeFileSync(`${full}.${process.pid}.tmp`, text);
      renameSync(`${full}.${process.pid}.tmp`, full);
      written.push(file);
    }
  }
  return written;
}
