import OpenCC from 'opencc-js';
import zhHantTerms from './terms.zh-hant.json';
import { LOCALE_SPECS, LOCALES, type Locale, type LocaleSpec } from './locales';

/**
 * Text of a derived language (the locale spec's `derived`): the source language's text converted by OpenCC
 * and corrected by a reviewed terminology file. Pure functions of the text; the converters are built once.
 *
 * What a conversion changes: Chinese characters and phrases (OpenCC), the terms (after OpenCC, longest
 * first), and the source language's quotation marks, which become the language's own (“…” -> 「…」).
 * What it never changes: anything that is not Chinese text — keys, `{placeholders}`, URLs, markup and
 * numbers are ASCII, which OpenCC never touches and a term (checked: Chinese characters, letters and digits
 * only) cannot match on its own — and what is already written in the target script: a source document
 * quoted in its own words (`“當時短觀報告顯示…”`) or a Japanese name (国債金利情報) stays as written.
 */

/** One reviewed correction: `source` as the source language writes it, `target` what the derived language writes instead. */
export interface Term {
  source: string;
  target: string;
  /** Why OpenCC's output is wrong here (for the reviewer). */
  why: string;
}

/** Each derived language's terminology file (`terms.<code>.json`). */
const TERM_FILES: Readonly<Partial<Record<Locale, { terms: readonly Term[] }>>> = { 'zh-hant': zhHantTerms };

/** The derived languages, in spec order. */
export const DERIVED_LOCALES: readonly Locale[] = LOCALES.filter((l) => LOCALE_SPECS[l].derived !== undefined);

interface Deriver {
  /** OpenCC alone. */
  opencc: (s: string) => string;
  /** Characters of the target script: a quotation holding one is kept verbatim. */
  isTargetScript: (s: string) => boolean;
  terms: readonly Term[];
  /** Matches every term's source, longest first. */
  termPattern: RegExp | null;
  /** Each term's target by its source. */
  termTargets: ReadonlyMap<string, string>;
  from: LocaleSpec;
  to: LocaleSpec;
}

const derivers = new Map<Locale, Deriver>();

/** Characters that OpenCC's Traditional -> Simplified changes but that simplified text also writes (显著, 著名). */
const SHARED = new Set(['著']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The terminology of `locale`, validated: every term Chinese characters (letters and digits at most besides), no source twice. */
export function validateTerms(terms: readonly Term[], file: string): readonly Term[] {
  const seen = new Set<string>();
  for (const [i, t] of terms.entries()) {
    for (const field of ['source', 'target'] as const) {
      if (typeof t[field] !== 'string' || t[field].length === 0) throw new Error(`${file}: terms[${i}].${field} must be a non-empty string`);
      if (!/\p{Script=Han}/u.test(t[field]) || /[^\p{Script=Han}A-Za-z0-9]/u.test(t[field]))
        throw new Error(`${file}: terms[${i}].${field} "${t[field]}" must be Chinese characters (with letters or digits at most, as in 实际GDP): no punctuation, spaces or markup`);
    }
    if (typeof t.why !== 'string' || t.why.length === 0) throw new Error(`${file}: terms[${i}] ("${t.source}") needs a "why"`);
    if (seen.has(t.source)) throw new Error(`${file}: terms[${i}]: "${t.source}" is listed twice`);
    seen.add(t.source);
  }
  return terms;
}

function deriver(locale: Locale): Deriver | null {
  const spec = LOCALE_SPECS[locale];
  if (!spec.derived) return null;
  let d = derivers.get(locale);
  if (d) return d;
  const file = TERM_FILES[locale];
  if (!file) throw new Error(`The derived language "${locale}" has no terminology file: add src/lib/i18n/terms.${locale}.json to TERM_FILES in derive.ts`);
  const terms = validateTerms(file.terms, `src/lib/i18n/terms.${locale}.json`);
  const variant = spec.derived.opencc.to.replace(/p$/, '');
  const back = OpenCC.Converter({ from: variant, to: spec.derived.opencc.from });
  const forth = OpenCC.Converter({ from: spec.derived.opencc.from, to: variant });
  const keys = terms.map((t) => t.source).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  d = {
    opencc: OpenCC.Converter(spec.derived.opencc),
    // A character of the target script: one the forward conversion keeps and the backward one changes (國, not 么 -> 幺).
    isTargetScript: (s) => [...s].some((c) => !SHARED.has(c) && forth(c) === c && back(c) !== c),
    terms,
    termPattern: keys.length > 0 ? new RegExp(keys.map(escape).join('|'), 'g') : null,
    termTargets: new Map(terms.map((t) => [t.source, t.target])),
    from: LOCALE_SPECS[spec.derived.from as Locale],
    to: spec,
  };
  derivers.set(locale, d);
  return d;
}

/** The terms of a derived language (empty for a written one). */
export function termsOf(locale: Locale): readonly Term[] {
  return deriver(locale)?.terms ?? [];
}

/** `text` converted by OpenCC alone (no terms, no quotation marks): what the terminology file corrects. */
export function openccOf(text: string, locale: Locale): string {
  const d = deriver(locale);
  return d ? d.opencc(text) : text;
}

/** A held word's place while OpenCC runs: private-use characters, which OpenCC passes by. */
const SLOT = /\uE002([\uE100-\uEFFF])\uE003/g;

/**
 * Converts a run of text with no quotation in it: OpenCC, then the terms. The terms are found in the
 * source text (longest first) and held out of OpenCC's way, then written in after it: found before, so
 * that OpenCC's choice of phrase around a term (一只股票 -> 一隻股票) cannot hide it; written after, so
 * that OpenCC never rewrites a reviewed word. A run of Chinese characters that already holds a character
 * of the target script is a name in that script or in Japanese (国債金利情報) and is held as written.
 */
function convertRun(d: Deriver, s: string): string {
  const held: string[] = [];
  const hold = (word: string) => {
    if (held.length === 0xf00) throw new Error(`More than ${0xf00} held words in one run of text: split it`);
    held.push(word);
    return `\uE002${String.fromCharCode(0xe100 + held.length - 1)}\uE003`;
  };
  let t = s.replace(/\p{Script=Han}+/gu, (run) => (d.isTargetScript(run) ? hold(run) : run));
  if (d.termPattern) t = t.replace(d.termPattern, (m) => hold(d.termTargets.get(m) ?? m));
  return d.opencc(t).replace(SLOT, (_, c: string) => held[c.charCodeAt(0) - 0xe100] as string);
}

/**
 * A text of the source language in the derived language `locale` (unchanged for a written language):
 * converted outside quotations and inside quotations written in the source script; a quotation in the
 * target script kept as written; the source's quotation marks replaced by the language's own.
 */
export function deriveText(text: string, locale: Locale): string {
  const d = deriver(locale);
  if (!d) return text;
  const { open, close, innerOpen, innerClose } = d.from.quotes;
  const marks = new Map([
    [open, d.to.quotes.open],
    [close, d.to.quotes.close],
    [innerOpen, d.to.quotes.innerOpen],
    [innerClose, d.to.quotes.innerClose],
  ]);
  const quotation = new RegExp(`${escape(open)}[^${escape(open)}${escape(close)}]*${escape(close)}`, 'g');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(quotation)) {
    const inner = m[0].slice(open.length, m[0].length - close.length);
    out += convertRun(d, text.slice(last, m.index));
    out += open + (d.isTargetScript(inner) ? inner : convertRun(d, inner)) + close;
    last = m.index + m[0].length;
  }
  out += convertRun(d, text.slice(last));
  return out.replace(new RegExp([...marks.keys()].map(escape).join('|'), 'g'), (q) => marks.get(q) ?? q);
}

/** Every string value of a record converted with {@link deriveText} (a UI string file). */
export function deriveStrings<T extends Readonly<Record<string, string>>>(strings: T, locale: Locale): T {
  return Object.fromEntries(Object.entries(strings).map(([k, v]) => [k, deriveText(v, locale)])) as T;
}
