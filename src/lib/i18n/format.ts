import { localeSpec, type Locale, type LocaleSpec } from './locales';

/**
 * Locale-aware formatting of report values through Intl and the locale spec. Every function takes a
 * language (`Locale`) or a spec itself (a language the report does not ship, in tests). Conventions:
 * fractions are formatted as percentages (0.0491 -> "4.91%"); dates are ISO strings read and written in
 * UTC so the machine's time zone never shifts a trading day.
 */

/** A shipped language or a locale spec. */
export type LocaleLike = Locale | LocaleSpec;

const specOf = (l: LocaleLike): LocaleSpec => (typeof l === 'string' ? localeSpec(l) : l);

const cache = new WeakMap<LocaleSpec, Map<string, Intl.NumberFormat | Intl.DateTimeFormat>>();
function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat>(spec: LocaleSpec, key: string, make: () => T): T {
  let m = cache.get(spec);
  if (!m) cache.set(spec, (m = new Map()));
  let f = m.get(key) as T | undefined;
  if (!f) m.set(key, (f = make()));
  return f;
}

export interface NumberOptions {
  /** Digits after the decimal point. */
  digits?: number;
  /** Show "+" on positive values (for changes). */
  signed?: boolean;
}

/** A plain number with grouping, e.g. 30,670.10. */
export function formatNumber(x: number, locale: LocaleLike, { digits = 2, signed = false }: NumberOptions = {}): string {
  const s = specOf(locale);
  const f = memo(
    s,
    `n|${digits}|${signed}`,
    () => new Intl.NumberFormat(s.intl, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' }),
  );
  return f.format(x);
}

/**
 * A number in the language's words for large numbers (the spec's `largeNumbers`): divided by the largest
 * unit not above its magnitude and followed by the unit's word, `digits` after the point of the divided
 * number — zh 18,945,000 -> "1,894.5万" (digits 1), 2.5e9 -> "25亿". Below the smallest unit, or in a
 * language without such words, the number is written in full with `digits` decimals (en "18,945,000").
 */
export function formatLargeNumber(x: number, locale: LocaleLike, opts: NumberOptions = {}): string {
  const s = specOf(locale);
  const unit = s.largeNumbers.find((u) => Math.abs(x) >= u.value);
  return unit ? `${formatNumber(x / unit.value, s, opts)}${unit.word}` : formatNumber(x, s, opts);
}

/** A fraction as a percentage, e.g. 0.0491 -> "4.91%". */
export function formatPercent(x: number, locale: LocaleLike, { digits = 2, signed = false }: NumberOptions = {}): string {
  const s = specOf(locale);
  const f = memo(
    s,
    `p|${digits}|${signed}`,
    () => new Intl.NumberFormat(s.intl, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' }),
  );
  return f.format(x);
}

/**
 * A percentile rank given as a fraction (0.7917: 79.17 % of the values lie at or below) written as the
 * whole percentile in the spec's `percentile` form: zh "第79百分位", en "79th percentile". Never with a
 * "%": a percentile is a position, not a share.
 */
export function formatPercentile(x: number, locale: LocaleLike): string {
  const s = specOf(locale);
  const n = Math.round(x * 100);
  const { pattern, ordinals } = s.percentile;
  const suffix = ordinals ? (ordinals[new Intl.PluralRules(s.intl, { type: 'ordinal' }).select(n)] ?? ordinals.other) : '';
  return pattern.replace('{n}', `${formatCount(n, s)}${suffix}`);
}

/** An integer count with grouping, e.g. 13,944. */
export function formatCount(x: number, locale: LocaleLike): string {
  const s = specOf(locale);
  return memo(s, 'c', () => new Intl.NumberFormat(s.intl, { maximumFractionDigits: 0 })).format(x);
}

/** An ISO date in the reader's style (the spec's `dates.day`): zh "2021年9月14日", en "Sep 14, 2021". */
export function formatDate(iso: string, locale: LocaleLike): string {
  const s = specOf(locale);
  const f = memo(s, 'd', () => new Intl.DateTimeFormat(s.intl, { ...s.dates.day, timeZone: 'UTC' }));
  return f.format(new Date(`${iso}T00:00:00Z`));
}

/** An ISO month (YYYY-MM or a date) in the spec's `dates.month`: zh "2021年9月", en "Sep 2021". */
export function formatMonth(iso: string, locale: LocaleLike): string {
  const s = specOf(locale);
  const f = memo(s, 'm', () => new Intl.DateTimeFormat(s.intl, { ...s.dates.month, timeZone: 'UTC' }));
  return f.format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));
}

/** An ISO date naming a quarter (its first day, FRED's convention) in the spec's `dates.quarter`: zh "2026年第2季度", en "2026 Q2". */
export function formatQuarter(iso: string, locale: LocaleLike): string {
  const q = Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
  return specOf(locale).dates.quarter.replace('{year}', iso.slice(0, 4)).replace('{quarter}', String(q));
}

/** Items as a list: zh "能源、金融", en "Energy, Financials" (the spec's `listSeparator`; no "and"). */
export function formatList(items: readonly string[], locale: LocaleLike): string {
  return items.join(specOf(locale).listSeparator);
}

/** Clauses that each say something whole, as one: zh "甲；乙", en "a; b" (the spec's `clauseSeparator`). */
export function formatClauses(clauses: readonly string[], locale: LocaleLike): string {
  return clauses.join(specOf(locale).clauseSeparator);
}

/** Sentences as one passage: Chinese runs them together, English puts a space between (the spec's `sentenceJoiner`). */
export function joinSentences(sentences: readonly string[], locale: LocaleLike): string {
  return sentences.join(specOf(locale).sentenceJoiner);
}

/** Text in the language's quotation marks: “…” (inner: ‘…’). */
export function quote(text: string, locale: LocaleLike, { inner = false }: { inner?: boolean } = {}): string {
  const q = specOf(locale).quotes;
  return inner ? `${q.innerOpen}${text}${q.innerClose}` : `${q.open}${text}${q.close}`;
}

/** A label and what it introduces: zh "图 3：标题", en "Figure 3: Title" (the spec's `labelSeparator`). */
export function labelled(label: string, text: string, locale: LocaleLike): string {
  return `${label}${specOf(locale).labelSeparator}${text}`;
}
