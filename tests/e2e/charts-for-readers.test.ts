import { describe, expect, it } from 'vitest';
import { axeViolations } from './lib/axe';
import { figureViews } from './lib/page-checks';
import { browserFound, connectSite, reportPages } from './lib/setup';

/**
 * Charts for every reader, in Chromium: at phone width in both languages no label is cut, spills out of
 * its SVG or is drawn under 11 px; every chart is a graphics document with reachable key points and a
 * long description and data table; the dark scheme follows the system or the reader's switch (remembered,
 * applied before first paint, no switch without script) and passes axe; forced colours reach the charts.
 */
const PAGES = reportPages().filter((p) => !p.path.includes('/print/'));

describe.skipIf(!browserFound)('charts for every reader', () => {
  const site = connectSite();

  it.each(PAGES.map((p) => [p.path]))('%s at 390 px: every chart label whole, inside its SVG and at least 11 px', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(site.url + path);
    for (const f of (await figureViews(page)).filter((v) => v.kind === 'chart')) {
      expect.soft(f.visibleSvgs.length, `${path}#${f.id}`).toBe(1);
      expect.soft(f.spills, `${path}#${f.id}: chart text outside its SVG`).toEqual([]);
      expect.soft(f.cut, `${path}#${f.id}: chart text cut short`).toEqual([]);
      expect.soft(f.minTextPx, `${path}#${f.id}: smallest chart text (px)`).toBeGreaterThanOrEqual(11);
    }
    await page.close();
  });

  it.each(PAGES.map((p) => [p.path]))('%s: every chart is a graphics document with key points, a long description and a data table', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(site.url + path);
    const charts = await page.$$eval('figure.figure-chart', (figs) =>
      figs.map((f) => {
        const svg = f.querySelector('.chart svg');
        const desc = document.getElementById(svg?.getAttribute('aria-describedby') ?? '');
        const table = f.querySelector('details.chart-reading table');
        return {
          id: f.id,
          role: svg?.getAttribute('role'),
          label: svg?.getAttribute('aria-label') ?? '',
          points: [...(svg?.querySelectorAll('[role="graphics-object"] [role="graphics-symbol"][aria-label]') ?? [])].map((s) => s.getAttribute('aria-label') ?? ''),
          description: desc?.textContent ?? '',
          caption: table?.querySelector('caption')?.textContent ?? '',
          colHeads: table?.querySelectorAll('thead th[scope="col"]').length ?? 0,
          rowHeads: table?.querySelectorAll('tbody th[scope="row"]').length ?? 0,
          rows: table?.querySelectorAll('tbody tr').length ?? 0,
          drawingHidden: svg?.querySelector(':scope > g[aria-hidden="true"]') !== null,
        };
      }),
    );
    for (const c of charts) {
      expect.soft(c.role, c.id).toBe('graphics-document');
      expect.soft(c.label.length, `${c.id}: summary`).toBeGreaterThan(10);
      expect.soft(c.drawingHidden, `${c.id}: Vega's drawing hidden from assistive technology`).toBe(true);
      expect.soft(c.description, `${c.id}: long description`).toMatch(/\d/);
      expect.soft(c.caption.length, `${c.id}: table caption`).toBeGreaterThan(3);
      expect.soft(c.colHeads, `${c.id}: column headers`).toBeGreaterThanOrEqual(2);
      expect.soft(c.rowHeads, `${c.id}: row headers`).toBe(c.rows);
      expect.soft(c.rows, `${c.id}: data rows`).toBeGreaterThan(0);
    }
    // Two-axis charts (BOJ assets, the yen, COVID-19 cases against the index) carry two scales, so their key points are left to the description; every other chart has them.
    const withPoints = charts.filter((c) => c.points.length > 0);
    expect(withPoints.length, 'charts with key points').toBeGreaterThanOrEqual(charts.filter((c) => !/-fx$|-boj-n225$|-covid$/.test(c.id)).length);
    await page.close();
  });

  it.each(PAGES.map((p) => [p.path]))('%s in the dark scheme: charts restyled, no axe violation', async (path) => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
    await page.goto(site.url + path);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(17, 22, 29)');
    const strokes = await page.$$eval('.chart .mark-line path[stroke="#1f3a5f"]', (ps) => ps.map((p) => getComputedStyle(p).stroke));
    for (const s of strokes) expect(s, 'navy line lightened').toBe('rgb(138, 180, 232)');
    expect.soft(await axeViolations(page), 'axe-core violations (dark)').toEqual([]);
    await page.close();
  });

  it("remembers the reader's choice of scheme and applies it before the first paint", async () => {
    const context = await site.browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/statistics/`);
    const button = page.locator('#theme-switch');
    expect(await button.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    // On the next page, the scheme is set by the time the body is parsed (no light flash).
    await page.addInitScript(
      `document.addEventListener('readystatechange', () => { if (!window.themeAtParse) window.themeAtParse = document.documentElement.dataset.theme + '|' + (document.body ? getComputedStyle(document.body).backgroundColor : ''); });`,
    );
    await page.goto(`${site.url}/zh/macro/`);
    expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark|rgb(17, 22, 29)');
    await context.close();
  });

  it('has no scheme switch without JavaScript, and still follows the system', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/statistics/`);
    expect(await page.locator('#theme-switch').isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(17, 22, 29)');
    await context.close();
  });

  it("prints light whatever the screen's scheme", async () => {
    const page = await site.browser.newPage({ colorScheme: 'dark' });
    await page.goto(`${site.url}/en/statistics/`);
    await page.evaluate(() => {
      document.documentElement.dataset.theme = 'dark';
    });
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    const strokes = await page.$$eval('.chart .mark-line path[stroke="#1f3a5f"]', (ps) => ps.map((p) => getComputedStyle(p).stroke));
    expect(strokes.length).toBeGreaterThan(0);
    for (const s of strokes) expect(s).toBe('rgb(31, 58, 95)');
    await page.close();
  });

  it('draws the charts in system colours under forced colours', async () => {
    const page = await site.browser.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${site.url}/en/statistics/`);
    const { line, text } = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'CanvasText';
      document.body.append(probe);
      const text = getComputedStyle(probe).color;
      const path = document.querySelector('.chart .mark-line path[stroke="#1f3a5f"]')!;
      return { line: getComputedStyle(path).stroke, text };
    });
    expect(line).toBe(text);
    await page.close();
  });
});
