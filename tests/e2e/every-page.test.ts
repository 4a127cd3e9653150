import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './lib/axe';
import { figureViews, watchPage } from './lib/page-checks';
import { browserFound, builtPages, connectSite } from './lib/setup';
import { DEFAULT_LOCALE, LOCALES } from '../../src/lib/i18n/locales';

/**
 * Every page of dist/ (found on disk, so new chapters are covered as they land), loaded in Chromium at
 * desktop width as a reader gets it: clean console and network, no request leaving the site, every figure
 * drawn, no chart label clipped, and no accessibility violation that axe-core can find.
 */
const PAGES = builtPages();

/** The root page only redirects (meta refresh) to /zh/; for axe it is held still by dropping the refresh. */
async function holdRedirect(page: Page, url: string): Promise<void> {
  await page.route(`${url}/`, async (route) => {
    const res = await route.fetch();
    route.fulfill({ response: res, body: (await res.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
  });
}

describe.skipIf(!browserFound)('every page in Chromium', () => {
  const site = connectSite();

  it('finds the pages of every language in dist/', () => {
    expect(PAGES.filter((p) => p.lang === DEFAULT_LOCALE).length).toBeGreaterThan(2);
    for (const l of LOCALES) expect(PAGES.filter((p) => p.lang === l).length, l).toBe(PAGES.filter((p) => p.lang === DEFAULT_LOCALE).length);
  });

  it('sends a reader of the root page on to the Chinese report', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/`);
    await page.waitForURL(`${site.url}/zh/`);
    await page.close();
  });

  it.each(PAGES.map((p) => [p.path]))(
    '%s loads cleanly, draws every figure whole, and passes axe-core',
    async (path) => {
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = await watchPage(page, site.url);
      if (path === '/') await holdRedirect(page, site.url);
      const res = await page.goto(site.url + path, { waitUntil: 'load' });
      expect(res?.status(), path).toBe(200);
      expect.soft(problems.foreign, 'a request left the site').toBeNull();
      expect.soft(problems.errors, 'console errors').toEqual([]);
      expect.soft(problems.failed, 'failed requests').toEqual([]);
      for (const f of await figureViews(page)) {
        if (f.kind === 'chart') {
          expect.soft(f.visibleSvgs.length, `${path}#${f.id}: visible charts`).toBe(1);
          expect.soft((f.visibleSvgs[0]?.w ?? 0) * (f.visibleSvgs[0]?.h ?? 0), `${path}#${f.id}: chart area`).toBeGreaterThan(100 * 100);
          expect.soft(f.alt.trim().length, `${path}#${f.id}: text alternative`).toBeGreaterThan(10);
        }
        if (f.kind === 'table') expect.soft(f.tableRows, `${path}#${f.id}: table rows`).toBeGreaterThan(0);
        if (f.kind !== 'other') expect.soft(f.csv, `${path}#${f.id}: CSV link`).toMatch(/^\/data\/figures\/[\w-]+\.csv$/);
        expect.soft(f.spills, `${path}#${f.id}: chart text outside its SVG`).toEqual([]);
        expect.soft(f.cut, `${path}#${f.id}: chart text cut short`).toEqual([]);
        if (f.kind === 'chart') expect.soft(f.minTextPx, `${path}#${f.id}: smallest chart text (px)`).toBeGreaterThanOrEqual(11);
      }
      expect.soft(await axeViolations(page), 'axe-core violations').toEqual([]);
      await page.close();
      // The print routes hold the whole report (and load its print fonts): axe takes a while on a busy machine.
    },
    90_000,
  );
});
