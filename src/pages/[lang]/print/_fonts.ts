/**
 * The printed report's typefaces, self-hosted: Noto Serif SC (text) and Noto Sans SC (headings, tables,
 * margins), Regular and Bold, from the @fontsource packages. Their web fonts have TrueType outlines
 * (`glyf`), which Chromium embeds in a PDF as named, subset CID fonts (CFF-outline OpenType such as
 * Debian's Noto CJK ends up as unnamed Type 3 glyph sets).
 *
 * Each face is Latin (with its extension, for names such as Tōkyō), Fontsource's "chinese-simplified"
 * file (the simplified-Chinese character set plus CJK punctuation) and, for symbols that file lacks
 * (√, →, ≤, ①, ■ …), the few numbered unicode-range slices that hold the symbol blocks; the browser
 * fetches a slice only when the page uses one of its characters. The `?url` imports make Vite copy
 * exactly these woff2 files into the build (`/_astro/…`), so printing requests nothing from outside the
 * site, and the screen pages never load them. A character none of them covers makes `npm run pdf` fail
 * naming it (scripts/lib/pdf-fonts.ts) rather than print it in a system font.
 */
import serifSlices from '@fontsource/noto-serif-sc/unicode.json';
import sansCjk400 from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2?url';
import sansCjk700 from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-700-normal.woff2?url';
import sansLatin400 from '@fontsource/noto-sans-sc/files/noto-sans-sc-latin-400-normal.woff2?url';
import sansLatin700 from '@fontsource/noto-sans-sc/files/noto-sans-sc-latin-700-normal.woff2?url';
import sansLatinExt400 from '@fontsource/noto-sans-sc/files/noto-sans-sc-latin-ext-400-normal.woff2?url';
import sansLatinExt700 from '@fontsource/noto-sans-sc/files/noto-sans-sc-latin-ext-700-normal.woff2?url';
import serifCjk400 from '@fontsource/noto-serif-sc/files/noto-serif-sc-chinese-simplified-400-normal.woff2?url';
import serifCjk700 from '@fontsource/noto-serif-sc/files/noto-serif-sc-chinese-simplified-700-normal.woff2?url';
import serifLatin400 from '@fontsource/noto-serif-sc/files/noto-serif-sc-latin-400-normal.woff2?url';
import serifLatin700 from '@fontsource/noto-serif-sc/files/noto-serif-sc-latin-700-normal.woff2?url';
import serifLatinExt400 from '@fontsource/noto-serif-sc/files/noto-serif-sc-latin-ext-400-normal.woff2?url';
import serifLatinExt700 from '@fontsource/noto-serif-sc/files/noto-serif-sc-latin-ext-700-normal.woff2?url';

/** Fontsource's unicode-range of its Latin subset. */
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
/** Fontsource's unicode-range of its Latin-extended subset. */
const LATIN_EXT = 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';

/**
 * Fontsource's numbered slices (Google Fonts' split of the whole font). The "chinese-simplified" file lacks
 * symbol blocks (√, →, ①, ■ …) and the traditional characters of quotations kept in their own script
 * (日經, 滬深, 於 …); every numbered slice is declared before that file, so the browser fetches a slice only
 * for a character the Chinese file lacks. The slicing is the same for every Noto SC family.
 */
const sliceUrls = import.meta.glob<string>('/node_modules/@fontsource/noto-{serif,sans}-sc/files/noto-{serif,sans}-sc-[0-9]*-{400,700}-normal.woff2', { query: '?url', import: 'default', eager: true });
const slices: Record<string, string> = serifSlices;
/** The numbered slices, in Fontsource's order. */
export const SLICES: number[] = Object.keys(slices).map((k) => Number(k.replace(/[[\]]/g, ''))).filter((n) => Number.isInteger(n));

/** The woff2 URL of one numbered slice of one face (fails the build when the glob above lost it). */
function sliceUrl(kind: 'serif' | 'sans', slice: number, weight: number): string {
  const url = sliceUrls[`/node_modules/@fontsource/noto-${kind}-sc/files/noto-${kind}-sc-${slice}-${weight}-normal.woff2`];
  if (!url) throw new Error(`Print font slice noto-${kind}-sc ${slice} ${weight} is missing from @fontsource/noto-${kind}-sc`);
  return url;
}

/** The CSS family names the print styles use (src/styles/print-report.css). */
export const PRINT_FAMILIES = { serif: 'Report Serif', sans: 'Report Sans' } as const;

interface Face { family: string; kind: 'serif' | 'sans'; weight: 400 | 700; cjk: string; latin: string; latinExt: string }
const FACES: Face[] = [
  { family: PRINT_FAMILIES.serif, kind: 'serif', weight: 400, cjk: serifCjk400, latin: serifLatin400, latinExt: serifLatinExt400 },
  { family: PRINT_FAMILIES.serif, kind: 'serif', weight: 700, cjk: serifCjk700, latin: serifLatin700, latinExt: serifLatinExt700 },
  { family: PRINT_FAMILIES.sans, kind: 'sans', weight: 400, cjk: sansCjk400, latin: sansLatin400, latinExt: sansLatinExt400 },
  { family: PRINT_FAMILIES.sans, kind: 'sans', weight: 700, cjk: sansCjk700, latin: sansLatin700, latinExt: sansLatinExt700 },
];

/**
 * The @font-face rules of the print route. The Chinese file comes first and the Latin ones after it, so
 * that for a character both cover (digits, Latin letters, general punctuation) the Latin file, which
 * the browser tries first as the later rule, wins: English text is set in the fonts' proportional Latin.
 * `font-display: block` keeps Chromium from printing with a fallback while a file loads.
 */
export function printFontFaceCss(): string {
  const rule = (family: string, weight: number, url: string, range?: string) =>
    `@font-face { font-family: "${family}"; font-style: normal; font-weight: ${weight}; font-display: block; src: url("${url}") format("woff2");${range ? ` unicode-range: ${range};` : ''} }`;
  return FACES.flatMap((f) => [
    ...SLICES.map((n) => rule(f.family, f.weight, sliceUrl(f.kind, n, f.weight), slices[`[${n}]`]!.replace(/,/g, ', '))),
    rule(f.family, f.weight, f.cjk), rule(f.family, f.weight, f.latinExt, LATIN_EXT), rule(f.family, f.weight, f.latin, LATIN),
  ]).join('\n');
}
