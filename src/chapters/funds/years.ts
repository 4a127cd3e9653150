/**
 * Calendar-year returns of a fund against a benchmark on the dates both have, and the part of a yuan
 * fund's gap to the yen index that the yen's move against the US dollar accounts for.
 */
import type { Series } from '../../lib/data/series';
import { calendarYearReturns } from '../../lib/stats';
import { date, flag, pct, word, type FactTree } from '../../lib/report/fact';
import { lastIndexOnOrBefore } from '../../lib/report/windows';

/** One calendar year of a fund against a benchmark, both measured between the same two common dates. */
export interface YearVs {
  year: number;
  /** Common dates the year's returns run between (base = previous year's last common date, or the first). */
  base: string;
  end: string;
  fund: number;
  benchmark: number;
  /** fund − benchmark, a difference of simple returns. */
  difference: number;
  partial: boolean;
}

/**
 * Calendar-year returns of `fund` on its own trading dates up to `end` (previous year's last close to
 * the year's last close; the first year from the first close, partial, as is a last year that stops
 * before late December), each set against `benchmark` between its last closes on or before the same
 * two dates. A fund's return for a year is therefore one number whichever benchmark it is compared
 * with (the QDII fund's years against the index and against the CSI 300 agree).
 */
export function yearsVs(fund: Series, benchmark: Series, end: string): YearVs[] {
  const n = fund.dates.filter((d) => d <= end).length;
  if (n < 2) return [];
  const f = calendarYearReturns(fund.times.slice(0, n), fund.values.slice(0, n));
  return f.flatMap((y) => {
    const base = fund.dates[y.startIndex] as string;
    const last = fund.dates[y.endIndex] as string;
    const b0 = lastIndexOnOrBefore(benchmark, base);
    const b1 = lastIndexOnOrBefore(benchmark, last);
    if (last <= base || b0 < 0 || b1 <= b0) return [];
    const bench = (benchmark.values[b1] as number) / (benchmark.values[b0] as number) - 1;
    return [{ year: y.year, base, end: last, fund: y.value, benchmark: bench, difference: y.value - bench, partial: y.partial }];
  });
}

/** Most calendar days a USD/JPY observation may lag the date it stands for (weekends, US holidays). */
export const FX_MAX_STALENESS_DAYS = 5;

/** Yen per dollar on or shortly before `d`; null when the series has no observation close enough. */
export function usdJpyOn(usdjpy: Series, d: string): number | null {
  const i = lastIndexOnOrBefore(usdjpy, d);
  if (i < 0) return null;
  const lagDays = (Date.parse(`${d}T00:00:00Z`) - (usdjpy.times[i] as number)) / 86_400_000;
  return lagDays <= FX_MAX_STALENESS_DAYS ? (usdjpy.values[i] as number) : null;
}

/** A fund's gap to the yen index split into the yen's move against the dollar and the rest. */
export interface YenSplit {
  /** Index return converted to US dollars at the yen-per-dollar rate on the base and end dates. */
  indexUsd: number;
  /** indexUsd − index return: what the yen's move against the dollar alone did to a foreign holder. */
  yen: number;
  /** fund − indexUsd: the yuan against the dollar, fees, premium or discount, timing. */
  rest: number;
}

/**
 * Splits `fundReturn − indexReturn` over [base, end] with USD/JPY as the currency proxy (no CNY/JPY
 * series is in the data). Null when USD/JPY does not cover both dates.
 */
export function yenSplit(usdjpy: Series, base: string, end: string, fundReturn: number, indexReturn: number): YenSplit | null {
  const u0 = usdJpyOn(usdjpy, base);
  const u1 = usdJpyOn(usdjpy, end);
  if (u0 === null || u1 === null) return null;
  const indexUsd = (1 + indexReturn) * (u0 / u1) - 1;
  return { indexUsd, yen: indexUsd - indexReturn, rest: fundReturn - indexUsd };
}

/** Facts of a year-by-year table, keyed by year: fund, benchmark, difference, partial, and which led. */
export function yearFacts(rows: YearVs[], usdjpy?: Series): FactTree {
  return Object.fromEntries(
    rows.map((y) => {
      const split = usdjpy ? yenSplit(usdjpy, y.base, y.end, y.fund, y.benchmark) : null;
      const leaf: FactTree = {
        base: date(y.base),
        end: date(y.end),
        fund: pct(y.fund),
        benchmark: pct(y.benchmark),
        difference: pct(y.difference),
        partial: flag(y.partial),
        leader: word(y.difference >= 0 ? 'fund' : 'benchmark'),
        ...(usdjpy ? { indexUsd: pct(split?.indexUsd ?? null), yen: pct(split?.yen ?? null), rest: pct(split?.rest ?? null) } : {}),
      };
      return [String(y.year), leaf];
    }),
  );
}
