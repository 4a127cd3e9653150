import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveDir } from '../../scripts/lib/serve';
import { LOCALES } from '../../src/lib/i18n/locales';
import { PINNED_AS_OF } from '../lib/pinned';
import { CI_ARCHIVE, sharedSite } from '../lib/shared-builds';
import { axeViolations } from './lib/axe';
import { watchPage } from './lib/page-checks';
import { browserFound } from './lib/setup';

/**
 * The archive build's own pages in Chromium (the archive that tests/build/archive.test.ts reads: the
 * pinned latest and three old editions, built once per test run and served here on its own): the
 * editions page, the what-changed pages and an old edition's pages with their banner load cleanly, pass
 * axe-core, and fit a 390 px phone.
 */
const OLD = '2026-06-30';
const PAGES = LOCALES.flatMap((l) => [`/${l}/editions/`, `/${l}/changes/`, `/${l}/`, `/editions/${OLD}/${l}/`, `/editions/${OLD}/${l}/statistics/`]);

describe.skipIf(!browserFound)('the archive build in Chromium', () => {
  let out = '';
  let site: { url: string; close: () => Promise<void> } | null = null;
  let browser: Browser | null = null;

  beforeAll(async () => {
    out = sharedSite({ asOf: PINNED_AS_OF, archive: CI_ARCHIVE });
    site = await serveDir(out);
    browser = await chromium.connect(inject('browserWs'));
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(PAGES.map((p) => [p]))('%s loads cleanly and passes axe-core', async (p) => {
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = await watchPage(page, site!.url);
    const res = await page.goto(site!.url + p, { waitUntil: 'load' });
    expect(res?.status(), p).toBe(200);
    expect.soft(problems.foreign, 'a request left the site').toBeNull();
    expect.soft(problems.errors, 'console errors').toEqual([]);
    expect.soft(problems.failed, 'failed requests').toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(PAGES.map((p) => [p]))('%s fits 390 px without sideways scrolling', async (p) => {
    const page = await browser!.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site!.url + p);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  it.each(LOCALES.map((l) => [l]))('%s: the banner of an old edition takes the reader to the latest edition of the same chapter', async (l) => {
    const page = await browser!.newPage();
    await page.goto(`${site!.url}/editions/${OLD}/${l}/statistics/`);
    await page.locator('.edition-banner a').first().click();
    await page.waitForURL(`${site!.url}/${l}/statistics/`);
    expect(await page.locator('.edition-banner').count()).toBe(0);
    await page.close();
  });
});
