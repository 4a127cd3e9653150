/**
 * Screenshots of the built site for looking at what we built: pages in both languages at phone, tablet,
 * laptop and wide-screen width, in the light and the dark colour scheme. SITE_DIR shoots another built site (an archive build in a temporary folder).
 * Usage: `npm run build && npm run screenshots [-- outDir]` (default tmp/screenshots); the site is the
 * report config's outDir (`REPORT_CONFIG=topix` shoots dist-topix/).
 * PAGES (comma-separated site paths; default: every chapter page of both languages), WIDTHS (default
 * 390,768,1280,1600) and SCHEMES (default light,dark) narrow it down. Each page is also cut into
 * screen-sized parts, easier to look at than one very tall image.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/browser';
import { serveDir } from './lib/serve';
import { REPORT_CONFIG } from '../src/lib/config/active';
import { LOCALES } from '../src/lib/i18n/locales';

const out = path.resolve(process.argv[2] ?? 'tmp/screenshots');
const dist = path.resolve(process.env.SITE_DIR ?? REPORT_CONFIG.outDir);
const allPages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => new RegExp(`^(${LOCALES.join('|')})/(?!print/).*index\\.html$`).test(f.replace(/\\/g, '/')))
  .map((f) => `/${f.replace(/\\/g, '/').replace(/index\.html$/, '')}`)
  .sort();
const pages = process.env.PAGES ? process.env.PAGES.split(',') : allPages;
const widths = (process.env.WIDTHS ?? '390,768,1280,1600').split(',').map(Number);
const schemes = (process.env.SCHEMES ?? 'light,dark').split(',') as ('light' | 'dark')[];

mkdirSync(out, { recursive: true });
const site = await serveDir(dist);
const browser = await launchChromium();
try {
  for (const scheme of schemes) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1, colorScheme: scheme });
      page.on('console', (m) => {
        if (m.type() === 'error') console.error(`console error on ${page.url()}: ${m.text()}`);
      });
      for (const p of pages) {
        await page.goto(site.url + p, { waitUntil: 'networkidle' });
        // A full-page capture draws the whole page at once, but charts away from the viewport are left
        // unrendered on screen (content-visibility, src/styles/chart.css): draw them all, as a reader
        // scrolling past them sees them.
        await page.addStyleTag({ content: '.chart { content-visibility: visible !important; }' });
        const file = path.join(out, `${p.replaceAll('/', '_').replace(/^_|_$/g, '') || 'root'}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const part = width > 600 ? 1100 : 1400;
        for (let y = 0, i = 1; y < height; y += part, i += 1) {
          await page.screenshot({ path: file.replace(/\.png$/, `-part${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(part, height - y) } });
        }
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
