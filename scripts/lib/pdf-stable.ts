import { PDFArray, PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

const NODE_ID = /^node(\d+)$/;

/**
 * Makes a tagged Chromium PDF the same bytes on every printing: its structure elements carry ids taken
 * from Blink's global DOM-node counter (`/ID (node00000186)`), which shifts with whatever the renderer
 * created before. The ids are renumbered from 1 in their original order (so the ID name tree stays
 * sorted), everywhere they occur (element ids, table-header references, the ID tree). Returns how many.
 */
export function renumberStructureIds(doc: PDFDocument): number {
  const found = new Set<number>();
  const objects = doc.context.enumerateIndirectObjects().map(([, o]) => o);
  for (const o of objects) {
    if (!(o instanceof PDFDict) || o.get(PDFName.of('Type'))?.toString() !== '/StructElem') continue;
    const id = o.get(PDFName.of('ID'));
    const m = id instanceof PDFString || id instanceof PDFHexString ? NODE_ID.exec(id.decodeText()) : null;
    if (m) found.add(Number(m[1]));
  }
  const order = [...found].sort((a, b) => a - b);
  const width = String(order.length).length;
  const map = new Map(order.map((n, i) => [n, `node${String(i + 1).padStart(Math.max(8, width), '0')}`]));
  const swap = (v: PDFObject): PDFObject | null => {
    if (!(v instanceof PDFString || v instanceof PDFHexString)) return null;
    const m = NODE_ID.exec(v.decodeText());
    const to = m ? map.get(Number(m[1])) : undefined;
    return to ? PDFString.of(to) : null;
  };
  const seen = new Set<PDFObject>();
  const walk = (v: PDFObject) => {
    if (seen.has(v)) return;
    seen.add(v);
    if (v instanceof PDFDict) {
      for (const [k, x] of v.entries()) {
        const s = swap(x);
        if (s) v.set(k, s);
        else walk(x);
      }
    } else if (v instanceof PDFArray) {
      for (let i = 0; i < v.size(); i += 1) {
        const x = v.get(i);
        const s = swap(x);
        if (s) v.set(i, s);
        else walk(x);
      }
    }
  };
  if (map.size > 0) for (const o of objects) walk(o);
  return map.size;
}
