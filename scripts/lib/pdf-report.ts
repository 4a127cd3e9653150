import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { labelled } from '../../src/lib/i18n/format';
import { LOCALES, type Locale } from '../../src/lib/i18n/locales';
import { pdfFileName } from '../../src/lib/site/pdf';
import { printHref } from '../../src/lib/site/print';
import { chromiumPath, launchChromium } from './browser';
import { CHROMIUM_FIX } from './pdf-fonts';
import { finishPdf } from './pdf-meta';
import { printRoute, type Paper } from './pdf-print';
import { readSrgbProfile } from './pdf-standards';
import { serveDir } from './serve';

/** One printed language: where it went and what it holds. */
export interface ReportPdf {
  locale: Locale;
  file: string;
  /** File size in bytes. */
  bytes: number;
  pageCount: number;
  /** Printings needed for the contents' page numbers (2 when all is well). */
  passes: number;
  /** Wall-clock seconds for this language, printing and finishing. */
  seconds: number;
  /** Each contents entry with its 1-based page. */
  toc: { level: number; heading: string; page: number }[];
  /** Figures (and tables) whose CSV the PDF carries, in order. */
  figures: string[];
}

/** The edition a built site holds: its as-of date (ISO), from dist/data/facts.json. */
export function builtEdition(dist: string): string {
  const file = path.join(dist, 'data/facts.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: build the site first (npm run build)`);
  const asOf = JSON.parse(readFileSync(file, 'utf8'))?.edition?.asOf;
  if (typeof asOf !== 'string') throw new Error(`${file} has no edition.asOf`);
  return asOf;
}

/** Fails with the fix when Chromium is missing, before anything is printed (the fonts come with the site). */
export function assertPrintTools(): void {
  if (!chromiumPath()) throw new Error(`Chromium not found at ${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}: install it with \`${CHROMIUM_FIX}\` (or set CHROMIUM_PATH)`);
}

/** Writes a file through a temporary sibling and a rename, so a failure never leaves half a PDF. */
function writeAtomic(file: string, bytes: Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
}

/**
 * Prints every language's report from a built site (`dist`, which must hold the print routes) into
 * `outDir` as `nikkei225-report-<lang>-<as-of>.pdf`, on one headless Chromium, reporting progress
 * through `log`.
 */
export async function printReports(opts: { dist: string; outDir: string; paper: Paper; locales?: readonly Locale[]; log?: (line: string) => void }): Promise<ReportPdf[]> {
  const { dist, outDir, paper, locales = LOCALES, log = () => {} } = opts;
  const asOf = builtEdition(dist);
  for (const l of locales) {
    if (!existsSync(path.join(dist, l, 'print/index.html'))) throw new Error(`${path.join(dist, l, 'print/index.html')} is missing: rebuild the site (npm run build)`);
  }
  assertPrintTools();
  const icc = readSrgbProfile();
  mkdirSync(outDir, { recursive: true });
  const site = await serveDir(dist);
  const browser = await launchChromium();
  try {
    // The languages print side by side, each in its own tab (and renderer process).
    const done = await Promise.all(
      locales.map(async (locale): Promise<ReportPdf> => {
        const t0 = performance.now();
        log(`[${locale}] printing ${printHref(locale)} on ${paper}`);
        const printed = await printRoute(browser, site.url, site.url + printHref(locale), paper, (pass, pages) =>
          log(`[${locale}]   pass ${pass}: ${pages} pages (${((performance.now() - t0) / 1000).toFixed(1)} s)`),
        );
        for (const m of printed.moves)
          log(
            `[${locale}]   moved ${m.id} after ${m.paragraphs > 0 ? `${m.paragraphs} paragraph(s)` : 'the table under it'}: page ${m.page} had ${Math.round(m.gapPt)} pt empty at its foot`,
          );
        for (const t of printed.tightened)
          log(`[${locale}]   set ${t.id} tighter (step ${t.level}): a page of it (its last, or one above a figure pushed on) was ${Math.round(t.lastPageFill * 100)} % filled`);
        if (printed.tocScale < 1) log(`[${locale}]   contents set at ${Math.round(printed.tocScale * 100)} % to fit their page`);
        const figures = printed.figures.map((f) => {
          const csv = path.join(dist, 'data/figures', `${f.id}.csv`);
          if (!existsSync(csv)) throw new Error(`${csv} is missing: figure ${f.id} has no data file to embed (rebuild the site)`);
          return { ...f, csv: new Uint8Array(readFileSync(csv)), description: `${f.label} (CSV)`, alt: f.alt ? labelled(f.label, f.alt, locale) : '' };
        });
        const { bytes, pageCount } = await finishPdf(printed.pdf, printed.meta, { figures, asOf, links: printed.links, icc });
        const file = path.join(outDir, pdfFileName(locale, asOf));
        writeAtomic(file, bytes);
        const seconds = (performance.now() - t0) / 1000;
        log(`[${locale}] ${path.relative(process.cwd(), file) || file}: ${pageCount} pages, ${(bytes.length / 1024).toFixed(0)} KiB, ${seconds.toFixed(1)} s`);
        return { locale, file, bytes: bytes.length, pageCount, passes: printed.passes, seconds, toc: printed.toc, figures: figures.map((f) => f.id) };
      }),
    );
    return done;
  } finally {
    await browser.close();
    await site.close();
  }
}
