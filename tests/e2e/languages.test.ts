import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_LOCALE, LANG_TAG, LOCALES } from '../../src/lib/i18n/locales';
import { browserFound, builtPages, DIST, connectSite, reportPages } from './lib/setup';

/**
 * The language switch on every page of the default language leads to the same page in each other language
 * of the locale spec and back, and the hreflang alternates in each page's head agree with the switch, with
 * each other and with the page's canonical link.
 */
/** Default-language pages a reader switches language on (the print route, the PDF's source, has no switch). */
const PAGES = reportPages(DEFAULT_LOCALE).filter((p) => readFileSync(path.join(DIST, p.path, 'index.html'), 'utf8').includes('<nav class="lang-switch"'));
const OTHERS = LOCALES.filter((l) => l !== DEFAULT_LOCALE);
const EXISTING = new Set(builtPages().map((p) => p.path));

/** The page's `<link rel="alternate" hreflang>` targets, by language tag, as site paths. */
const alternates = (page: Page) =>
  page.$$eval('link[rel="alternate"][hreflang]', (ls) =>
    Object.fromEntries(ls.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '', location.href).pathname])),
  );
const canonical = (page: Page) => page.$eval('link[rel="canonical"]', (l) => new URL(l.getAttribute('href') ?? '', location.href).pathname);

describe.skipIf(!browserFound)('switching language', () => {
  const site = connectSite();

  it.each(PAGES.map((p) => [p.path]))('%s switches to every other language and back on the same page', async (home) => {
    const page = await site.browser.newPage();
    await page.goto(site.url + home);
    const alt = await alternates(page);
    // One alternate per language and x-default, the switch offering each language.
    expect(Object.keys(alt).sort()).toEqual([...LOCALES.map((l) => LANG_TAG[l]), 'x-default'].sort());
    expect(alt[LANG_TAG[DEFAULT_LOCALE]]).toBe(home);
    expect(alt['x-default']).toBe(home);
    expect(await canonical(page)).toBe(home);
    expect(await page.$$eval('.lang-switch [lang]', (as) => as.map((a) => a.getAttribute('lang')))).toEqual(LOCALES.map((l) => LANG_TAG[l]));

    for (const l of OTHERS) {
      const there = alt[LANG_TAG[l]]!;
      expect(there).toBe(home.replace(`/${DEFAULT_LOCALE}/`, `/${l}/`));
      expect(EXISTING.has(there), `${there} is built`).toBe(true);
      await page.click(`.lang-switch a[hreflang="${LANG_TAG[l]}"]`);
      await page.waitForURL(site.url + there);
      expect(await page.getAttribute('html', 'lang')).toBe(LANG_TAG[l]);
      expect(await alternates(page)).toEqual(alt);
      expect(await canonical(page)).toBe(there);

      await page.click(`.lang-switch a[hreflang="${LANG_TAG[DEFAULT_LOCALE]}"]`);
      await page.waitForURL(site.url + home);
      expect(await page.getAttribute('html', 'lang')).toBe(LANG_TAG[DEFAULT_LOCALE]);
    }
    await page.close();
  });
});
