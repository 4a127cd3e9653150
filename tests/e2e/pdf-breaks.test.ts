import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/lib/browser';
import { readOutline } from '../../scripts/lib/pdf-outline';
import { builtEdition, printReports } from '../../scripts/lib/pdf-report';
import { pdfFileName } from '../../src/lib/site/pdf';
import { sharedDistPdfs, sharedSite } from '../lib/shared-builds';
import { pageBreakProblems } from './lib/page-breaks';
import { LOCALES, WRITTEN_LOCALES, type Locale } from '../../src/lib/i18n/locales';

/**
 * Page breaks, measured on the printed PDFs of three editions (the latest, as `npm run pdf` prints it
 * from dist/; the first edition that knows the 2022 report, 2022-07-21; and a holiday, 2023-05-03, both
 * built once per test run, see shared-builds.ts; a derived language, whose layout differs from its
 * source's only by characters, on the first two): tables keep their title, header
 * and three rows together and never leave one row alone; charts stay whole; headings never end a page;
 * a figure pushed to the next page leaves no empty foot when text of its section could fill it; the
 * contents fit one page. Positions come from the PDF only (structure tree, poppler's text boxes).
 */
const ROOT = path.join(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const has = (cmd: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const ready = chromiumPath() !== null && has('pdftotext');
/** Each edition printed, with its languages. */
const EDITIONS: readonly { edition: string; locales: readonly Locale[] }[] = [
  { edition: 'latest', locales: LOCALES },
  { edition: '2022-07-21', locales: LOCALES },
  { edition: '2023-05-03', locales: WRITTEN_LOCALES },
];

describe.skipIf(!ready)('page breaks of the printed report', { timeout: 120_000 }, () => {
  const work = mkdtempSync(path.join(tmpdir(), 'n225-breaks-'));
  const files = new Map<string, string>();

  beforeAll(async () => {
    for (const { edition, locales } of EDITIONS) {
      if (edition === 'latest') {
        const { dir } = sharedDistPdfs();
        for (const l of locales) files.set(`${edition} ${l}`, path.join(dir, pdfFileName(l, builtEdition(DIST))));
        continue;
      }
      const pdfs = await printReports({ dist: sharedSite({ asOf: edition }), outDir: path.join(work, `pdf-${edition}`), paper: 'A4', locales });
      for (const p of pdfs) files.set(`${edition} ${p.locale}`, p.file);
    }
  }, 900_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const cases = EDITIONS.flatMap((e) => e.locales.map((l) => [`${e.edition} ${l}`] as const));

  it.each(cases)('%s: keeps tables, charts and headings together and leaves no avoidable empty page foot', async (key) => {
    const file = files.get(key)!;
    expect(existsSync(file)).toBe(true);
    expect(await pageBreakProblems(file)).toEqual([]);
  });

  it.each(cases)('%s: fits the contents on one page, right after the summary', async (key) => {
    const { items } = await readOutline(readFileSync(files.get(key)!));
    const level2 = items.filter((o) => o.level === 2);
    // Summary, contents, then the first chapter: the contents take exactly one page.
    expect(level2[0]!.page).toBe(2);
    expect(level2[1]!.page).toBe(3);
    expect(level2[2]!.page).toBe(4);
  });
});
