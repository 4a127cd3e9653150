import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { browserFound, builtPages, DIST, connectSite, reportPages } from './lib/setup';

/**
 * The language switch on every Chinese page leads to the same page in English and back, and the hreflang
 * alternates in each page's head agree with the switch and with each other.
 */
/** Chinese pages a reader switches language on (the print route, the PDF's source, has no switch). */
const ZH = reportPages('zh').filter((p) => readFileSync(path.join(DIST, p.path, 'index.html'), 'utf8').includes('<nav class="lang-switch"'));
const EXISTING = new Set(builtPages().map((p) => p.path));

/** The page's `<link rel="alternate" hreflang>` targets, by language tag, as site paths. */
const alternates = (page: Page) =>
  page.$$eval('link[rel="alternate"][hreflang]', (ls) =>
    Object.fromEntries(ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '', location.href).pathname])),
  );

describe.skipIf(!browserFound)('switching language', () => {
  const site = connectSite();

  it.each(ZH.map((p) => [p.path]))('%s switches to English and back on the same page', async (zhPath) => {
    const page = await site.browser.newPage();
    await page.goto(site.url + zhPath);
    const zhAlt = await alternates(page);
    expect(zhAlt['zh-CN']).toBe(zhPath);
    expect(zhAlt['x-default']).toBe(zhPath);
    const enPath = zhAlt.en!;
    expect(enPath).toBe(zhPath.replace(/^\/zh\//, '/en/'));
    expect(EXISTING.has(enPath), `${enPath} is built`).toBe(true);

    await page.click('.lang-switch a[hreflang="en"]');
    await page.waitForURL(site.url + enPath);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await alternates(page)).toEqual(zhAlt);

    await page.click('.lang-switch a[hreflang="zh-CN"]');
    await page.waitForURL(site.url + zhPath);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await page.close();
  });
});
