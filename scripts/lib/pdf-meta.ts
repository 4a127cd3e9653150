import { createHash } from 'node:crypto';
import { PDFDict, PDFDocument, PDFHexString, PDFName } from 'pdf-lib';
import { markArtifacts } from './pdf-artifacts';
import { attachFigureData, type FigureData } from './pdf-attach';
import { renumberStructureIds } from './pdf-stable';
import { addSrgbOutputIntent, describeLinks, writeXmp, type LinkTexts } from './pdf-standards';

/** What a reader's PDF viewer shows in the document's properties. */
export interface PdfMeta {
  title: string;
  /** Author and publisher: the research house. */
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language tag of the text (`zh-CN`, `en`). */
  language: string;
}

/** What the PDF carries besides Chromium's printing: each figure's data, dated by the edition. */
export interface PdfExtras {
  figures: readonly FigureData[];
  /** The edition's as-of date (ISO): the document's and the embedded files' date. */
  asOf: string;
  /** What each link points to, for the links' descriptions. */
  links: LinkTexts;
  /** The sRGB ICC profile of the output intent (pdf-standards.ts). */
  icc: Uint8Array;
}

/**
 * Embeds each figure's CSV as an associated file of its figure (src: pdf-attach.ts), marks the content
 * Chromium left outside the structure (running headers and footers, backgrounds, rules) as artifacts
 * (pdf-artifacts.ts), and writes the document properties Chromium leaves out (author, subject, keywords; title and language
 * again, to be sure), opens the bookmarks pane and shows the title in the window. For PDF/A-3b and
 * PDF/UA-1 (pdf-standards.ts) it adds the XMP metadata, the sRGB output intent and a description of every
 * link. The creation and modification dates are the edition's date and the structure ids are
 * renumbered, so two printings of the same edition give the same bytes; for the same reason the file
 * identifier (the trailer's /ID, which PDF/A requires and Chromium does not write) is a digest of the
 * title, language and edition. Returns the PDF and its page count.
 */
export async function finishPdf(pdf: Uint8Array, meta: PdfMeta, extras: PdfExtras): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  await attachFigureData(doc, extras.figures, new Date(`${extras.asOf}T00:00:00Z`));
  markArtifacts(doc);
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  const creator = `${meta.author} (npm run pdf: Chromium, pdf-lib)`;
  doc.setCreator(creator);
  doc.setLanguage(meta.language);
  const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
  // pdf-lib's setKeywords joins with spaces, which runs "日经225 指数研究" together; keep the commas.
  const keywords = meta.keywords.join(', ');
  info.set(PDFName.of('Keywords'), PDFHexString.fromText(keywords));
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  writeXmp(doc, { title: meta.title, author: meta.author, subject: meta.subject, keywords, creator, language: meta.language, date: `${extras.asOf}T00:00:00Z` });
  addSrgbOutputIntent(doc, extras.icc);
  const links = describeLinks(doc, extras.links);
  if (links.missing) throw new Error(`A link in the PDF has nothing to describe it (PDF/UA asks for a description of each): ${links.missing}`);
  renumberStructureIds(doc);
  const id = PDFHexString.of(createHash('md5').update(`${meta.title}\n${meta.language}\n${extras.asOf}`).digest('hex'));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);
  const bytes = await doc.save({ useObjectStreams: true, updateFieldAppearances: false });
  return { bytes, pageCount: doc.getPageCount() };
}
