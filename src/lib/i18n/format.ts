import { LANG_TAG, type Locale } from './locales';

/**
 * Locale-aware formatting of report values through Intl. Conventions: fractions are formatted as
 * percentages (0.0491 -> "4.91%"); dates are ISO strings read and written in UTC so the machine's
 * time zone never shifts a trading day.
 */

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function memo<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

export interface NumberOptions {
  /** Digits after the decimal point. */
  digits?: number;
  /** Show "+" on positive values (for changes). */
  signed?: boolean;
}

/** A plain number with grouping, e.g. 30,670.10. */
export function formatNumber(x: number, locale: Locale, { digits = 2, signed = false }: NumberOptions = {}): string {
  const f = memo(`n|${locale}|${digits}|${signed}`, () =>
    new Intl.NumberFormat(LANG_TAG[locale], { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' }),
  );
  return f.format(x);
}

/** A fraction as a percentage, e.g. 0.0491 -> "4.91%". */
export function formatPercent(x: number, locale: Locale, { digits = 2, signed = false }: NumberOptions = {}): string {
  const f = memo(`p|${locale}|${digits}|${signed}`, () =>
    new Intl.NumberFormat(LANG_TAG[locale], { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto' }),
  );
  return f.format(x);
}

/** An integer count with grouping, e.g. 13,944. */
export function formatCount(x: number, locale: Locale): string {
  return memo(`c|${locale}`, () => new Intl.NumberFormat(LANG_TAG[locale], { maximumFractionDigits: 0 })).format(x);
}

/** An ISO date in the reader's style: zh "2021年9月14日", en "Sep 14, 2021". */
export function formatDate(iso: string, locale: Locale): string {
  const f = memo(`d|${locale}`, () =>
    new Intl.DateTimeFormat(LANG_TAG[locale], { year: 'numeric', month: locale === 'zh' ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' }),
  );
  return f.format(new Date(`${iso}T00:00:00Z`));
}

/** An ISO month (YYYY-MM or a date) as zh "2021年9月", en "Sep 2021". */
export function formatMonth(iso: string, locale: Locale): string {
  const f = memo(`m|${locale}`, () =>
    new Intl.DateTimeFormat(LANG_TAG[locale], { year: 'numeric', month: locale === 'zh' ? 'long' : 'short', timeZone: 'UTC' }),
  );
  return f.format(new Date(`${iso.slice(0, 7)}-01T00:00:00Z`));
}

/** An ISO date naming a quarter (its first day, FRED's convention) as zh "2026年第2季度", en "2026 Q2". */
export function formatQuarter(iso: string, locale: Locale): string {
  const y = iso.slice(0, 4);
  const q = Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
  return locale === 'zh' ? `${y}年第${q}季度` : `${y} Q${q}`;
}
