import { PDFArray, PDFDict, PDFName, type PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';

/** The fix for a machine without Chromium. */
export const CHROMIUM_FIX = 'apt-get install -y chromium';

/**
 * PostScript names of the faces the printed report is set in (@fontsource Noto Serif / Noto Sans in the
 * script the language's locale spec names: SC, TC …; plain Latin over them in English).
 */
export const REPORT_FONT_NAME = /^NotoS(?:erif|ans)(?:SC|TC|HK|JP|KR)?[A-Za-z]*-(?:Regular|Bold)$/;

/**
 * Waits for the print route's web fonts and fails unless every "Report …" face the page needed loaded
 * and both families are in use (an unreachable file ends in status "error", and Chromium would print
 * with a system fallback). Faces for characters the page does not use stay unloaded: that is fine.
 */
export async function assertPageFonts(page: Page): Promise<void> {
  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((f) => f.family.replace(/["']/g, '').startsWith('Report '))
      .map((f) => ({ family: f.family.replace(/["']/g, ''), weight: f.weight, status: f.status }));
  });
  if (faces.length === 0) throw new Error('The print page declares no "Report" font faces (its @font-face rules are missing)');
  const bad = faces.filter((f) => f.status === 'error');
  if (bad.length > 0) throw new Error(`Fonts that did not load: ${bad.map((f) => `${f.family} ${f.weight}`).join(', ')}; rebuild the site (npm run build)`);
  for (const family of ['Report Serif', 'Report Sans']) {
    if (!faces.some((f) => f.family === family && f.status === 'loaded')) throw new Error(`The print page uses no "${family}" face`);
  }
}

/** One font of a PDF as a reader's tools list it. */
export interface PdfFont {
  /** BaseFont without the subset tag (`NotoSerifSC-Regular`); '' when unnamed. */
  name: string;
  /** The six-letter subset tag (`ABCDEF+`), or '' when the font is not a subset. */
  subsetTag: string;
  /** /Subtype of the font dictionary: Type0, Type3, TrueType, Type1 … */
  subtype: string;
  /** /Subtype of the descendant CID font for a Type0 font (CIDFontType2 for TrueType outlines). */
  cidType: string | null;
  /** Whether a font file is embedded (Type 3 fonts draw their glyphs as content instead). */
  embedded: boolean;
}

/** Every font dictionary of a PDF (each subset Chromium wrote is one), read with pdf-lib. */
export function pdfFonts(doc: PDFDocument): PdfFont[] {
  const fonts: PdfFont[] = [];
  for (const [, o] of doc.context.enumerateIndirectObjects()) {
    if (!(o instanceof PDFDict) || o.get(PDFName.of('Type'))?.toString() !== '/Font') continue;
    const subtype = o.get(PDFName.of('Subtype'))?.toString().slice(1) ?? '';
    if (subtype.startsWith('CIDFontType')) continue; // a descendant, reported with its Type0 parent
    const base = o.get(PDFName.of('BaseFont'))?.toString().slice(1) ?? '';
    const m = /^([A-Z]{6})\+(.*)$/.exec(base);
    const descendant = o.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
    const descriptor = (descendant ?? o).lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => descriptor.has(PDFName.of(k)));
    fonts.push({ name: m ? m[2]! : base, subsetTag: m ? m[1]! : '', subtype, cidType: descendant?.get(PDFName.of('Subtype'))?.toString().slice(1) ?? null, embedded });
  }
  return fonts;
}

/**
 * Fails, naming the offenders, unless every font of a printed report is an embedded, subset, named CID
 * font of the report's own faces: a Type 3 font or another family means Chromium fell back to a system
 * font for some character the web fonts lack.
 */
export function assertReportPdfFonts(doc: PDFDocument, what: string): void {
  const fonts = pdfFonts(doc);
  if (fonts.length === 0) throw new Error(`${what}: no font in the PDF`);
  const bad = fonts.filter((f) => f.subtype !== 'Type0' || f.cidType !== 'CIDFontType2' || !f.embedded || !f.subsetTag || !REPORT_FONT_NAME.test(f.name));
  if (bad.length > 0) {
    throw new Error(
      `${what}: fonts other than the report's named CID fonts: ${[...new Set(bad.map((f) => `${f.name || '(unnamed)'} (${f.subtype}${f.cidType ? `/${f.cidType}` : ''})`))].join(', ')}; some character is missing from the print fonts (src/pages/[lang]/print/_fonts.ts)`,
    );
  }
}

/**
 * The text the page sets in anything but the report's faces, as "font: text" lines (at most `limit`),
 * asked from Chromium's DevTools protocol (CSS.getPlatformFontsForNode). Slow on a long page, so it is
 * used only to explain a failed font check.
 */
export async function textOutsideReportFonts(page: Page, limit = 12): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const found: string[] = [];
    type Node = { nodeType: number; nodeValue: string; parentId?: number; children?: Node[] };
    const walk = async (n: Node): Promise<void> => {
      if (found.length >= limit) return;
      if (n.nodeType === 3 && n.nodeValue.trim() && n.parentId) {
        const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: n.parentId }).catch(() => ({ fonts: [] }));
        for (const f of fonts)
          if (!/^Noto S(?:erif|ans)(?: (?:SC|TC|HK|JP|KR))?(?! CJK)(?: [A-Z][A-Za-z]+)?$/.test(f.familyName)) found.push(`${f.familyName}: "${n.nodeValue.trim().slice(0, 50)}"`);
      }
      for (const c of n.children ?? []) await walk(c);
    };
    await walk(root as Node);
    return [...new Set(found)];
  } finally {
    await cdp.detach();
  }
}
