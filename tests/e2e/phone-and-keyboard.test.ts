import { describe, expect, it } from 'vitest';
import { browserFound, connectSite, reportPages } from './lib/setup';

/**
 * A phone (390 CSS px) and a keyboard: the page never scrolls sideways, tables fit or scroll inside their
 * own box, and every figure's data (its CSV link and its table) can be reached with Tab alone.
 */
const PAGES = reportPages();

describe.skipIf(!browserFound)('at phone width and from the keyboard', () => {
  const site = connectSite();

  it.each(PAGES.map((p) => [p.path]))('%s fits 390 px: no sideways page scroll, tables scroll inside themselves', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site.url + path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'page body scrolls sideways').toBeLessThanOrEqual(0);
    const tables = await page.$$eval('table', (ts) =>
      ts.map((t) => {
        const box = t.closest('.table-scroll') as HTMLElement | null;
        return {
          inBox: box !== null,
          right: t.getBoundingClientRect().right,
          overflowX: box ? getComputedStyle(box).overflowX : '',
          boxRight: box ? box.getBoundingClientRect().right : Infinity,
          wider: box ? box.scrollWidth > box.clientWidth : false,
        };
      }),
    );
    for (const t of tables) {
      // A table either fits the screen, or sits in a box that scrolls sideways by itself.
      if (!t.inBox) {
        expect(t.right, 'table outside a scroll box, wider than the screen').toBeLessThanOrEqual(390);
        continue;
      }
      expect(['auto', 'scroll']).toContain(t.overflowX);
      expect(t.boxRight).toBeLessThanOrEqual(390);
    }
    const charts = await page.$$eval('figure.figure-chart', (fs) => fs.map((f) => f.querySelector('.chart svg')?.getBoundingClientRect().width ?? 0));
    for (const w of charts) expect(w, 'phone-width chart shown').toBeGreaterThan(300);
    await page.close();
  });

  it.each(PAGES.filter((p) => /\/(macro|constituents|statistics)\/$/.test(p.path)).map((p) => [p.path]))(
    '%s at tablet width: a table that scrolls sideways gives its row labels room (11em), not a few characters a line',
    async (path) => {
      const page = await site.browser.newPage({ viewport: { width: 768, height: 1024 } });
      await page.goto(site.url + path);
      const labels = await page.$$eval('.table-scroll', (boxes) =>
        boxes
          // Shown tables only: a data table in a closed <details> is laid out only when opened.
          .filter((b) => b.checkVisibility() && b.scrollWidth > b.clientWidth + 1)
          .flatMap((b) => [...b.querySelectorAll('tbody th')].map((th) => ({ width: th.getBoundingClientRect().width, em: parseFloat(getComputedStyle(th).fontSize) }))),
      );
      for (const l of labels) expect(l.width, 'row label width in em').toBeGreaterThanOrEqual(11 * l.em - 0.5);
      // The macro chapter's regime and ETF tables scroll at this width in every language: the check has work to do.
      if (path.endsWith('/macro/')) expect(labels.length).toBeGreaterThan(0);
      await page.close();
    },
  );

  it.each(PAGES.map((p) => [p.path]))(
    '%s lets Tab reach every CSV link and every table',
    async (path) => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(site.url + path);
      const stops = await page.evaluate(() => {
        const seen: Element[] = [];
        document.addEventListener('focusin', (e) => seen.push(e.target as Element));
        (window as unknown as { seen: Element[] }).seen = seen;
        return document.querySelectorAll('a[href], [tabindex], summary, input, button, select, textarea').length;
      });
      for (let i = 0; i < stops + 3; i++) await page.keyboard.press('Tab');
      const reach = await page.evaluate(() => {
        const seen = new Set((window as unknown as { seen: Element[] }).seen);
        const wanted = [...document.querySelectorAll('figure a.figure-download, figure > .table-scroll')].filter((e) => e.getClientRects().length > 0);
        return { wanted: wanted.length, missed: wanted.filter((e) => !seen.has(e)).map((e) => `${e.closest('figure')?.id}: ${e.className}`) };
      });
      expect(reach.wanted, 'figure links and tables on the page').toBe(
        (await page.locator('figure a.figure-download').count()) + (await page.locator('figure > .table-scroll').count()),
      );
      expect(reach.missed, 'not reachable with Tab').toEqual([]);
      await page.close();
      // One key press per focus stop: the print route (the whole report) has hundreds, slow on a loaded machine.
    },
    90_000,
  );
});
