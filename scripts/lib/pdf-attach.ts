import { AFRelationship, PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

/** A figure's data to carry inside the PDF. */
export interface FigureData {
  /** Figure id (`statistics-trend`); the file is `<id>.csv`. */
  id: string;
  /** The figure's label and title as printed ("图 3-1 日经225指数走势"), to find its structure element. */
  label: string;
  csv: Uint8Array;
  /** What the file holds, shown by PDF readers. */
  description: string;
  /**
   * A chart's text alternative with its label, for the figure's /Alt ('' for a table, read from its
   * cells). Chromium tags the chart's own role="img" element with its aria-label only now and then, so
   * the figure element carries it.
   */
  alt: string;
}

const squash = (s: string) => s.replace(/\s+/g, '');
const text = (o: PDFObject | undefined) => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : '');

/** Every `Figure` structure element of a tagged PDF with its /Alt, in document order. */
export function figureElements(doc: PDFDocument): { elem: PDFDict; alt: string }[] {
  const out: { elem: PDFDict; alt: string }[] = [];
  const seen = new Set<PDFDict>();
  const walk = (o: PDFObject | undefined) => {
    const v = o instanceof PDFRef ? doc.context.lookup(o) : o;
    if (v instanceof PDFArray) {
      for (let i = 0; i < v.size(); i += 1) walk(v.get(i));
      return;
    }
    if (!(v instanceof PDFDict) || seen.has(v)) return;
    seen.add(v);
    if (v.get(PDFName.of('S'))?.toString() === '/Figure') out.push({ elem: v, alt: text(v.lookup(PDFName.of('Alt'))) });
    walk(v.get(PDFName.of('K')));
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)?.get(PDFName.of('K')));
  return out;
}

/**
 * Embeds each figure's CSV as an associated file, as PDF/A-3 and PDF 2.0 describe: an embedded file
 * (MIME type text/csv, size and the edition's date as its modification date, so the bytes stay the same
 * for the same edition) with /AFRelationship /Data, listed in the document's EmbeddedFiles (so any
 * reader's attachments pane and `pdfdetach` show it) and in the catalog's /AF, and associated with the
 * figure itself: its `Figure` structure element (found by the label Chromium gave it as /Alt) gets /AF,
 * and a chart's element its text alternative as /Alt.
 * Fails naming a figure whose structure element is not found.
 */
export async function attachFigureData(doc: PDFDocument, figures: readonly FigureData[], editionDate: Date): Promise<void> {
  const elems = figureElements(doc);
  const names: [string, PDFRef][] = [];
  const af: PDFRef[] = [];
  for (const f of figures) {
    const want = squash(f.label);
    const hit = elems.find((e) => squash(e.alt) === want);
    if (!hit) throw new Error(`Figure ${f.id} ("${f.label}") has no Figure element in the PDF's structure tree`);
    const stream = doc.context.flateStream(f.csv, {
      Type: 'EmbeddedFile',
      Subtype: 'text/csv',
      Params: { Size: f.csv.length, ModDate: PDFString.fromDate(editionDate) },
    });
    const name = `${f.id}.csv`;
    const file = doc.context.register(stream);
    const spec = doc.context.register(
      doc.context.obj({
        Type: 'Filespec',
        F: PDFString.of(name),
        UF: PDFHexString.fromText(name),
        EF: { F: file, UF: file },
        Desc: PDFHexString.fromText(f.description),
        AFRelationship: AFRelationship.Data,
      }),
    );
    if (f.alt) hit.elem.set(PDFName.of('Alt'), PDFHexString.fromText(f.alt));
    const own = hit.elem.lookupMaybe(PDFName.of('AF'), PDFArray) ?? doc.context.obj([]);
    own.push(spec);
    hit.elem.set(PDFName.of('AF'), own);
    names.push([name, spec]);
    af.push(spec);
  }
  if (names.length === 0) return;
  // A name tree's keys are sorted.
  names.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const namesDict = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict) ?? doc.context.obj({});
  namesDict.set(PDFName.of('EmbeddedFiles'), doc.context.obj({ Names: names.flatMap(([n, r]) => [PDFString.of(n), r]) }));
  doc.catalog.set(PDFName.of('Names'), namesDict);
  doc.catalog.set(PDFName.of('AF'), doc.context.obj(af));
}
