import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/lib/i18n/locales';
import { browserFound, connectSite } from './lib/setup';

/** Real Chromium against the built statistics pages. */
describe.skipIf(!browserFound)('the statistics pages in Chromium', () => {
  const site = connectSite();

  it.each(LOCALES)('/%s/statistics/ shows every chart, with no console error and no request leaving the site', async (lang) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith(site.url) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    const res = await page.goto(`${site.url}/${lang}/statistics/`, { waitUntil: 'networkidle' });
    expect(res?.status()).toBe(200);
    const charts = await page.$$eval('.chart svg', (svgs) =>
      svgs.map((s) => {
        const b = s.getBoundingClientRect();
        return { w: b.width, h: b.height };
      }),
    );
    // Trend, return histogram, drawdown and rolling volatility: the Statistics chapter draws four charts in every edition.
    expect(charts).toHaveLength(4);
    for (const c of charts) expect(c.w * c.h).toBeGreaterThan(100 * 100);
    // No chart text spills outside its SVG (a clipped label would).
    const spills = await page.$$eval('.chart svg', (svgs) =>
      svgs.flatMap((s) => {
        const box = s.getBoundingClientRect();
        return [...s.querySelectorAll('text')]
          .filter((t) => {
            const b = t.getBoundingClientRect();
            return b.width > 0 && (b.left < box.left - 1 || b.right > box.right + 1 || b.top < box.top - 1 || b.bottom > box.bottom + 1);
          })
          .map((t) => t.textContent);
      }),
    );
    expect(spills).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('keeps the page body from scrolling sideways at phone width', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    for (const lang of LOCALES) {
      await page.goto(`${site.url}/${lang}/statistics/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, lang).toBeLessThanOrEqual(0);
      // Each chart is one SVG, as wide as the phone's column.
      const widths = await page.$$eval('.chart svg', (svgs) => svgs.map((s) => s.getBoundingClientRect().width));
      expect(widths).toHaveLength(4);
      for (const w of widths) expect(w).toBeGreaterThan(340);
    }
    await page.close();
  });

  it('switches language on the same chapter', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/zh/statistics/`);
    await page.click('.lang-switch a[hreflang="en"]');
    expect(new URL(page.url()).pathname).toBe('/en/statistics/');
    await page.click('.lang-switch a[hreflang="zh-CN"]');
    expect(new URL(page.url()).pathname).toBe('/zh/statistics/');
    await page.close();
  });
});
