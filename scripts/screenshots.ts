/**
 * Screenshots of the built site for looking at what we built: every page in both languages at desktop
 * and phone width. Usage: `npm run build && npm run screenshots [-- outDir]` (default tmp/screenshots).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './lib/browser';
import { serveDir } from './lib/serve';

const out = path.resolve(process.argv[2] ?? 'tmp/screenshots');
const pages = (process.env.PAGES ?? '/zh/,/en/,/zh/statistics/,/en/statistics/').split(',');
const widths = { desktop: 1280, phone: 390 } as const;

mkdirSync(out, { recursive: true });
const site = await serveDir(path.resolve('dist'));
const browser = await launchChromium();
try {
  for (const [name, width] of Object.entries(widths)) {
    const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
    page.on('console', (m) => { if (m.type() === 'error') console.error(`console error on ${page.url()}: ${m.text()}`); });
    for (const p of pages) {
      await page.goto(site.url + p, { waitUntil: 'networkidle' });
      const file = path.join(out, `${p.replaceAll('/', '_').replace(/^_|_$/g, '') || 'root'}-${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
      // Also in screen-sized parts, which are easier to look at than one very tall image.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const part = width > 600 ? 1100 : 1400;
      for (let y = 0, i = 1; y < height; y += part, i += 1) {
        await page.screenshot({ path: file.replace(/\.png$/, `-part${i}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(part, height - y) } });
      }
    }
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
