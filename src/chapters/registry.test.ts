import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, WRITTEN_LOCALES } from '../lib/i18n/locales';
import { chapterProse } from '../lib/i18n/prose-fs';
import { FIGURES } from '../lib/report/figure-list';
import { allChartsSource, allFactsSource, allFiguresSource, exportsFacts } from '../../scripts/lib/chapter-faces';
import { CHAPTER_SLUGS, chapterNumber, chaptersReadBy, chapterStringsPath, type ChapterSlug } from './registry';

/** The chapter registry against the files: one folder per registered chapter, prose and strings in every language. */
const ROOT = path.join(__dirname, '../..');
const folders = readdirSync(__dirname)
  .filter((f) => statSync(path.join(__dirname, f)).isDirectory())
  .sort();

describe('the chapter registry', () => {
  it('lists exactly the chapter folders: a folder without an entry, or an entry without a folder, fails', () => {
    expect([...CHAPTER_SLUGS].sort()).toEqual(folders);
  });

  it("has current code faces (all-facts.ts, all-figures.ts, all-charts.ts: run `npm run gen:chapters`), which reach every chapter's facts.ts, figures.ts and charts.ts", () => {
    const hasCharts = (slug: string) => existsSync(path.join(__dirname, slug, 'charts.ts'));
    const factsFile = (slug: string) => path.join(__dirname, slug, 'facts.ts');
    const hasFacts = (slug: string) => existsSync(factsFile(slug)) && exportsFacts(slug, readFileSync(factsFile(slug), 'utf8'));
    expect(readFileSync(path.join(__dirname, 'all-facts.ts'), 'utf8')).toBe(allFactsSource(CHAPTER_SLUGS, hasFacts));
    expect(CHAPTER_SLUGS.filter(hasFacts)).toEqual([...CHAPTER_SLUGS]);
    expect(exportsFacts('two-words', 'export function twoWordsFacts(ctx: ChapterContext) {')).toBe(true);
    expect(exportsFacts('statistics', 'export function statistics(index: Series) {')).toBe(false);
    expect(readFileSync(path.join(__dirname, 'all-figures.ts'), 'utf8')).toBe(allFiguresSource(CHAPTER_SLUGS));
    expect(readFileSync(path.join(__dirname, 'all-charts.ts'), 'utf8')).toBe(allChartsSource(CHAPTER_SLUGS, hasCharts));
    for (const slug of CHAPTER_SLUGS) expect(existsSync(path.join(__dirname, slug, 'figures.ts')), `${slug}/figures.ts`).toBe(true);
    // The faces follow the registry: a chapter added there appears in both, in the registry's order.
    const faces = (slugs: string[]) => [allFiguresSource(slugs), allChartsSource(slugs, (s) => s !== 'plain')];
    const [figures = '', charts = ''] = faces(['alpha', 'plain', 'two-words']);
    expect(figures).toContain("import { twoWordsFigures } from './two-words/figures';");
    expect(figures.indexOf('  alpha: alphaFigures,')).toBeLessThan(figures.indexOf("  'two-words': twoWordsFigures,"));
    expect(charts).toContain('  plain: {},');
    expect(charts).not.toContain("from './plain/charts'");
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

  it("lists in `reads` every other chapter whose facts a chapter's prose, figures, charts or strings name", () => {
    const named = new RegExp(`["'\`{[](${CHAPTER_SLUGS.join('|')})\\.[A-Za-z]`, 'g');
    for (const slug of CHAPTER_SLUGS) {
      const dir = path.join(__dirname, slug);
      const texts = [
        ...LOCALES.map((l) => chapterProse(ROOT, slug, l).text),
        ...['figures.ts', 'drawn.ts', 'charts.ts'].filter((f) => existsSync(path.join(dir, f))).map((f) => readFileSync(path.join(dir, f), 'utf8')),
        ...WRITTEN_LOCALES.map((l) => readFileSync(path.join(ROOT, chapterStringsPath(slug, l)), 'utf8')),
      ];
      const read = new Set(texts.flatMap((t) => [...t.matchAll(named)].map((m) => m[1] as ChapterSlug)));
      expect([...read].filter((s) => !chaptersReadBy(slug).includes(s)).sort(), `src/chapters/${slug} names facts of chapters its registry entry does not read`).toEqual([]);
    }
    // The check sees a key in prose, code and strings alike.
    expect([...`<V k="macro.boj.r" /> f('economy.fx.r') "{constituents.count}"`.matchAll(named)].map((m) => m[1])).toEqual(['macro', 'economy', 'constituents']);
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
