import { describe, expect, it } from 'vitest';
import { browserFound, connectSite, reportPages } from './lib/setup';

/**
 * A wide screen (1600 CSS px) uses its width: the on-page contents sit beside the text, not above it;
 * prose keeps a reading measure while figures and the overview's summary panel are drawn wider; nothing
 * scrolls sideways.
 */
const PAGES = reportPages().filter((p) => !/\/(search|data)\/$/.test(p.path));

describe.skipIf(!browserFound)('at wide-screen width', () => {
  const site = connectSite();

  it.each(PAGES.map((p) => [p.path]))('%s at 1600 px: contents beside the text, figures wider than the prose', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 1600, height: 900 } });
    await page.goto(site.url + path);
    const m = await page.evaluate(() => {
      const box = (s: string) => document.querySelector(s)?.getBoundingClientRect() ?? null;
      const widest = (s: string) => Math.max(0, ...[...document.querySelectorAll(s)].map((e) => e.getBoundingClientRect().width));
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        toc: box('.with-toc > .toc'),
        prose: box('.with-toc > .prose'),
        paragraph: widest('.prose > p'),
        figure: widest('.prose > .figure'),
        summary: box('.report-summary'),
      };
    });
    expect(m.overflow, 'page scrolls sideways').toBeLessThanOrEqual(0);
    if (m.toc && m.prose) {
      expect(m.toc.left, 'on-page contents beside the text').toBeGreaterThanOrEqual(m.prose.right);
      expect(m.toc.top, 'on-page contents level with the text').toBeLessThan(m.prose.top + 400);
    }
    if (m.figure > 0 && m.paragraph > 0) expect(m.figure, 'figures wider than the prose measure').toBeGreaterThan(m.paragraph + 100);
    if (m.summary) expect(m.summary.width, 'the summary panel as wide as a figure').toBeGreaterThanOrEqual(m.figure - 1);
    await page.close();
  });
});
