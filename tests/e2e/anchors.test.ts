import { describe, expect, it } from 'vitest';
import { browserFound, builtPages, connectSite } from './lib/setup';

/**
 * A link to a figure or a section lands on it and stays there. Charts are laid out only as they near the
 * viewport (src/styles/chart.css); a placeholder of the wrong size would let the target drift once the
 * charts above it render. The longest chapter pages of each language, every figure and section heading,
 * at desktop and phone width.
 */
const PAGES = ['/en/macro/', '/zh/statistics/', '/zh-hant/economy/'].filter((p) => builtPages().some((b) => b.path === p));

describe.skipIf(!browserFound)('links to figures and sections', () => {
  const site = connectSite();

  it.each(PAGES.flatMap((p) => [390, 1280].map((w) => [p, w] as const)))('%s at %i px: every #fragment lands at the top and stays', async (p, width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.url + p);
    const ids = await page.$$eval('.prose > figure[id], .prose > h2[id]', (els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThan(5);
    const maxScroll = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    for (const id of ids) {
      await page.goto(`${site.url}${p}#${id}`);
      const drift = await page.evaluate(async (id) => {
        const el = document.getElementById(id)!;
        const first = el.getBoundingClientRect().top;
        for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => setTimeout(r, 100));
        return { first, last: el.getBoundingClientRect().top, scrollY };
      }, id);
      expect(drift.last, `${id} moved after the page rendered`).toBeCloseTo(drift.first, 0);
      // At the top of the window, unless the page ends before the target can scroll that far.
      if (drift.scrollY < maxScroll - 2) expect(Math.abs(drift.last), `${id} is not at the top`).toBeLessThan(40);
    }
    await context.close();
  });
});
