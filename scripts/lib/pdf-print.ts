import type { Browser, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { assertPageFonts, assertReportPdfFonts, textOutsideReportFonts } from './pdf-fonts';
import type { PdfMeta } from './pdf-meta';
import { addLayoutMarkers, fitContents, fitSummary, moveStrandedFigures, namedDestinations, tightenShortEndings, type ChapterTightening, type FigureMove } from './pdf-layout';
import { readOutline } from './pdf-outline';
import type { LinkTexts } from './pdf-standards';
import { tocPages, type TocHeading } from './pdf-toc';

/** Paper sizes the report prints on. */
export type Paper = 'A4' | 'Letter';

/** Sheet sizes in mm, and the page margins of src/styles/print-report.css (`@page { margin: 22mm 18mm 20mm }`). */
const SHEET_MM: Record<Paper, { w: number; h: number }> = { A4: { w: 210, h: 297 }, Letter: { w: 215.9, h: 279.4 } };
const MARGIN_MM = { top: 22, side: 18, bottom: 20 };
const MM_PT = 72 / 25.4;
const MM_PX = 96 / 25.4;

/** One language's report as Chromium printed it, before metadata. */
export interface PrintedPdf {
  pdf: Uint8Array;
  /** Each contents entry with the (1-based) page its heading is on. */
  toc: (TocHeading & { page: number })[];
  /** How many times the page was printed until the contents' page numbers held (2 when all is well). */
  passes: number;
  /** Document properties, as the print route states them in its head. */
  meta: PdfMeta;
  /** Figures moved after the text that follows them, so that the text fills the page they left. */
  moves: FigureMove[];
  /** Scale applied to the contents so they fit their page (1 when they fit as set). */
  tocScale: number;
  /** Chapters set tighter so they do not end with a few lines alone on a page. */
  tightened: ChapterTightening[];
  /** Every numbered figure and table of the chapters, in order: id, printed label with title, and a chart's text alternative. */
  figures: { id: string; label: string; alt: string }[];
  /** What the page's links point to, to describe each link annotation. */
  links: LinkTexts;
}

/** The document properties the print route declares: title, meta author/description/keywords, html lang. */
async function pageMeta(page: Page): Promise<PdfMeta> {
  // (No named functions inside evaluate: tsx would wrap them in a helper that the page does not have.)
  const [title, language, author, subject, keywords] = await page.evaluate(() => [
    document.title,
    document.documentElement.lang,
    ...['author', 'description', 'keywords'].map((n) => document.querySelector<HTMLMetaElement>(`meta[name="${n}"]`)?.content ?? ''),
  ]);
  return {
    title: title!,
    language: language!,
    author: author!,
    subject: subject!,
    keywords: keywords!
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean),
  };
}

/**
 * Fails, naming the widest offender, when anything is wider than the text area (the viewport, set to it):
 * Chromium would shrink every page of the printing to fit it (one wide table once printed the whole
 * report at two thirds of its size, its text at 7 pt).
 */
async function assertFitsWidth(page: Page, url: string): Promise<void> {
  const over = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return null;
    let widest: { what: string; right: number } | null = null;
    for (const el of document.querySelectorAll('body *')) {
      const right = el.getBoundingClientRect().right;
      const parent = el.parentElement?.getBoundingClientRect().right ?? 0;
      if (right > width + 0.5 && parent <= width + 0.5 && (!widest || right > widest.right)) {
        widest = { what: `<${el.tagName.toLowerCase()}> "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 80)}"`, right };
      }
    }
    return { width, scrollWidth: document.documentElement.scrollWidth, widest: widest?.what ?? '(unknown)' };
  });
  if (over) {
    throw new Error(
      `${url}: the page is ${over.scrollWidth} px wide, its text area ${over.width} px: Chromium would print every page smaller to fit it. Widest: ${over.widest} (src/styles/print.css)`,
    );
  }
}

/** Most printings before giving up on a layout that keeps moving (a long chapter may move one figure after another, each move shifting the breaks after it: eight printings for the latest Chinese edition). */
const MAX_PASSES = 10;

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
    // The print route is /<lang>/print/: its first path segment names the language of its pages.
    const lang = location.pathname.split('/')[1] ?? '';
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
      const url = new URL(a.getAttribute('href')!, location.href);
      const m = new RegExp(`^/${lang}/(?:([a-z0-9-]+)/)?$`).exec(url.pathname);
      const slug = m ? (m[1] ?? root.dataset.landingChapter ?? '') : '';
      const hash = decodeURIComponent(url.hash.slice(1));
      const target = !m ? undefined : [hash && `${slug}--${hash}`, hash, `chapter-${slug}`].find((id) => id && document.getElementById(id));
      if (target) a.setAttribute('href', `#${target}`);
      else a.removeAttribute('href');
    }
    // Chromium names a link's PDF destination after the target's id, percent-encoded: a Chinese heading id
    // becomes a name token far over the 127 bytes PDF readers accept. Targets with such ids get short ones.
    let n = 0;
    const short = new Map<string, string>();
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
      const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
      if (/^[A-Za-z0-9_-]{1,60}$/.test(id)) continue;
      const el = document.getElementById(id);
      if (!el) continue;
      if (!short.has(id)) {
        n += 1;
        short.set(id, `t${n}`);
        el.id = `t${n}`;
      }
      a.setAttribute('href', `#${short.get(id)}`);
    }
  });
}

/**
 * What each link of the page points to: for a link inside the document, its target's heading (a figure's
 * label and title, a chapter's or section's heading); for a web link, the text of the first link to it.
 */
async function linkTexts(page: Page): Promise<LinkTexts> {
  return page.evaluate(() => {
    const targets: Record<string, string> = {};
    const uris: Record<string, string> = {};
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = a.getAttribute('href')!;
      const own = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!href.startsWith('#')) {
        if (!(a.href in uris)) uris[a.href] = own;
        continue;
      }
      const id = decodeURIComponent(href.slice(1));
      const el = document.getElementById(id);
      if (!el || id in targets) continue;
      const head = el.matches('h1, h2, h3, h4, h5, h6') ? el : el.querySelector('.figure-head, h1, h2, h3, h4');
      const parts = head && head.classList.contains('figure-head') ? [...head.children].map((c) => c.textContent ?? '') : [(head ?? el).textContent ?? ''];
      const said = parts
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .join(' ');
      targets[id] = (said || own).slice(0, 240);
    }
    return { targets, uris };
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
    // Each contents entry links to its heading: Chromium records where that is as a named destination.
    const entries: (TocHeading & { target: string })[] = await page.$$eval('[data-toc-entry]', (els) =>
      els.map((el) => ({
        level: Number((el as HTMLElement).dataset.level),
        heading: (el as HTMLElement).dataset.heading ?? '',
        target: decodeURIComponent(el.querySelector('a.toc-line')?.getAttribute('href')?.slice(1) ?? ''),
      })),
    );
    if (entries.length === 0) throw new Error(`${url}: the print route lists no chapters`);
    const unlinked = entries.find((e) => !e.target);
    if (unlinked) throw new Error(`${url}: the contents entry "${unlinked.heading}" links to no heading`);
    // Measure as the sheet lays out: print styles at the width of the text area.
    const sheet = SHEET_MM[paper];
    const areaMm = { w: sheet.w - 2 * MARGIN_MM.side, h: sheet.h - MARGIN_MM.top - MARGIN_MM.bottom };
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor(areaMm.w * MM_PX), height: Math.floor(areaMm.h * MM_PX) });
    await assertFitsWidth(page, url);
    const tocScale = await fitContents(page, areaMm.h * MM_PX);
    await fitSummary(page, areaMm.h * MM_PX);
    await addLayoutMarkers(page);
    let area = { top: 0, bottom: 0 };
    const moves: FigureMove[] = [];
    const timesMoved = new Map<string, number>();
    const tightened: ChapterTightening[] = [];
    let shown: number[] = [];
    let settling = false;
    for (let pass = 1; pass <= MAX_PASSES; pass += 1) {
      // Measuring printings are untagged (the same layout in about half the time, but no outline); once a
      // printing moved no figure, the next is tagged and, if it confirms the page numbers shown, is kept.
      const pdf = new Uint8Array(await page.pdf({ format: paper, printBackground: true, outline: settling, tagged: settling }));
      const doc = await PDFDocument.load(pdf, { updateMetadata: false });
      const dests = namedDestinations(doc);
      // Chromium's destinations measure heights within the page's text area, as if it had no margins:
      // the area's top is the sheet's top (its height in PDF points), its foot lies the area's height below.
      const sheetPt = doc.getPage(0).getHeight();
      area = { top: sheetPt, bottom: sheetPt - areaMm.h * MM_PT };
      const pages = entries.map((e) => {
        const d = dests.get(e.target);
        if (!d) throw new Error(`${url}: the heading of contents entry "${e.heading}" (#${e.target}) is not in the printed PDF`);
        return d.page;
      });
      onPass?.(pass, doc.getPageCount());
      const figureMoves = await moveStrandedFigures(page, dests, area, timesMoved);
      moves.push(...figureMoves);
      // A chapter's ending is looked at once its figures stay put (each chapter starts a page, so
      // chapters do not move each other's breaks).
      const tight = await tightenShortEndings(page, dests, area, new Set(figureMoves.map((m) => m.chapter)));
      tightened.push(...tight);
      const moved = [...figureMoves, ...tight];
      if (settling && moved.length === 0 && pages.every((p, i) => p === shown[i])) {
        // Chromium's own outline (from the headings it laid out) must agree with the contents.
        const outlinePages = tocPages(entries, (await readOutline(pdf)).items);
        if (outlinePages.some((p, i) => p !== pages[i]))
          throw new Error(`${url}: the PDF outline and the contents' links disagree on pages (${outlinePages.join(',')} vs ${pages.join(',')})`);
        if (foreign.length > 0) throw new Error(`The print page asked for resources outside the site: ${foreign.join(', ')}`);
        try {
          assertReportPdfFonts(doc, url);
        } catch (err) {
          throw new Error(`${(err as Error).message}. Text set in other fonts:\n  ${(await textOutsideReportFonts(page)).join('\n  ')}`);
        }
        const figures = await page.$$eval('.print-chapter figure.figure[id]', (els) =>
          els.map((el) => ({
            id: el.id,
            label: [...el.querySelectorAll('.figure-head > *')]
              .map((t) => t.textContent?.trim() ?? '')
              .filter(Boolean)
              .join(' '),
            alt: el.querySelector('.chart > svg[role="graphics-document"][aria-label], .chart[role="img"]')?.getAttribute('aria-label') ?? '',
          })),
        );
        const links = await linkTexts(page);
        return { pdf, toc: entries.map((e, i) => ({ level: e.level, heading: e.heading, page: pages[i]! })), passes: pass, meta, moves, tocScale, tightened, figures, links };
      }
      shown = pages;
      settling = moved.length === 0;
      await page.$$eval(
        '[data-toc-entry] .toc-page',
        (els, nums) =>
          els.forEach((el, i) => {
            el.textContent = String(nums[i]);
          }),
        pages,
      );
    }
    throw new Error(`${url}: the layout (moved figures, contents' page numbers) did not settle after ${MAX_PASSES} printings`);
  } finally {
    await page.close();
  }
}
