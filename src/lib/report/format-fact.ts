import type { Fact } from './fact';
import { formatCount, formatDate, formatLargeNumber, formatMonth, formatNumber, formatPercent, formatPercentile, formatQuarter, type LocaleLike } from '../i18n/format';

export interface FactFormat {
  /** Digits after the decimal point (default: 2 for pct, pts and ratio). */
  digits?: number;
  /** Prefix positive changes with "+". */
  signed?: boolean;
  /** Write the magnitude only, for prose that already says "fell" or "rose". */
  abs?: boolean;
  /** Write a `ratio`/`pts`/`count` amount in the language's words for large numbers (zh 1,894.5万; see formatLargeNumber). */
  large?: boolean;
}

/** Writes a fact for a reader of `locale`; a missing value (null) reads as an em dash. */
export function formatFact(fact: Fact, locale: LocaleLike, opts: FactFormat = {}): string {
  const { value, unit } = fact;
  if (value === null) return '—';
  if (typeof value === 'number') {
    const x = opts.abs ? Math.abs(value) : value;
    const o = { digits: opts.digits ?? 2, signed: opts.signed ?? false };
    if (opts.large && (unit === 'pts' || unit === 'ratio' || unit === 'count')) return formatLargeNumber(x, locale, { ...o, digits: opts.digits ?? 0 });
    switch (unit) {
      case 'pct':
        return formatPercent(x, locale, o);
      case 'percentile':
        return formatPercentile(x, locale);
      case 'pts':
      case 'ratio':
        return formatNumber(x, locale, o);
      case 'count':
        return formatCount(x, locale);
      case 'year':
        return String(x);
      default:
        break;
    }
  }
  if (typeof value === 'string' && unit === 'date') return formatDate(value, locale);
  if (typeof value === 'string' && unit === 'month') return formatMonth(value, locale);
  if (typeof value === 'string' && unit === 'quarter') return formatQuarter(value, locale);
  throw new Error(`A fact with unit "${unit}" and value ${JSON.stringify(value)} is not written as text; choose words for it with <Pick>.`);
}
