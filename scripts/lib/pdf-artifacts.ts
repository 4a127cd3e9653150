import { decodePDFRawStream, PDFArray, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';

/**
 * Tagged PDF asks that every piece of page content be either part of the structure (a marked-content
 * sequence with an MCID) or marked as an artifact. Chromium tags the document's own content but leaves
 * what it draws around it unmarked: the CSS page-margin boxes (running header, edition, page number),
 * page backgrounds, table and rule borders. This marks each such run as `/Artifact`, so readers that
 * follow the structure skip the running headers and footers and decorations.
 */

/** One operation of a content stream: where it starts and ends (byte offsets) and its operator. */
interface Op { start: number; end: number; op: string }

const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set('()<>[]{}/%'.split('').map((c) => c.charCodeAt(0)));

/**
 * Splits a content stream into operations (operands plus operator), by byte offsets. Handles strings
 * with escapes and nested parentheses, hex strings, dictionaries, arrays, names, comments and inline
 * images (`BI … ID … EI`).
 */
export function contentOperations(b: Uint8Array): Op[] {
  const ops: Op[] = [];
  let i = 0;
  let opStart = -1;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (WS.has(c)) { i += 1; continue; }
    if (c === 0x25) { while (i < n && b[i] !== 0x0a && b[i] !== 0x0d) i += 1; continue; } // % comment
    if (opStart < 0) opStart = i;
    if (c === 0x28) { // ( string )
      let depth = 0;
      for (; i < n; i += 1) {
        if (b[i] === 0x5c) { i += 1; continue; }
        if (b[i] === 0x28) depth += 1;
        else if (b[i] === 0x29 && --depth === 0) { i += 1; break; }
      }
      continue;
    }
    if (c === 0x3c && b[i + 1] === 0x3c) { i += 2; continue; } // <<
    if (c === 0x3e && b[i + 1] === 0x3e) { i += 2; continue; } // >>
    if (c === 0x3c) { while (i < n && b[i] !== 0x3e) i += 1; i += 1; continue; } // <hex>
    if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) { i += 1; continue; } // [ ] { }
    if (c === 0x2f) { i += 1; while (i < n && !WS.has(b[i]!) && !DELIM.has(b[i]!)) i += 1; continue; } // /Name
    // A number or an operator: a run of regular characters.
    const s = i;
    while (i < n && !WS.has(b[i]!) && !DELIM.has(b[i]!)) i += 1;
    const word = String.fromCharCode(...b.subarray(s, i));
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) || word === 'true' || word === 'false' || word === 'null') continue;
    if (word === 'ID') { // inline image data runs to "EI" after white space
      i += 1;
      while (i < n && !(WS.has(b[i - 1]!) && b[i] === 0x45 && b[i + 1] === 0x49 && (i + 2 >= n || WS.has(b[i + 2]!)))) i += 1;
      i += 2;
      ops.push({ start: opStart, end: i, op: 'BI' });
      opStart = -1;
      continue;
    }
    if (word === 'BI') continue; // its operands and data close with ID … EI
    ops.push({ start: opStart, end: i, op: word });
    opStart = -1;
  }
  return ops;
}

/** Operators that end a run of unmarked content before them: marked content and text objects. */
const BOUNDARY = new Set(['BMC', 'BDC', 'EMC', 'BT', 'ET']);

/**
 * The content stream with every run of operations outside any marked-content sequence wrapped in
 * `/Artifact BMC … EMC`. Runs never cross a text object's BT or ET, so text objects and marked content
 * stay nested. Returns the input itself when nothing is unmarked.
 */
export function markUnmarkedAsArtifacts(b: Uint8Array): Uint8Array {
  const ops = contentOperations(b);
  const inserts: { at: number; text: string }[] = [];
  let depth = 0;
  let open = false;
  for (const o of ops) {
    const boundary = BOUNDARY.has(o.op);
    if (open && (boundary || depth > 0)) { inserts.push({ at: o.start, text: 'EMC\n' }); open = false; }
    if (o.op === 'BMC' || o.op === 'BDC') depth += 1;
    else if (o.op === 'EMC') depth = Math.max(0, depth - 1);
    else if (depth === 0 && !boundary && !open) { inserts.push({ at: o.start, text: '/Artifact BMC\n' }); open = true; }
  }
  if (open) inserts.push({ at: b.length, text: '\nEMC\n' });
  if (inserts.length === 0) return b;
  const parts: Uint8Array[] = [];
  let from = 0;
  const enc = new TextEncoder();
  for (const ins of inserts) { parts.push(b.subarray(from, ins.at), enc.encode(ins.text)); from = ins.at; }
  parts.push(b.subarray(from));
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/** The decoded bytes of a page's content (its streams joined). */
export function pageContent(page: PDFPage): Uint8Array {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => page.doc.context.lookup(r)) : [contents];
  const parts = streams.map((s) => {
    if (!(s instanceof PDFRawStream)) throw new Error('A page content stream pdf-lib cannot read');
    return decodePDFRawStream(s).decode();
  });
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; out[at] = 0x0a; at += 1; }
  return out;
}

/** Marks the unmarked content of every page as artifacts (see above); returns how many pages changed. */
export function markArtifacts(doc: PDFDocument): number {
  let changed = 0;
  for (const page of doc.getPages()) {
    const before = pageContent(page);
    const after = markUnmarkedAsArtifacts(before);
    if (after === before) continue;
    const old = page.node.get(PDFName.of('Contents'));
    const oldRefs = old instanceof PDFArray ? old.asArray() : [old];
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(after)));
    for (const r of oldRefs) if (r instanceof PDFRef) doc.context.delete(r);
    changed += 1;
  }
  return changed;
}
