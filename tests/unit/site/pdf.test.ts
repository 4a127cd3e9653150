import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isReportPdfName, pdfFileName, pdfHref } from '../../../src/lib/site/pdf';
import { stagedPdf } from '../../../src/lib/site/pdf-fs';

describe("the printed report's file", () => {
  it('is named by language and edition', () => {
    expect(pdfFileName('zh', '2026-09-24')).toBe('nikkei225-report-zh-2026-09-24.pdf');
    expect(pdfHref('en', '2022-06-30')).toBe('/pdf/nikkei225-report-en-2022-06-30.pdf');
    expect(() => pdfFileName('zh', '20260924')).toThrow(/not an ISO date/);
    expect(isReportPdfName('nikkei225-report-en-2022-06-30.pdf')).toBe(true);
    expect(isReportPdfName('nikkei225-report-zh-hant-2022-06-30.pdf')).toBe(true);
    expect(isReportPdfName('notes.pdf')).toBe(false);
    // Another report's PDFs (configs/topix.config.ts names them topix-report-…) are not this report's.
    expect(isReportPdfName('topix-report-en-2025-06-30.pdf')).toBe(false);
  });
});

describe('stagedPdf(locale, asOf)', () => {
  const cwd = process.cwd();
  let dir = '';
  afterEach(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  it('links a PDF only when it is staged for that language and edition', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'n225-stage-'));
    mkdirSync(path.join(dir, 'public/pdf'), { recursive: true });
    writeFileSync(path.join(dir, 'public/pdf', pdfFileName('zh', '2026-09-24')), Buffer.alloc(1234));
    process.chdir(dir);
    expect(stagedPdf('zh', '2026-09-24')).toEqual({ href: '/pdf/nikkei225-report-zh-2026-09-24.pdf', bytes: 1234 });
    expect(stagedPdf('en', '2026-09-24')).toBeNull();
    expect(stagedPdf('zh', '2022-06-30')).toBeNull();
  });
});
