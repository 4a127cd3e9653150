/**
 * CJK-aware text width estimate for Vega's headless (no canvas) layout.
 *
 * Without a canvas Vega guesses every character at 0.8 × font size. CJK glyphs are a full em wide, so Chinese
 * axis titles, legend entries and labels were laid out too narrow and got clipped or overlapped. We replace
 * `textMetrics.width` (which Vega consults for bounds, label overlap and truncation) with an estimate that
 * counts full-width characters as 1.0 em and keeps Vega's 0.8 em for everything else.
 */
import * as vega from 'vega';

/** Full-width code point ranges: Hangul Jamo, CJK radicals/punctuation, kana, ideographs, Hangul, full-width forms. */
const FULL_WIDTH_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], // Hangul Jamo (leading consonants, wide)
  [0x2e80, 0x2fdf], // CJK radicals, Kangxi radicals
  [0x2ff0, 0x303f], // ideographic description, CJK symbols and punctuation (、。「」)
  [0x3040, 0x30ff], // Hiragana, Katakana
  [0x3100, 0x31ff], // Bopomofo, Hangul compatibility Jamo, Kanbun, Katakana ext.
  [0x3200, 0x33ff], // enclosed CJK letters, CJK compatibility
  [0x3400, 0x4dbf], // CJK Unified Ideographs Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7af], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // full-width ASCII variants and punctuation (（），：)
  [0xffe0, 0xffe6], // full-width signs (￥)
  [0x20000, 0x3fffd], // supplementary ideographic planes
];

/** Vega's own estimate for other characters, in em: generous for Latin letters (wide ones such as W reach 0.9–1.0). */
const OTHER_EM = 0.8;
/** Digits are tabular in the report's sans-serif faces (Noto Sans, DejaVu Sans, Segoe UI: 0.55–0.64 em). */
const DIGIT_EM = 0.66;
/** Thousands separators, decimal points and spaces. */
const NARROW_EM = 0.36;

/** Whether a code point is drawn a full em wide (CJK, kana, Hangul, full-width forms). */
export function isFullWidth(codePoint: number): boolean {
  for (const [lo, hi] of FULL_WIDTH_RANGES) {
    if (codePoint < lo) return false;
    if (codePoint <= hi) return true;
  }
  return false;
}

/** Estimated width in px of `text` at `fontSize` px: full-width characters 1.0 em, digits 0.66, `,` `.` and spaces 0.36, others Vega's 0.8 em. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    em += isFullWidth(c) ? 1 : c >= 0x30 && c <= 0x39 ? DIGIT_EM : ch === ',' || ch === '.' || ch === ' ' ? NARROW_EM : OTHER_EM;
  }
  return em * fontSize;
}

interface TextItem {
  fontSize?: number | string | null;
  limit?: number;
}

interface TextMetrics {
  width: (item: TextItem, text: unknown) => number;
  estimateWidth: (item: TextItem, text: unknown) => number;
}

/** Marks our replacement so installing twice is a no-op. */
const INSTALLED = Symbol.for('nikkei225.charts.cjkTextWidth');

function cjkWidth(item: TextItem, text: unknown): number {
  const fontSize = item.fontSize != null ? Number(item.fontSize) || 0 : 11; // Vega's default font size
  const s = text == null ? '' : String(text).trim();
  const w = estimateTextWidth(s, fontSize);
  // Vega truncates text longer than `limit` px when drawing it; the drawn width is then at most `limit`.
  return item.limit != null && item.limit > 0 ? Math.min(w, item.limit) : w;
}

/**
 * Replace Vega's headless text width estimate with the CJK-aware one. Idempotent; called once when the
 * renderer module loads. Vega's `textMetrics` is a process-wide singleton (not in its type declarations).
 */
export function installCjkTextWidth(): void {
  const metrics = (vega as unknown as { textMetrics: TextMetrics & { [INSTALLED]?: boolean } }).textMetrics;
  if (metrics[INSTALLED]) return;
  metrics.width = cjkWidth;
  metrics.estimateWidth = cjkWidth;
  metrics[INSTALLED] = true;
}
