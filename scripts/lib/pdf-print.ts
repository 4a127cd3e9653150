import type { Browser, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { assertPageFonts, assertReportPdfFonts, textOutsideReportFonts } from './pdf-fonts';
import type { PdfMeta } from './pdf-meta';
import { readOutline } from './pdf-outline';
import { tocPages, type TocHeading } from './pdf-toc';

/** Paper sizes the report prints on. */
export type Paper = 'A4' | 'Letter';

/** One language's report as Chromium printed it, before metadata. */
export interface PrintedPdf {
  pdf: Uint8Array;
  /** Each contents entry with the (1-based) page its heading is on. */
  toc: (TocHeading & { page: number })[];
  /** How many times the page was printed until the contents' page numbers held (2 when all is well). */
  passes: number;
  /** Document properties, as the print route states them in its head. */
  meta: PdfMeta;
}

/** The document properties the print route declares: title, meta author/description/keywords, html lang. */
async function pageMeta(page: Page): Promise<PdfMeta> {
  // (No named functions inside evaluate: tsx would wrap them in a helper that the page does not have.)
  const [title, language, author, subject, keywords] = await page.evaluate(() => [
    document.title,
    document.documentElement.lang,
    ...['author', 'description', 'keywords'].map((n) => document.querySelector<HTMLMetaElement>(`meta[name="${n}"]`)?.content ?? ''),
  ]);
  return { title: title!, language: language!, author: author!, subject: subject!, keywords: keywords!.split(',').map((k) => k.trim()).filter(Boolean) };
}

/** Most printings before giving up on contents page numbers that keep moving. */
const MAX_PASSES = 4;

/**
 * Keeps the page from reaching anything but the local site (no fonts, scripts or images from elsewhere),
 * and collects what it tried.
 */
async function confineToSite(page: Page, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u.startsWith(`${origin}/`) || u.startsWith('data:')) return route.continue();
    foreign.push(u);
    return route.abort();
  });
  return foreign;
}

/**
 * Links on paper: a link to a page of this report becomes a link inside the document (a chapter -> its
 * opening, a section -> the section, `chapter--id` on the print route, a figure -> the figure), and any
 * other site-relative link loses its target, which would otherwise point at the temporary local server.
 * External links keep theirs (print.css writes them out).
 */
async function paperLinks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.documentElement;
    const lang = root.lang.startsWith('zh') ? 'zh' : 'en';
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
      const url = new URL(a.getAttribute('href')!, location.href);
      const m = new RegExp(`^/${lang}/(?:([a-z0-9-]+)/)?$`).exec(url.pathname);
      const slug = m ? (m[1] ?? root.dataset.landingChapter ?? '') : '';
      const hash = decodeURIComponent(url.hash.slice(1));
      const target = !m ? undefined : [hash && `${slug}--${hash}`, hash, `chapter-${slug}`].find((id) => id && document.getElementById(id));
      if (target) a.setAttribute('href', `#${target}`);
      else a.removeAttribute('href');
    }
  });
}

/**
 * Prints one language's print route (`url`, served from the built site at `origin`) to PDF with the
 * contents' page numbers filled in: print, read from Chromium's outline the page of every heading, write
 * those numbers into the contents, print again, and repeat until the printed outline agrees with the
 * numbers shown (the number slots have a fixed width, so the second print normally agrees). Running
 * headers and footers are CSS page-margin boxes of the page itself (see src/lib/site/print.ts).
 */
export async function printRoute(browser: Browser, origin: string, url: string, paper: Paper, onPass?: (pass: number, pageCount: number) => void): Promise<PrintedPdf> {
  const page = await browser.newPage();
  try {
    const foreign = await confineToSite(page, origin);
    const res = await page.goto(url, { waitUntil: 'networkidle' });
    if (!res?.ok()) throw new Error(`${url}: HTTP ${res?.status() ?? 'no response'}; is the site built with the print route?`);
    await assertPageFonts(page);
    const meta = await pageMeta(page);
    if (!meta.title || !meta.author || !meta.language) throw new Error(`${url}: the print route must state a title, <meta name="author"> and <html lang>`);
    await paperLinks(page);
    const entries: TocHeading[] = await page.$$eval('[data-toc-entry]', (els) =>
      els.map((el) => ({ level: Number((el as HTMLElement).dataset.level), heading: (el as HTMLElement).dataset.heading ?? '' })));
    // The outline nests by heading level under the report's h1, so a level-n heading is an outline item of depth n.
    if (entries.length === 0) throw new Error(`${url}: the print route lists no chapters`);
    let shown: number[] = [];
    for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
      const pdf = new Uint8Array(await page.pdf({ format: paper, printBackground: true, outline: true, tagged: true }));
      const { pageCount, items } = await readOutline(pdf);
      const pages = tocPages(entries, items);
      onPass?.(pass, pageCount);
      if (pass > 1 && pages.every((p, i) => p === shown[i])) {
        if (foreign.length > 0) throw new Error(`The print page asked for resources outside the site: ${foreign.join(', ')}`);
        try {
          assertReportPdfFonts(await PDFDocument.load(pdf, { updateMetadata: false }), url);
        } catch (err) {
          if (process.env.PDF_DEBUG_DUMP) (await import('node:fs')).writeFileSync(process.env.PDF_DEBUG_DUMP, pdf);
          throw new Error(`${(err as Error).message}. Text set in other fonts:\n  ${(await textOutsideReportFonts(page)).join('\n  ')}`);
        }
        return { pdf, toc: entries.map((e, i) => ({ ...e, page: pages[i]! })), passes: pass, meta };
      }
      shown = pages;
      await page.$$eval('[data-toc-entry] .toc-page', (els, nums) => els.forEach((el, i) => { el.textContent = String(nums[i]); }), pages);
    }
    throw new Error(`${url}: the contents' page numbers did not settle after ${MAX_PASSES} printings`);
  } finally {
    await page.close();
  }
}
