import { DataError } from '../data/data-error';

/**
 * Turns a download's bytes, chunk by chunk, into text: the encoding is found from the first bytes
 * (a byte-order mark, UTF-16's NUL pattern, else UTF-8 if it decodes, else Shift_JIS if that decodes),
 * and files that are not text — or not CSV at all (an HTML error page, a JSON reply, a workbook) — are
 * refused at line 1 with a message that says what they are. Streaming: memory stays bounded by the
 * chunk size, whatever the file's size.
 */

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

/** Human names for messages and the summary. */
export const ENCODING_NAMES: Readonly<Record<Encoding, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  shift_jis: 'Shift_JIS',
};

/** Bytes looked at before deciding the encoding. */
const SNIFF = 64 * 1024;

function refuse(file: string, rule: string, line = 1, value = ''): DataError {
  return new DataError({ file, line, column: 1, value, rule });
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((x, i) => b[i] === x);

/** The encoding of a file from its first bytes, or a refusal naming what the file is. */
export function detectEncoding(head: Uint8Array, file: string): { encoding: Encoding; bom: number } {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', bom: 3 };
  if (startsWith(head, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: 2 };
  if (startsWith(head, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: 2 };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) throw refuse(file, 'a CSV text file (this is a ZIP archive, e.g. an Excel .xlsx workbook: open it and save as "CSV UTF-8")');
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) throw refuse(file, 'a CSV text file (this is a PDF document)');
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) throw refuse(file, 'a CSV text file (this is an old Excel .xls workbook: open it and save as "CSV UTF-8")');
  const probe = head.subarray(0, 512);
  let even = 0;
  let odd = 0;
  probe.forEach((b, i) => {
    if (b === 0) {
      if (i % 2) odd += 1;
      else even += 1;
    }
  });
  const pairs = Math.floor(probe.length / 2);
  // Mostly ASCII text in UTF-16: every other byte is NUL (a CJK character may put a NUL on the other side).
  if (pairs >= 2 && odd >= pairs * 0.6 && even <= odd * 0.1) return { encoding: 'utf-16le', bom: 0 };
  if (pairs >= 2 && even >= pairs * 0.6 && odd <= even * 0.1) return { encoding: 'utf-16be', bom: 0 };
  if (head.includes(0)) throw refuse(file, 'a CSV text file (this one holds binary data: NUL bytes, and is not UTF-16 text)');
  if (decodes('utf-8', head)) return { encoding: 'utf-8', bom: 0 };
  if (decodes('shift_jis', head)) return { encoding: 'shift_jis', bom: 0 };
  throw refuse(file, 'text in UTF-8, UTF-16 or Shift_JIS (this file is in none of them: open it and save it as "CSV UTF-8")');
}

/** True when `bytes` decode without error (a sequence cut at the end is allowed). */
function decodes(encoding: Encoding, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** What a text that is not CSV is, from its first characters; null when it may be CSV. */
function notCsv(text: string): string | null {
  const t = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 200)
    .toLowerCase();
  if (t.startsWith('<!doctype html') || t.startsWith('<html') || /^<(head|body|div|p|title|meta)\b/.test(t))
    return 'CSV, not an HTML page (the site sent a web page — an error, login or consent page — instead of the data: download the CSV again)';
  if (t.startsWith('<?xml') || t.startsWith('<')) return 'CSV, not XML or HTML (download the data as CSV)';
  if (t.startsWith('{') || t.startsWith('[')) return 'CSV, not JSON (an API reply was saved as .csv: download the CSV file itself)';
  return null;
}

export interface DecodedText {
  encoding: Encoding;
  /** The text, chunk by chunk; a decoding error later in the file is a DataError naming its line. */
  texts: Generator<string>;
}

/**
 * Decodes a download. `chunks` is read lazily; the encoding is decided on the first {@link SNIFF}
 * bytes. Throws a {@link DataError} for an empty, binary, non-text or non-CSV file.
 */
export function decodeDownload(chunks: Iterable<Uint8Array>, file: string): DecodedText {
  const it = chunks[Symbol.iterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF) {
    const r = it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
    size += r.value.length;
  }
  const first = concat(head);
  const { encoding, bom } = detectEncoding(first, file);
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  let line = 1;
  const decode = (bytes: Uint8Array, stream: boolean): string => {
    let text: string;
    try {
      text = decoder.decode(bytes, { stream });
    } catch {
      throw refuse(
        file,
        `${ENCODING_NAMES[encoding]} text throughout (the bytes after line ${line - 1} are not: a damaged file or one that mixes encodings; save it again as "CSV UTF-8")`,
        line,
      );
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) throw refuse(file, 'a CSV text file (NUL characters: binary data)', line + (text.slice(0, nul).match(/\n/g)?.length ?? 0));
    line += text.match(/\n/g)?.length ?? 0;
    return text;
  };
  const firstText = decode(first.subarray(bom), !done);
  if (firstText.trim() === '' && done) throw refuse(file, 'the file must hold a header row and data rows (it is empty)');
  const kind = notCsv(firstText);
  if (kind) throw refuse(file, kind, 1, firstText.trimStart().slice(0, 40));
  function* texts(): Generator<string> {
    try {
      yield firstText;
      if (done) return;
      for (;;) {
        const r = it.next();
        if (r.done) break;
        yield decode(r.value, true);
      }
      yield decode(new Uint8Array(0), false);
    } finally {
      it.return?.();
    }
  }
  return { encoding, texts: texts() };
}
