import { statSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../i18n/locales';
import { PDF_STAGING_DIR, pdfFileName, pdfHref } from './pdf';

/** A staged PDF the build may link: its URL and its size in bytes. */
export interface StagedPdf {
  href: string;
  bytes: number;
}

/**
 * The language's PDF for this edition when `npm run pdf` has staged it in `public/pdf/` (relative to the
 * working directory, the project root, as every npm script runs); null when it has not, so no link is
 * rendered that could 404.
 */
export function stagedPdf(locale: Locale, asOf: string): StagedPdf | null {
  const file = path.join(process.cwd(), PDF_STAGING_DIR, pdfFileName(locale, asOf));
  try {
    const st = statSync(file);
    return st.isFile() ? { href: pdfHref(locale, asOf), bytes: st.size } : null;
  } catch {
    return null;
  }
}
