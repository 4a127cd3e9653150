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
import { throttling } from 'lighthouse/core/config/constants.js';
import { chartSpec } from '../../src/lib/charts/figure-specs';
import type { Locale } from '../../src/lib/i18n/locales';
import type { Report } from '../../src/lib/report/report';
import { chartTexts } from './bench-phases';
import { pageWeight, type PageWeight } from './bench-weight';

const VENDOR = ['vega/build/vega.min.js', 'vega-lite/build/vega-lite.min.js', 'vega-embed/build/vega-embed.min.js'];
const NODE_MODULES = path.resolve(import.meta.dirname, '../../node_modules');

/**
 * Copies the built site to a temp folder and adds `/embed<page>`: the page with each chart's inline SVGs
 * replaced by an empty box that vega-embed fills at load, plus the three libraries under /vendor/; and
 * `/floor<page>`, the page's head with its first chart alone. Returns the folder and both site paths.
 */
export function makeEmbedSite(dist: string, page: string, locale: Locale, report: Report): { dir: string; embedPage: string; floorPage: string } {
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
  // The floor: the page's head and its first chart, nothing else — no page can show that chart sooner.
  const built = readFileSync(path.join(dist, page, 'index.html'), 'utf8');
  const first = /<div class="chart"[^>]*><svg\b[\s\S]*?<\/svg><\/div>/.exec(built)?.[0] ?? '';
  const floorPage = `/floor${page}`;
  mkdirSync(path.join(dir, floorPage), { recursive: true });
  writeFileSync(path.join(dir, floorPage, 'index.html'), `${built.slice(0, built.indexOf('<body'))}<body>${first}</body></html>`);
  return { dir, embedPage, floorPage };
}

/** Weight of the embed page: its HTML (with the specs' data inline), CSS and the three libraries. */
export function embedWeight(dir: string, embedPage: string): PageWeight {
  return pageWeight(dir, embedPage);
}

/** A page to time: its URL and the selector of the boxes its charts are drawn in. */
export interface ChartPage {
  url: string;
  selector: string;
}

/**
 * Network and CPU throttling of Lighthouse's mobile profile, as Lighthouse applies it in the browser
 * (`mobileSlow4G`, devtools values of the pinned lighthouse): request latency in ms, throughput in
 * kbit/s, CPU slowdown factor.
 */
export const MOBILE_PROFILE = throttling.mobileSlow4G;

/**
 * Milliseconds from navigation start until the first SVG inside `selector` exists and a frame has been
 * painted after it, in a fresh context (cold cache); with `mobile`, under {@link MOBILE_PROFILE}.
 */
async function oneLoad(browser: Browser, { url, selector }: ChartPage, mobile: boolean): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (mobile) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: MOBILE_PROFILE.requestLatencyMs,
      downloadThroughput: (MOBILE_PROFILE.downloadThroughputKbps * 1024) / 8,
      uploadThroughput: (MOBILE_PROFILE.uploadThroughputKbps * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_PROFILE.cpuSlowdownMultiplier });
  }
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
  const ms = await page.evaluate(() => (window as unknown as { firstChart: Promise<number> }).firstChart);
  await context.close();
  return ms;
}

/**
 * Time to the first chart of each page (see {@link oneLoad}), median of `runs` cold loads each. The pages
 * take turns, load by load, after one load each that is not counted, so that a machine speeding up or
 * slowing down during the measurement weighs on every page alike.
 */
export async function timeToFirstChart(browser: Browser, pages: readonly ChartPage[], runs: number, mobile = false): Promise<number[]> {
  for (const p of pages) await oneLoad(browser, p, mobile);
  const times: number[][] = pages.map(() => []);
  for (let i = 0; i < runs; i++) for (const [k, p] of pages.entries()) times[k]!.push(await oneLoad(browser, p, mobile));
  return times.map((t) => [...t].sort((a, b) => a - b)[Math.floor(t.length / 2)]!);
}
