import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';

/** The fix for a machine without the report's fonts. */
export const FONT_FIX = 'apt-get install -y chromium fonts-noto-cjk';

/** Font families that fontconfig lists as covering Chinese (`fc-list :lang=zh family`); empty without fontconfig. */
export function chineseFontFamilies(): string[] {
  try {
    const out = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
    return [...new Set(out.split('\n').flatMap((l) => l.split(',')).map((f) => f.trim()).filter(Boolean))].sort();
  } catch {
    return [];
  }
}

/** The families the print route's local() faces name (see src/styles/print-report.css). */
export const REPORT_FONTS = ['Noto Sans CJK SC', 'Noto Serif CJK SC'] as const;

/** Fails, naming the fix, unless fontconfig knows both Noto CJK SC families the printed report is set in. */
export function assertReportFonts(): void {
  const have = chineseFontFamilies();
  const missing = REPORT_FONTS.filter((f) => !have.includes(f));
  if (missing.length > 0) {
    throw new Error(`Missing fonts ${missing.join(', ')} (fc-list :lang=zh lists ${have.length ? have.join(', ') : 'no Chinese font'}); the PDF would print boxes for Chinese. Install them: ${FONT_FIX}`);
  }
}

/**
 * Loads every "Report …" face the page declares and fails unless each one resolved to an installed font
 * (a local() face that finds nothing ends in status "error" and Chromium would fall back silently).
 */
export async function assertPageFonts(page: Page): Promise<void> {
  const faces = await page.evaluate(async () => {
    const mine = [...document.fonts].filter((f) => f.family.replace(/["']/g, '').startsWith('Report '));
    await Promise.all(mine.map((f) => f.load().catch(() => undefined)));
    return mine.map((f) => ({ family: f.family, weight: f.weight, status: f.status }));
  });
  if (faces.length === 0) throw new Error('The print page declares no "Report" font faces (src/styles/print-report.css not loaded?)');
  const bad = faces.filter((f) => f.status !== 'loaded');
  if (bad.length > 0) throw new Error(`Fonts not found by local(): ${bad.map((f) => `${f.family} ${f.weight}`).join(', ')}. Install them: ${FONT_FIX}`);
}
