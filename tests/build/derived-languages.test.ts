import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import OpenCC from 'opencc-js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseHtml } from '../../scripts/lib/editions/html-tree';
import { readerTexts } from '../../scripts/lib/editions/page-checks';
import { DERIVED_LOCALES, openccOf, termsOf } from '../../src/lib/i18n/derive';
import { localeSpec, sourceLocale, type Locale } from '../../src/lib/i18n/locales';

/**
 * Each derived language (the locale spec's `derived`: Traditional Chinese from the Simplified) as built in
 * dist/: no character of the source script left in what a reader sees (outside the source documents' quoted
 * words, Japanese names and listed exceptions), and every reviewed term where its source-language counterpart stands. Runs on the default edition `npm run build` leaves (build first).
 */
const ROOT = path.join(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');

/** The source documents' words, quoted whole in their own script wherever the report quotes them. */
const SEED_QUOTES: string[] = (JSON.parse(readFileSync(path.join(ROOT, 'data/curated/seed-checks.json'), 'utf8')) as { checks: { quote: string }[] }).checks.map((c) => c.quote);

/**
 * Japanese names, written as their publishers give them on every Chinese page alike: the curated files'
 * (`"ja": "電気機器"`, and the 2022 report's own names) and JPX's company and industry names in the snapshot tables.
 */
const JAPANESE_NAMES: string[] = [
  ...readdirSync(path.join(ROOT, 'data/curated'))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => [...readFileSync(path.join(ROOT, 'data/curated', f), 'utf8').matchAll(/"(?:ja|seedName)":\s*"([^"]+)"/g)].map((m) => m[1] as string)),
  ...['constituents.csv', 'topix-weights.csv', 'n225-price-factors.csv'].flatMap((f) =>
    (parse(readFileSync(path.join(ROOT, 'data', f), 'utf8'), { columns: true }) as Record<string, string>[]).flatMap((r) =>
      ['name', 'sector', 'sector33', 'industry'].map((c) => r[c]).filter((v): v is string => v !== undefined),
    ),
  ),
];

function exceptionsOf(locale: Locale): string[] {
  const file = path.join(ROOT, `tests/fixtures/script-exceptions/${locale}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { exceptions: { text: string }[] }).exceptions.map((e) => e.text) : [];
}

/** Every page of a language in dist/, by its path under the language (`statistics/index.html`), as the texts a reader meets. */
function pageTexts(locale: Locale): Map<string, string> {
  const dir = path.join(DIST, locale);
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => [
        f,
        readerTexts(parseHtml(readFileSync(path.join(dir, f), 'utf8')))
          .map((t) => t.text)
          .join('\n'),
      ]),
  );
}

/** Quotations (between the language's outer marks) in `text`. */
function quotations(text: string, locale: Locale): string[] {
  const { open, close } = localeSpec(locale).quotes;
  return [...text.matchAll(new RegExp(`${open}([^${open}${close}]*)${close}`, 'g'))].map((m) => m[1] as string);
}

/** `text` without `spans` (longest first), each replaced by a line break so no word forms across the cut. */
function without(text: string, spans: readonly string[]): string {
  return [...spans]
    .filter((s) => s.length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce((t, s) => t.split(s).join('\n'), text);
}

/** Non-overlapping occurrences of each of `words` in `text`, longest first at each position, as counts. */
function countWords(text: string, words: readonly string[]): Map<string, number> {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length);
  const re = new RegExp(sorted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const out = new Map(sorted.map((w) => [w, 0]));
  for (const m of text.matchAll(re)) out.set(m[0], (out.get(m[0]) ?? 0) + 1);
  return out;
}

beforeAll(() => {
  for (const l of DERIVED_LOCALES) if (!existsSync(path.join(DIST, l, 'index.html'))) throw new Error(`dist/${l}/ is missing: run \`npm run build\` first`);
});

describe.each(DERIVED_LOCALES)('the derived language %s in dist/', (locale) => {
  const spec = localeSpec(locale);
  const source = sourceLocale(locale);
  const { from, to } = spec.derived!.opencc;
  // Character by character, in the target's variant: a phrase-level round trip would rewrite words (位於 -> 数位 -> 數字).
  const variant = to.replace(/p$/, '');
  const back = OpenCC.Converter({ from: variant, to: from });
  const forth = OpenCC.Converter({ from, to: variant });
  let derived: Map<string, string>;
  let written: Map<string, string>;
  /** What the derived page shows minus what it rightly keeps in another script. */
  const checked = (file: string) => {
    const d = derived.get(file) ?? '';
    const s = written.get(file) ?? '';
    const verbatim = quotations(d, locale).filter((q) => quotations(s, source).includes(q));
    return { derived: without(d, [...SEED_QUOTES, ...verbatim]), written: without(s, [...SEED_QUOTES, ...verbatim]) };
  };

  beforeAll(() => {
    derived = pageTexts(locale);
    written = pageTexts(source);
  });

  it('has every page its source language has', () => {
    expect([...derived.keys()]).toEqual([...written.keys()]);
  });

  it(`shows no character a ${variant} -> ${from} -> ${variant} round trip changes, outside quotations and listed exceptions`, () => {
    const found = new Map<string, string>();
    for (const file of derived.keys()) {
      const text = without(checked(file).derived, [...JAPANESE_NAMES, ...exceptionsOf(locale)]);
      const chars = [...text];
      const round = [...forth(back(text))];
      expect(round.length, file).toBe(chars.length);
      chars.forEach((c, i) => {
        if (c !== round[i] && !found.has(c))
          found.set(
            c,
            `${file}: ${c} -> ${round[i]} in "${chars
              .slice(Math.max(0, i - 10), i + 10)
              .join('')
              .replace(/\s+/g, ' ')}"`,
          );
      });
    }
    expect([...found.values()]).toEqual([]);
  });

  it("writes each reviewed term where the source page has its counterpart, and never OpenCC's own rendering of it", () => {
    const terms = termsOf(locale);
    expect(terms.length).toBeGreaterThan(10);
    const problems: string[] = [];
    let seen = 0;
    for (const file of derived.keys()) {
      const { derived: d, written: s } = checked(file);
      const sources = countWords(
        s,
        terms.map((t) => t.source),
      );
      const targets = countWords(
        d,
        terms.map((t) => t.target),
      );
      const expected = new Map<string, number>();
      for (const t of terms) expected.set(t.target, (expected.get(t.target) ?? 0) + (sources.get(t.source) ?? 0));
      for (const [target, n] of expected) {
        seen += n;
        if ((targets.get(target) ?? 0) < n) problems.push(`${file}: "${target}" ${targets.get(target) ?? 0} times, its counterparts ${n} times`);
      }
      // Japanese names may hold the characters of a mainland term (銀行業): they are not the report's words.
      const own = without(d, JAPANESE_NAMES);
      for (const t of terms) {
        const literal = openccOf(t.source, locale);
        if (literal === t.target || terms.some((u) => u.target.includes(literal))) continue;
        if (own.includes(literal)) problems.push(`${file}: "${literal}" (OpenCC for ${t.source}) where the terms say "${t.target}"`);
      }
    }
    expect(seen).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });
});
