import { REPORT_CONFIG } from '../config/active';
import type { Locale } from '../i18n/locales';

/**
 * Where the printed report lives. `npm run pdf` prints each language's report into the gitignored staging
 * folder `public/pdf/` (and into `dist/pdf/`); every build copies `public/` into `dist/`, and the pages link
 * a language's PDF only when its file for this edition is staged. So a built site never links a PDF it
 * does not hold (no 404), and the same data, code and staged PDFs give the same dist/.
 */
export const PDF_STAGING_DIR = 'public/pdf';

/**
 * The PDF's file name for a language and edition: `<pdfName>-<lang>-<as-of>.pdf` with the report config's
 * `pdfName` (`nikkei225-report-zh-2026-09-24.pdf`; the TOPIX report's are `topix-report-…`).
 */
export function pdfFileName(locale: Locale, asOf: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`Edition date "${asOf}" is not an ISO date (YYYY-MM-DD)`);
  return `${REPORT_CONFIG.pdfName}-${locale}-${asOf}.pdf`;
}

/** Site-relative URL of a language's PDF for an edition. */
export function pdfHref(locale: Locale, asOf: string): string {
  return `/pdf/${pdfFileName(locale, asOf)}`;
}

/**
 * True for any file name `pdfFileName` makes, whatever the language or edition (to clear stale ones); the
 * PDFs of another report (another config's `pdfName`) are left alone.
 */
export function isReportPdfName(name: string): boolean {
  // pdfName is lower-case letters, digits and dashes (the config's schema), so it needs no escaping.
  return new RegExp(`^${REPORT_CONFIG.pdfName}-[a-z]{2,3}(-[a-z0-9]+)*-\\d{4}-\\d{2}-\\d{2}\\.pdf$`).test(name);
}
