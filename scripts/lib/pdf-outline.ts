import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

/** One bookmark of a PDF's outline, in document order. */
export interface OutlineItem {
  title: string;
  /** Nesting depth: 1 for a top-level bookmark. */
  level: number;
  /** The page it points to, 1-based as a reader counts; null when it has no resolvable destination. */
  page: number | null;
}

const text = (o: PDFObject | undefined): string => (o instanceof PDFString || o instanceof PDFHexString ? o.decodeText() : '');

/** A named destination (`/Dests` dictionary of PDF 1.1, or the `/Names /Dests` name tree). */
function namedDest(doc: PDFDocument, name: string): PDFObject | undefined {
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const direct = dests?.lookup(PDFName.of(name));
  if (direct) return direct;
  const tree = doc.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const search = (node: PDFDict | undefined): PDFObject | undefined => {
    if (!node) return undefined;
    const names = node.lookupMaybe(PDFName.of('Names'), PDFArray);
    if (names) for (let i = 0; i + 1 < names.size(); i += 2) if (text(names.lookup(i)) === name) return names.lookup(i + 1);
    const kids = node.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (kids)
      for (let i = 0; i < kids.size(); i += 1) {
        const hit = search(kids.lookup(i, PDFDict));
        if (hit) return hit;
      }
    return undefined;
  };
  return search(tree);
}

/** The 1-based page a destination (explicit array, name, or a dictionary holding /D) points to. */
function destPage(doc: PDFDocument, pages: Map<string, number>, dest: PDFObject | undefined): number | null {
  if (dest instanceof PDFName) return destPage(doc, pages, namedDest(doc, dest.decodeText()));
  if (dest instanceof PDFString || dest instanceof PDFHexString) return destPage(doc, pages, namedDest(doc, dest.decodeText()));
  if (dest instanceof PDFDict) return destPage(doc, pages, dest.lookup(PDFName.of('D')));
  if (dest instanceof PDFArray) {
    const target = dest.get(0);
    return target instanceof PDFRef ? (pages.get(target.toString()) ?? null) : null;
  }
  return null;
}

/**
 * The outline (bookmarks) of a PDF, flattened depth-first: titles, depths and target pages; and its
 * number of pages. Chromium's
 * `page.pdf({ outline: true })` builds it from the document's headings, so it also tells on which page
 * each heading was laid out, which is how the contents get their page numbers.
 */
export async function readOutline(pdf: Uint8Array): Promise<{ pageCount: number; items: OutlineItem[] }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i + 1]));
  const out: OutlineItem[] = [];
  const walk = (first: PDFDict | undefined, level: number) => {
    const seen = new Set<PDFDict>();
    for (let item = first; item && !seen.has(item); item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      seen.add(item);
      const action = item.lookupMaybe(PDFName.of('A'), PDFDict);
      const dest = item.lookup(PDFName.of('Dest')) ?? action?.lookup(PDFName.of('D'));
      out.push({ title: text(item.lookup(PDFName.of('Title'))), level, page: destPage(doc, pages, dest) });
      walk(item.lookupMaybe(PDFName.of('First'), PDFDict), level + 1);
    }
  };
  walk(doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)?.lookupMaybe(PDFName.of('First'), PDFDict), 1);
  return { pageCount: pages.size, items: out };
}
