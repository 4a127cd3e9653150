import { describe, expect, it } from 'vitest';
import { browserFound, connectSite } from './lib/setup';

/** Full-text search (Pagefind) in each language, served from the site itself. */
describe.skipIf(!browserFound)('search in Chromium', () => {
  const site = connectSite();

  it.each([
    ['zh', '波动率', '/zh/'],
    ['en', 'drawdown', '/en/'],
  ])('/%s/search/ finds "%s" in the report, without a request leaving the site', async (lang, term, prefix) => {
    const page = await site.browser.newPage();
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(site.url)) foreign.push(r.url()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${site.url}/${lang}/search/?q=${encodeURIComponent(term)}`);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    const hrefs = await page.$$eval('.pagefind-ui__result-link', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h.startsWith(prefix), h).toBe(true);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
