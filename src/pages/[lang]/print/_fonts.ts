/**
 * The printed report's typefaces, self-hosted: a serif (text) and a sans (headings, tables, margins),
 * Regular and Bold, from the @fontsource packages each language's locale spec names (`fonts.print`; today
 * Noto Serif SC and Noto Sans SC for both languages, and for English Noto Serif and Noto Sans over them for
 * Latin text). Their web fonts have TrueType outlines
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
import { LOCALES, localeSpec, type Locale } from '../../../lib/i18n/locales';

/**
 * Every woff2 file the print faces may use, of every installed Noto serif/sans Fontsource package: its
 * numbered slices, its Chinese file(s) and its Latin files, Regular and Bold. Vite needs a literal pattern,
 * so the locale spec's `fonts.print` chooses among what this finds; a matched package no locale declares
 * is an error (its files would ship unused), and a declared one not installed fails naming the package.
 */
const fileUrls = import.meta.glob<string>(
  [
    '/node_modules/@fontsource/noto-{serif,sans}-*/files/*-{[0-9]*,chinese-*,latin,latin-ext}-{400,700}-normal.woff2',
    // Latin-only faces a Latin-script language sets over the CJK ones (its spec's `fonts.print.latin`).
    '/node_modules/@fontsource/noto-{serif,sans}/files/*-{latin,latin-ext}-{400,700}-normal.woff2',
  ],
  { query: '?url', import: 'default', eager: true },
);
/** Fontsource's unicode-range of each file of a package (`[4]`, `latin`, …), by package. */
const unicodeFiles = import.meta.glob<Record<string, string>>(
  ['/node_modules/@fontsource/noto-{serif,sans}-*/unicode.json', '/node_modules/@fontsource/noto-{serif,sans}/unicode.json'],
  {
    import: 'default',
    eager: true,
  },
);

const packageOf = (file: string) => /^\/node_modules\/(@fontsource\/[^/]+)\//.exec(file)![1]!;
{
  const declared = new Set(
    LOCALES.flatMap((l) => {
      const p = localeSpec(l).fonts.print;
      return [p.serif, p.sans, ...(p.latin ? [p.latin.serif, p.latin.sans] : [])];
    }),
  );
  for (const pkg of new Set(Object.keys(fileUrls).map(packageOf))) {
    if (!declared.has(pkg)) throw new Error(`Print fonts: ${pkg} is installed but no locale's fonts.print names it (src/lib/i18n/locales.ts); declare it or uninstall it`);
  }
}

/** The unicode ranges of a package's files, by file name (`[4]`, `latin`); fails naming the fix when it is not installed. */
function unicodeOf(pkg: string): Record<string, string> {
  const u = unicodeFiles[`/node_modules/${pkg}/unicode.json`];
  if (!u) throw new Error(`Print font package ${pkg} (a locale's fonts.print) is not installed: npm install --save-exact ${pkg}`);
  return u;
}

/** The woff2 URL of one file of a package (`4`, `latin`, `chinese-simplified`) at a weight (fails the build when the glob above lost it). */
function fileUrl(pkg: string, file: string | number, weight: number): string {
  const name = pkg.replace('@fontsource/', '');
  const url = fileUrls[`/node_modules/${pkg}/files/${name}-${file}-${weight}-normal.woff2`];
  if (!url) throw new Error(`Print font file ${name}-${file}-${weight}-normal.woff2 is missing from ${pkg}`);
  return url;
}

/** Fontsource's numbered slices of a package (Google Fonts' split of the whole font), in Fontsource's order. */
export function slicesOf(pkg: string): number[] {
  return Object.keys(unicodeOf(pkg))
    .map((k) => Number(k.replace(/[[\]]/g, '')))
    .filter((n) => Number.isInteger(n));
}

/** The CSS family names the print styles use (src/styles/print-report.css). */
export const PRINT_FAMILIES = { serif: 'Report Serif', sans: 'Report Sans' } as const;

interface Face {
  family: string;
  pkg: string;
  weight: 400 | 700;
}

/**
 * The @font-face rules of a language's print route, from its locale spec's `fonts.print`. Per face: every
 * numbered slice (declared before the script's own file, so the browser fetches a slice only for a
 * character that file lacks: √, →, ①, ■, or traditional characters quoted in their own script such as
 * 日經, 滬深, 於), then the language's Chinese file, then Latin-extended and Latin last, so that for a
 * character both cover (digits, Latin letters, general punctuation) the Latin file, which the browser
 * tries first as the later rule, wins: English text is set in the fonts' proportional Latin.
 * `font-display: block` keeps Chromium from printing with a fallback while a file loads.
 *
 * A derived language (the locale spec's `derived`) keeps some text in its source's script — the source
 * documents quoted in their own words, Japanese names (産, 薬, 気) — which its own faces may lack (the TC
 * faces have no simplified 数 or 资): its source language's faces are declared first, as the last resort.
 */
export function printFontFaceCss(locale: Locale): string {
  const source = localeSpec(locale).derived?.from as Locale | undefined;
  return [...(source ? [ownFaceCss(source)] : []), ownFaceCss(locale)].join('\n');
}

/** The @font-face rules of one language's own print faces (see printFontFaceCss). */
function ownFaceCss(locale: Locale): string {
  const { serif, sans, subset, latin } = localeSpec(locale).fonts.print;
  const faces: Face[] = [
    { family: PRINT_FAMILIES.serif, pkg: serif, weight: 400 },
    { family: PRINT_FAMILIES.serif, pkg: serif, weight: 700 },
    { family: PRINT_FAMILIES.sans, pkg: sans, weight: 400 },
    { family: PRINT_FAMILIES.sans, pkg: sans, weight: 700 },
  ];
  const rule = (family: string, weight: number, url: string, range?: string) =>
    `@font-face { font-family: "${family}"; font-style: normal; font-weight: ${weight}; font-display: block; src: url("${url}") format("woff2");${range ? ` unicode-range: ${range};` : ''} }`;
  const range = (pkg: string, file: string) => {
    const r = unicodeOf(pkg)[file];
    if (!r) throw new Error(`${pkg}/unicode.json has no range for "${file}"`);
    return r.replace(/,/g, ', ');
  };
  return faces
    .flatMap((f) => [
      ...slicesOf(f.pkg).map((n) => rule(f.family, f.weight, fileUrl(f.pkg, n, f.weight), range(f.pkg, `[${n}]`))),
      rule(f.family, f.weight, fileUrl(f.pkg, subset, f.weight)),
      rule(f.family, f.weight, fileUrl(f.pkg, 'latin-ext', f.weight), range(f.pkg, 'latin-ext')),
      rule(f.family, f.weight, fileUrl(f.pkg, 'latin', f.weight), range(f.pkg, 'latin')),
      // A Latin-script language's own Latin face comes last, so it wins for Latin letters and punctuation.
      ...(latin ? latinRules(f, f.family === PRINT_FAMILIES.serif ? latin.serif : latin.sans) : []),
    ])
    .join('\n');

  function latinRules(f: Face, pkg: string): string[] {
    return [rule(f.family, f.weight, fileUrl(pkg, 'latin-ext', f.weight), range(pkg, 'latin-ext')), rule(f.family, f.weight, fileUrl(pkg, 'latin', f.weight), range(pkg, 'latin'))];
  }
}
