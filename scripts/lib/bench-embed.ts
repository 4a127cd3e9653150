/**
 * The common alternative, side by side: the same statistics page with its charts drawn in the browser by
 * vega-embed (vega, vega-lite and vega-embed served from node_modules on the same host, no CDN) from the
 * same Vega-Lite specs, against the page as built (inline SVG). Compares bytes and the time until the
 * first chart is painted in Chromium (median of several cold loads).
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { chartSpec } from '../../src/lib/charts/figure-specs';
import type { Locale } from '../../src/lib/i18n/locales';
import type { Report } from '../../src/lib/report/report';
import { chartTexts } from './bench-phases';
import { pageWeight, type PageWeight } from './bench-weight';

const VENDOR = ['vega/build/vega.min.js', 'vega-lite/build/vega-lite.min.js', 'vega-embed/build/vega-embed.min.js'];
const NODE_MODULES = path.resolve(import.meta.dirname, '../../node_modules');

/**
 * Copies the built site to a temp folder and adds `/embed<page>`: the page with each chart's inline SVGs
 * replaced by an empty box that vega-embed fills at load, plus the three libraries under /vendor/.
 * Returns the folder and the embed page's site path.
 */
export function makeEmbedSite(dist: string, page: string, locale: Locale, report: Report): { dir: string; embedPage: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'n225-embed-'));
  cpSync(dist, dir, { recursive: true });
  mkdirSync(path.join(dir, 'vendor'));
  for (const v of VENDOR) copyFileSync(path.join(NODE_MODULES, v), path.join(dir, 'vendor', path.basename(v)));
  let html = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
  const ids = [...html.matchAll(/<figure class="figure figure-chart" id="([^"]+)"/g)].map((m) => m[1]!);
  let n = 0;
  html = html.replace(/<div class="chart"[^>]*><svg\b[\s\S]*?<\/svg><\/div>/g, () => `<div class="vega-target" id="vg-${ids[n++]}"></div>`);
  if (n !== ids.length) throw new Error(`embed page: replaced ${n} charts, found ${ids.length} chart figures`);
  html = html.replace(/<script type="module">[\s\S]*?<\/script>/g, '');
  const texts = chartTexts(locale, report);
  const specs = Object.fromEntries(ids.map((id) => [id, chartSpec(id, report, locale, texts)]));
  const boot = `<script src="/vendor/vega.min.js"></script><script src="/vendor/vega-lite.min.js"></script><script src="/vendor/vega-embed.min.js"></script>
<script>const specs=${JSON.stringify(specs)};for(const [id,spec] of Object.entries(specs)){vegaEmbed('#vg-'+id,spec,{renderer:'svg',actions:false});}</script>`;
  html = html.replace('</body>', `${boot}</body>`);
  const embedPage = `/embed${page}`;
  mkdirSync(path.join(dir, embedPage), { recursive: true });
  writeFileSync(path.join(dir, embedPage, 'index.html'), html);
  return { dir, embedPage };
}

/** Weight of the embed page: its HTML (with the specs' data inline), CSS and the three libraries. */
export function embedWeight(dir: string, embedPage: string): PageWeight {
  return pageWeight(dir, embedPage);
}

/**
 * Milliseconds from navigation start until the first SVG inside `selector` exists and a frame has been
 * painted after it, in a fresh context (cold cache); median of `runs` loads.
 */
export async function timeToFirstChart(browser: Browser, url: string, selector: string, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // A string, not a function: tsx would wrap named functions in a helper the page does not have.
    await page.addInitScript(`window.firstChart = new Promise((resolve) => {
      const obs = new MutationObserver(() => {
        if (!document.querySelector(${JSON.stringify(`${selector} svg`)})) return;
        obs.disconnect();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
      });
      obs.observe(document, { childList: true, subtree: true });
    });`);
    await page.goto(url, { waitUntil: 'commit' });
    times.push(await page.evaluate(() => (window as unknown as { firstChart: Promise<number> }).firstChart));
    await context.close();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}
