import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { figureViews } from './lib/page-checks';
import { browserFound, builtPages, DIST, connectSite, reportPages } from './lib/setup';
import { DEFAULT_LOCALE, LANG_TAG, LOCALES } from '../../src/lib/i18n/locales';

/**
 * JavaScript is an enhancement: without it every chart and table is there; with it, line charts show the
 * date and value under the pointer.
 */
const PAGES = reportPages();
const html = (p: string) => readFileSync(path.join(DIST, p, p.endsWith('.html') ? '' : 'index.html'), 'utf8');
const HOVER_PAGES = PAGES.filter((p) => html(p.path).includes('data-hover='));

/** Client coordinates of a line's last drawn point, in the `n`-th visible hover chart of the page. */
function lastPoint(page: Page, selector: string) {
  return page.$eval(selector, (svg) => {
    const p = svg.querySelector<SVGPathElement>('.mark-line path')!;
    const end = p.getPointAtLength(p.getTotalLength());
    const at = new DOMPoint(end.x, end.y).matrixTransform(p.getScreenCTM()!);
    return { x: at.x, y: at.y };
  });
}

/**
 * Scrolls a chart into view and waits two frames: charts are laid out only as they near the viewport
 * (src/styles/chart.css), so until the next frame the pointer would land on the chart's placeholder box.
 */
async function bringIntoView(page: Page, selector: string): Promise<void> {
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** The text lines of the hover tip shown in the chart box of `selector`, or null when none is shown. */
function tipLines(page: Page, selector: string) {
  return page.$eval(selector, (svg) => {
    const tip = svg.parentElement?.querySelector<HTMLElement>('.chart-tip');
    if (!tip || tip.offsetParent === null) return null;
    return [...tip.children].map((c) => c.textContent ?? '');
  });
}

/** What a date in the tip looks like in a language: Intl's medium date for its tag, digits and words as classes (2026年9月24日, Sep 24, 2026). */
function datePattern(tag: string): RegExp {
  const sample = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-09-24T00:00:00Z'));
  const body = sample
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\d+/g, '\\d+')
    .replace(/\p{L}{2,}/gu, '\\p{L}+');
  return new RegExp(`^${body}$`, 'u');
}

describe.skipIf(!browserFound)('with and without JavaScript', () => {
  const site = connectSite();

  it('has hover detail on at least one page of each language', () => {
    for (const l of LOCALES)
      expect(
        HOVER_PAGES.some((p) => p.lang === l),
        l,
      ).toBe(true);
  });

  it.each(PAGES.map((p) => [p.path]))('%s shows every chart and table with JavaScript off', async (p) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url + p);
    const figures = await figureViews(page);
    expect(figures.length).toBe((html(p).match(/<figure\b/g) ?? []).length);
    for (const f of figures) {
      if (f.kind === 'chart') expect((f.visibleSvgs[0]?.w ?? 0) * (f.visibleSvgs[0]?.h ?? 0), f.id).toBeGreaterThan(100 * 100);
      if (f.kind === 'table') expect(f.tableRows, f.id).toBeGreaterThan(0);
    }
    await context.close();
  });

  it.each(HOVER_PAGES.map((p) => [p.path]))('%s shows the date and value under the pointer on every line chart', async (p) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url + p);
    const count = await page.$$eval('.chart svg[data-hover]', (s) => s.length);
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const sel = `:nth-match(.chart svg[data-hover], ${i + 1})`;
      const svg = page.locator(sel);
      await bringIntoView(page, sel);
      expect(await tipLines(page, sel)).toBeNull();
      const box = (await svg.boundingBox())!;
      await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
      const lines = await tipLines(page, sel);
      expect(lines, `chart ${i + 1}`).not.toBeNull();
      expect(lines![0], 'a date').toMatch(datePattern(LANG_TAG[builtPages().find((b) => b.path === p)?.lang ?? DEFAULT_LOCALE]));
      expect(lines!.length).toBeGreaterThan(1);
      for (const l of lines!.slice(1)) expect(l).toMatch(/-?[\d,.]+%?$/);
      await page.mouse.move(0, 0);
      expect(await tipLines(page, sel), 'hidden when the pointer leaves').toBeNull();
    }
    await page.close();
  });

  it.each(LOCALES.filter((l) => builtPages().some((p) => p.path === `/${l}/statistics/`)))(
    "/%s/statistics/: at the trend line's last point the tip shows the edition's date and close",
    async (lang) => {
      const { facts } = JSON.parse(readFileSync(path.join(DIST, 'data/facts.json'), 'utf8'));
      const tag = LANG_TAG[lang];
      const date = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${facts.statistics.window.end}T00:00:00Z`));
      const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${site.url}/${lang}/statistics/`);
      const sel = '#statistics-trend .chart svg';
      await bringIntoView(page, sel);
      const at = await lastPoint(page, sel);
      await page.mouse.move(at.x, at.y);
      // The tip reads the value back from the drawn point, to within a fraction of a pixel (a few index
      // points): the edition's close, not the day before's.
      const [tipDate, tipClose] = (await tipLines(page, sel)) ?? [];
      expect(tipDate).toBe(date);
      expect(Math.abs(Number(String(tipClose).replace(/[^\d.]/g, '')) - facts.statistics.window.endClose)).toBeLessThan(5);
      await page.close();
    },
  );
});
