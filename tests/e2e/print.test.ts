import { describe, expect, it } from 'vitest';
import { browserFound, connectSite, reportPages } from './lib/setup';

/**
 * Printing a page (print media at the width of an A4 sheet less 16 mm side margins, 673 CSS px): the site's
 * navigation, menus and skip link are gone, every chart is the page-width rendering, drawn, never split
 * across pages, and short enough for one page. (A contents list the print route puts in the document is
 * content, not site navigation.)
 */
const PAGES = reportPages();
/** An A4 sheet at 96 CSS px per inch, less 18 mm top and bottom margins: the tallest figure that fits one page. */
const A4_CONTENT_HEIGHT = Math.floor(((297 - 36) / 25.4) * 96);
/** An A4 sheet's width less 16 mm margins each side, in CSS px. */
const A4_CONTENT_WIDTH = Math.floor(((210 - 32) / 25.4) * 96);

describe.skipIf(!browserFound)('print emulation', () => {
  const site = connectSite();

  it.each(PAGES.map((p) => [p.path]))('%s prints without navigation and with figures whole', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: A4_CONTENT_WIDTH, height: A4_CONTENT_HEIGHT } });
    await page.emulateMedia({ media: 'print' });
    await page.goto(site.url + path);
    const shownChrome = await page.$$eval('.site-header nav, .chapter-nav, .chapter-menu, .skip-link, .lang-switch, .search-link, .pager', (els) =>
      els.filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').map((e) => e.outerHTML.slice(0, 80)));
    expect(shownChrome, 'navigation shown in print').toEqual([]);
    const charts = await page.$$eval('figure.figure-chart', (figs) => figs.map((f) => {
      const chart = f.querySelector('.chart svg')?.getBoundingClientRect();
      return { id: f.id, breakInside: getComputedStyle(f).breakInside, height: f.getBoundingClientRect().height, wide: (chart?.width ?? 0) * (chart?.height ?? 0) };
    }));
    for (const c of charts) {
      expect(c.breakInside, `${path}#${c.id}`).toBe('avoid');
      expect(c.wide, `${path}#${c.id}: page-width chart`).toBeGreaterThan(100 * 100);
      expect(c.height, `${path}#${c.id}: fits one page`).toBeLessThan(A4_CONTENT_HEIGHT);
    }
    await page.close();
  });
});
