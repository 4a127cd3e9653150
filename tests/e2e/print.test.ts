import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHAPTER_SLUGS } from '../../src/chapters/registry';
import { LOCALES } from '../../src/lib/i18n/locales';
import { afterAll, describe, expect, it } from 'vitest';
import { textLines } from './lib/pdf-structure';
import { browserFound, connectSite, reportPages } from './lib/setup';

/**
 * Printing a page (print media at the width of an A4 sheet less 16 mm side margins, 673 CSS px): the site's
 * navigation, menus and skip link are gone, nothing is wider than the sheet (Chromium would print every page
 * smaller), every chart is the page-width rendering, drawn, never split
 * across pages, short enough for one page, with its labels near a caption's size (not the screen's). (A
 * contents list the print route puts in the document is content, not site navigation.)
 */
const PAGES = reportPages();
/** An A4 sheet at 96 CSS px per inch, less 18 mm top and bottom margins: the tallest figure that fits one page. */
const A4_CONTENT_HEIGHT = Math.floor(((297 - 36) / 25.4) * 96);
/** An A4 sheet's width less 16 mm margins each side, in CSS px. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 32) / 25.4) * 96);
/**
 * Sizes (pt) a chart label may print at: about a caption's 8.5 pt, well under the text's 10.5 pt; a chart
 * with one bar per industry, shrunk to fit a sheet, comes down to 6.6 pt.
 */
const LABEL_PT = { min: 6.5, max: 10 };

describe.skipIf(!browserFound)('print emulation', () => {
  const site = connectSite();

  it.each(PAGES.map((p) => [p.path]))('%s prints without navigation and with figures whole', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: A4_CONTENT_WIDTH, height: A4_CONTENT_HEIGHT } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(site.url + path);
    const shownChrome = await page.$$eval('.site-header nav, .chapter-nav, .chapter-menu, .skip-link, .lang-switch, .search-link, .pager', (els) =>
      els.filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(shownChrome, 'navigation shown in print').toEqual([]);
    // Anything wider than the sheet makes Chromium print every page of it smaller.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: wider than the sheet`).toBeLessThanOrEqual(A4_CONTENT_WIDTH);
    const charts = await page.$$eval('figure.figure-chart', (figs) =>
      figs.map((f) => {
        const svg = f.querySelector<SVGSVGElement>('.chart svg');
        const chart = svg?.getBoundingClientRect();
        // A label's printed size: its font size in user units, scaled by the drawn width over the viewBox's, in pt.
        const text = svg?.querySelector('text[font-size]');
        const scale = svg && chart ? chart.width / svg.viewBox.baseVal.width : 0;
        const labelPt = text ? parseFloat(getComputedStyle(text).fontSize) * scale * 0.75 : null;
        return { id: f.id, breakInside: getComputedStyle(f).breakInside, height: f.getBoundingClientRect().height, wide: (chart?.width ?? 0) * (chart?.height ?? 0), labelPt };
      }),
    );
    for (const c of charts) {
      expect(c.breakInside, `${path}#${c.id}`).toBe('avoid');
      expect(c.wide, `${path}#${c.id}: page-width chart`).toBeGreaterThan(100 * 100);
      expect(c.height, `${path}#${c.id}: fits one page`).toBeLessThan(A4_CONTENT_HEIGHT);
      if (c.labelPt !== null) {
        expect(c.labelPt, `${path}#${c.id}: label size in pt`).toBeGreaterThanOrEqual(LABEL_PT.min);
        expect(c.labelPt, `${path}#${c.id}: label size in pt`).toBeLessThanOrEqual(LABEL_PT.max);
      }
    }
    await page.close();
  });
});

/**
 * Ctrl+P on every chapter page, every language: Chromium prints the page (A4, print.css) and every
 * printed page carries a reasonable amount of text, read back with pdftotext page by page: no blank or
 * near-blank page, the last one included (a page that holds only a chart still has its axis labels,
 * caption and source as text), and every page but the last is filled at least to MIN_FILL of its height.
 */
const CHAPTER_PAGES = reportPages().filter((p) => new RegExp(`^/(${LOCALES.join('|')})/(${CHAPTER_SLUGS.join('|')})?/?$`).test(p.path));
/** Fewest characters (white space aside) a printed page may carry: about three lines of text. */
const MIN_CHARS = 120;
/**
 * How far down (share of the sheet's height) the text of every page but the last must reach. A chart with
 * one bar per industry takes most of a sheet, so the page before it may end at about 40 %.
 */
const MIN_FILL = 0.35;
const runTool = promisify(execFile);

describe.skipIf(!browserFound)('browser printing of chapter pages', { timeout: 120_000 }, () => {
  const site = connectSite();
  const out = mkdtempSync(path.join(tmpdir(), 'n225-ctrlp-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('covers every chapter in every language', () => {
    expect(CHAPTER_PAGES.length).toBe(LOCALES.length * CHAPTER_SLUGS.length);
  });

  it.each(CHAPTER_PAGES.map((p) => [p.path]))('%s prints with no blank or near-blank page', async (pagePath) => {
    const page = await site.browser.newPage();
    await page.goto(site.url + pagePath, { waitUntil: 'load' });
    const file = path.join(out, `${pagePath.replace(/\W+/g, '_')}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    await page.close();
    const info = (await runTool('pdfinfo', [file])).stdout;
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const thin: string[] = [];
    // One pdftotext call for the whole file; pages come separated by form feeds.
    const texts = (await runTool('pdftotext', [file, '-'])).stdout.split('\f');
    for (let p = 1; p <= pages; p += 1) {
      const text = (texts[p - 1] ?? '').replace(/\s+/g, '');
      if (text.length < MIN_CHARS) thin.push(`p. ${p}/${pages}: ${text.length} characters (${text.slice(0, 40)})`);
    }
    const { lines, pageHeight } = textLines(file);
    for (let p = 1; p < pages; p += 1) {
      const bottom = Math.max(0, ...lines.filter((l) => l.page === p).map((l) => l.yMax));
      if (bottom < MIN_FILL * pageHeight) thin.push(`p. ${p}/${pages}: text ends ${Math.round((100 * bottom) / pageHeight)} % down the page`);
    }
    expect(thin, pagePath).toEqual([]);
  });
});
