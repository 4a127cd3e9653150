import { execFileSync } from 'node:child_process';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

/**
 * Reads a printed report back as a reader's tools see it: the blocks of its structure tree (headings,
 * paragraphs, figures, tables with their rows) with the pages their content is on, and, per page, where
 * the text ends (poppler's `pdftotext -bbox-layout`). Used to check page breaks on the PDF itself.
 */

/** A block of the document in reading order. */
export interface Block {
  /** Structure type without the slash: H2, H3, P, Figure, L, Table … */
  type: string;
  /** Pages (1-based, ascending) holding the block's content. */
  pages: number[];
  /** For a Figure: its /Alt (the printed label and title); for others ''. */
  alt: string;
  /** For a table, or a Figure holding one: the pages of each body row, in order. */
  rows?: number[][];
  /** For a Figure: the pages of its caption (the figure's title line). */
  captionPages?: number[];
}

const text = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : '');

/** The blocks of a tagged PDF's structure tree in order: headings, paragraphs, lists, figures (tables inside). */
export function structureBlocks(doc: PDFDocument): Block[] {
  const pageNo = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const deref = (o: PDFObject | undefined) => (o instanceof PDFRef ? doc.context.lookup(o) : o);
  const kids = (e: PDFDict): PDFObject[] => {
    const k = deref(e.get(PDFName.of('K')));
    return k instanceof PDFArray
      ? k
          .asArray()
          .map(deref)
          .filter((x): x is PDFObject => x !== undefined)
      : k
        ? [k]
        : [];
  };
  const type = (e: PDFDict) => e.get(PDFName.of('S'))?.toString().slice(1) ?? '';
  const pagesOf = (e: PDFDict, inherited?: number): number[] => {
    const own = e.get(PDFName.of('Pg'));
    const pg = own ? pageNo.get(own.toString()) : inherited;
    const out = new Set<number>();
    for (const k of kids(e)) {
      if (k instanceof PDFNumber) {
        if (pg) out.add(pg);
        continue;
      }
      if (!(k instanceof PDFDict)) continue;
      if (k.get(PDFName.of('Type'))?.toString() === '/MCR') {
        const p = k.get(PDFName.of('Pg'));
        const n = p ? pageNo.get(p.toString()) : pg;
        if (n) out.add(n);
      } else if (k.has(PDFName.of('S'))) {
        for (const n of pagesOf(k, pg)) out.add(n);
      }
    }
    return [...out].sort((a, b) => a - b);
  };
  const find = (e: PDFDict, s: string): PDFDict[] =>
    kids(e)
      .filter((k): k is PDFDict => k instanceof PDFDict && k.has(PDFName.of('S')))
      .flatMap((k) => (type(k) === s ? [k] : find(k, s)));
  const blocks: Block[] = [];
  const BLOCK = /^(H[1-6]|P|L|Figure|Table)$/;
  const structKids = (e: PDFDict) => kids(e).filter((k): k is PDFDict => k instanceof PDFDict && k.has(PDFName.of('S')));
  const holdsBlock = (e: PDFDict): boolean => structKids(e).some((k) => BLOCK.test(type(k)) || holdsBlock(k));
  const block = (e: PDFDict): Block => {
    const s = type(e);
    const b: Block = { type: s, pages: pagesOf(e), alt: s === 'Figure' ? text(e.lookup(PDFName.of('Alt'))) : '' };
    if (s === 'Table')
      b.rows = find(e, 'TR')
        .slice(1)
        .map((r) => pagesOf(r));
    if (s === 'Figure') {
      const caption = find(e, 'Caption')[0];
      if (caption) b.captionPages = pagesOf(caption);
      const table = find(e, 'Table')[0];
      // The first row holds the column headers; the rest are the body.
      if (table)
        b.rows = find(table, 'TR')
          .slice(1)
          .map((r) => pagesOf(r));
    }
    return b;
  };
  // Text that is not in a paragraph element (a run of spans and links straight in a section) counts as one paragraph.
  const walk = (e: PDFDict) => {
    let run: number[] | null = null;
    const flush = () => {
      if (run && run.length > 0) blocks.push({ type: 'P', pages: [...new Set(run)].sort((a, b) => a - b), alt: '' });
      run = null;
    };
    for (const k of structKids(e)) {
      if (BLOCK.test(type(k))) {
        flush();
        const b = block(k);
        if (b.pages.length > 0) blocks.push(b);
      } else if (holdsBlock(k)) {
        flush();
        walk(k);
      } else (run ??= []).push(...pagesOf(k));
    }
    flush();
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict);
  if (!root) throw new Error('The PDF has no structure tree (not tagged)');
  walk(root);
  return blocks;
}

/** One line of text on a page, as poppler lays it out (PDF points from the top of the page). */
export interface TextLine {
  page: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Every text line of a PDF with its position (`pdftotext -bbox-layout`), and the page height. */
export function textLines(file: string): { lines: TextLine[]; pageHeight: number } {
  const html = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const lines: TextLine[] = [];
  let pageHeight = 0;
  let page = 0;
  for (const m of html.matchAll(/<page width="[\d.]+" height="([\d.]+)">|<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)) {
    if (m[1]) {
      page += 1;
      pageHeight = Number(m[1]);
      continue;
    }
    const words = [...m[4]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ');
    lines.push({ page, yMin: Number(m[2]), yMax: Number(m[3]), text: words });
  }
  return { lines, pageHeight };
}
