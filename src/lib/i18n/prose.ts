import { deriveText } from './derive';
import { LOCALE_SPECS, type Locale } from './locales';

/**
 * A chapter's prose (MDX) in a derived language, from its source language's file: the text converted by
 * {@link deriveText}; what is code, not text, kept byte for byte — import and export lines, fenced and inline
 * code, `{…}` expressions (prop values such as `digits={4}`, comments, frontmatter placeholders such as
 * `{indexFull}`; only the words of their string literals, `{"超出区间的…"}`, are converted) and link targets. Component names, attribute names and keys are ASCII, which the conversion
 * never changes; attribute values that are words (`<Pick up="上涨" … />`) are text and are converted.
 */

/** Code, not text, in MDX: what a conversion must leave as it is. Order matters: fences before inline code. */
const PROTECTED = [/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, /^(?:import|export)\s[^\n]*$/gm, /`[^`\n]+`/g, /\{[^{}\n]*\}/g, /\]\([^)\s]+\)/g];

/** An expression's string literals: words given to a component as `{"…"}` are text, and converted. */
const EXPRESSION = /^\{[^{}\n]*\}$/;
const STRING_LITERAL = /"([^"\\\n]*)"|'([^'\\\n]*)'/g;

/** A placeholder of private-use characters: not Chinese, so OpenCC and the terms pass it by. */
const slot = (i: number) => `\uE000${String.fromCharCode(0xe100 + i)}\uE001`;

/** The first line the generated file carries after its frontmatter, naming what it comes from. */
export function derivedNotice(sourceFile: string): string {
  return `{/* Derived from ${sourceFile} at build time (src/lib/i18n/prose.ts): edit that file, not this one. */}`;
}

/**
 * `mdx` (a chapter's prose in its derived language's source) in the derived language `locale`, with a notice
 * naming `sourceFile` after the frontmatter. Throws for a written language: its prose is a file of its own.
 */
export function deriveMdx(mdx: string, locale: Locale, sourceFile: string): string {
  if (!LOCALE_SPECS[locale].derived) throw new Error(`"${locale}" is written, not derived: its prose is its own file`);
  const kept: string[] = [];
  let masked = mdx;
  for (const re of PROTECTED) {
    masked = masked.replace(re, (m) => {
      kept.push(
        EXPRESSION.test(m) ? m.replace(STRING_LITERAL, (lit, d?: string, q?: string) => (d !== undefined ? `"${deriveText(d, locale)}"` : `'${deriveText(q ?? '', locale)}'`)) : m,
      );
      if (kept.length > 0xeff) throw new Error(`${sourceFile}: too many code spans to protect`);
      return slot(kept.length - 1);
    });
  }
  let out = deriveText(masked, locale);
  // Restore in reverse, since a later pattern's span may hold an earlier one's placeholder.
  for (let i = kept.length - 1; i >= 0; i--) out = out.replace(slot(i), () => kept[i] as string);
  const fm = /^---\n[\s\S]*?\n---\n/.exec(out);
  const head = fm ? fm[0] : '';
  return `${head}${derivedNotice(sourceFile)}\n${out.slice(head.length)}`;
}
