import { deflateSync, inflateSync } from 'node:zlib';
import { decodePDFRawStream, PDFArray, PDFName, PDFRawStream, PDFRef, type PDFDocument, type PDFPage } from 'pdf-lib';

/**
 * Tagged PDF asks that every piece of page content be either part of the structure (a marked-content
 * sequence with an MCID) or marked as an artifact. Chromium tags the document's own content but leaves
 * what it draws around it unmarked: the CSS page-margin boxes (running header, edition, page number),
 * page backgrounds, table and rule borders. This marks each such run as `/Artifact`, so readers that
 * follow the structure skip the running headers and footers and decorations.
 */

/** An operator's code: its (at most three) bytes packed into a number; longer operators get -1. */
const code = (op: string) => (op.length > 3 ? -1 : [...op].reduce((v, ch, k) => v + ch.charCodeAt(0) * 256 ** k, 0));
const OP = { BMC: code('BMC'), BDC: code('BDC'), EMC: code('EMC'), BT: code('BT'), ET: code('ET'), ID: code('ID'), BI: code('BI') };

/** Byte classes: 1 white space, 2 delimiter, 0 regular. */
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;
/** First bytes of a number: digits, sign, decimal point. */
const NUMERIC_START = new Uint8Array(256);
for (const c of '0123456789+-.') NUMERIC_START[c.charCodeAt(0)] = 1;

/**
 * Walks a content stream operation by operation (operands plus operator) and calls `onOp` with the byte
 * offset where each starts and its operator code. Handles strings with escapes and nested parentheses,
 * hex strings, dictionaries, arrays, names, comments and inline images (`BI … ID … EI`).
 */
export function scanOperations(b: Uint8Array, onOp: (start: number, op: number) => void): void {
  let i = 0;
  let opStart = -1;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (CLASS[c] === 1) {
      i += 1;
      continue;
    }
    if (c === 0x25) {
      while (i < n && b[i] !== 0x0a && b[i] !== 0x0d) i += 1;
      continue;
    } // % comment
    if (opStart < 0) opStart = i;
    if (c === 0x28) {
      // ( string )
      let depth = 0;
      for (; i < n; i += 1) {
        if (b[i] === 0x5c) {
          i += 1;
          continue;
        }
        if (b[i] === 0x28) depth += 1;
        else if (b[i] === 0x29 && --depth === 0) {
          i += 1;
          break;
        }
      }
      continue;
    }
    if (c === 0x3c && b[i + 1] === 0x3c) {
      i += 2;
      continue;
    } // <<
    if (c === 0x3e && b[i + 1] === 0x3e) {
      i += 2;
      continue;
    } // >>
    if (c === 0x3c) {
      while (i < n && b[i] !== 0x3e) i += 1;
      i += 1;
      continue;
    } // <hex>
    if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      i += 1;
      continue;
    } // [ ] { }
    if (c === 0x2f) {
      i += 1;
      while (i < n && CLASS[b[i]!] === 0) i += 1;
      continue;
    } // /Name
    // A number (skipped as an operand) or an operator or keyword: a run of regular characters.
    const s = i;
    while (i < n && CLASS[b[i]!] === 0) i += 1;
    if (NUMERIC_START[c]) continue;
    const len = i - s;
    if ((len === 4 && (b[s] === 0x6e || b[s] === 0x74)) || (len === 5 && b[s] === 0x66 && b[s + 1] === 0x61)) continue; // null, true, false
    const op = len > 3 ? -1 : b[s]! + (len > 1 ? b[s + 1]! * 256 : 0) + (len > 2 ? b[s + 2]! * 65536 : 0);
    if (op === OP.BI) continue; // its operands and data close with ID … EI
    if (op === OP.ID) {
      // inline image data runs to "EI" after white space
      i += 1;
      while (i < n && !(CLASS[b[i - 1]!] === 1 && b[i] === 0x45 && b[i + 1] === 0x49 && (i + 2 >= n || CLASS[b[i + 2]!] === 1))) i += 1;
      i += 2;
    }
    onOp(opStart, op);
    opStart = -1;
  }
}

/** Operators that end a run of unmarked content before them: marked content and text objects. */
const BOUNDARY = new Set([OP.BMC, OP.BDC, OP.EMC, OP.BT, OP.ET]);

/**
 * The content stream with every run of operations outside any marked-content sequence wrapped in
 * `/Artifact BMC … EMC`. Runs never cross a text object's BT or ET, so text objects and marked content
 * stay nested. Returns the input itself when nothing is unmarked.
 */
export function markUnmarkedAsArtifacts(b: Uint8Array): Uint8Array {
  const inserts: { at: number; text: string }[] = [];
  let depth = 0;
  let open = false;
  scanOperations(b, (start, op) => {
    const boundary = BOUNDARY.has(op);
    if (open && (boundary || depth > 0)) {
      inserts.push({ at: start, text: 'EMC\n' });
      open = false;
    }
    if (op === OP.BMC || op === OP.BDC) depth += 1;
    else if (op === OP.EMC) depth = Math.max(0, depth - 1);
    else if (depth === 0 && !boundary && !open) {
      inserts.push({ at: start, text: '/Artifact BMC\n' });
      open = true;
    }
  });
  if (open) inserts.push({ at: b.length, text: '\nEMC\n' });
  if (inserts.length === 0) return b;
  const parts: Uint8Array[] = [];
  let from = 0;
  const enc = new TextEncoder();
  for (const ins of inserts) {
    parts.push(b.subarray(from, ins.at), enc.encode(ins.text));
    from = ins.at;
  }
  parts.push(b.subarray(from));
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The decoded bytes of a page's content (its streams joined). */
export function pageContent(page: PDFPage): Uint8Array {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => page.doc.context.lookup(r)) : [contents];
  const parts = streams.map((s) => {
    if (!(s instanceof PDFRawStream)) throw new Error('A page content stream pdf-lib cannot read');
    // Chromium's streams are plain Flate: node's zlib reads them several times faster than pdf-lib.
    if (s.dict.get(PDFName.of('Filter'))?.toString() === '/FlateDecode' && !s.dict.has(PDFName.of('DecodeParms'))) return new Uint8Array(inflateSync(s.contents));
    return decodePDFRawStream(s).decode();
  });
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length + 1, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
    out[at] = 0x0a;
    at += 1;
  }
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
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(deflateSync(after), { Filter: 'FlateDecode' })));
    for (const r of oldRefs) if (r instanceof PDFRef) doc.context.delete(r);
    changed += 1;
  }
  return changed;
}

const TEXT_SHOWING = new Set([code('Tj'), code('TJ'), code("'"), code('"')]);
const ARTIFACT = new TextEncoder().encode('/Artifact');
const startsArtifact = (b: Uint8Array, at: number) => ARTIFACT.every((c, k) => b[at + k] === c);

/** How many text-showing operations of a content stream lie outside every marked-content sequence. */
export function textOutsideMarkedContent(b: Uint8Array): number {
  let depth = 0;
  let outside = 0;
  scanOperations(b, (_start, op) => {
    if (op === OP.BMC || op === OP.BDC) depth += 1;
    else if (op === OP.EMC) depth = Math.max(0, depth - 1);
    else if (depth === 0 && TEXT_SHOWING.has(op)) outside += 1;
  });
  return outside;
}

/** How many `/Artifact` marked-content sequences of a content stream show text. */
export function artifactTextRuns(b: Uint8Array): number {
  const stack: boolean[] = [];
  let runs = 0;
  let counted = false;
  scanOperations(b, (start, op) => {
    if (op === OP.BMC || op === OP.BDC) {
      stack.push(startsArtifact(b, start));
      counted = false;
    } else if (op === OP.EMC) {
      stack.pop();
      counted = false;
    } else if (TEXT_SHOWING.has(op) && stack.includes(true) && !counted) {
      runs += 1;
      counted = true;
    }
  });
  return runs;
}
