import type { Series } from '../../lib/data/series';
import { annualisedVolatility, annualiseReturn, DAYS_PER_YEAR, beta, correlation, cumulativeReturn, growthOf, maxDrawdown, sharpeRatio, simpleReturns } from '../../lib/stats';
import { yearsBefore } from '../../lib/report/edition';
import { count, date, flag, pct, ratio, word, type FactTree } from '../../lib/report/fact';
import { PERIODS_PER_YEAR, RISK_FREE, type DatedValue } from '../statistics/window';
import { linkageWord } from '../macro/linkage';
import { alignOnCommonDates, lastIndexOnOrBefore } from '../../lib/report/windows';

export { LINKAGE_BANDS } from '../macro/linkage';
/** Length of the market comparison, in calendar years. */
export const COMPARISON_YEARS = 5;

export interface ComparisonDatasets {
  /** Growth of 100 invested at the start, each market on its own trading days: the index and its comparator. */
  growth: { index: DatedValue[]; comparator: DatedValue[]; topix: DatedValue[] };
}

/** One market's figures over [base, end]: the base is the last close on or before the window's start. */
function marketFacts(s: Series, start: string, end: string) {
  const b = lastIndexOnOrBefore(s, start);
  const e = lastIndexOnOrBefore(s, end);
  if (b < 0 || e <= b) return null;
  const closes = s.values.slice(b, e + 1);
  const rets = simpleReturns(closes);
  const cum = cumulativeReturn(closes[0] as number, closes[closes.length - 1] as number);
  const dd = maxDrawdown(closes);
  const facts = {
    base: date(s.dates[b] as string),
    end: date(s.dates[e] as string),
    cumulative: pct(cum),
    annualised: pct(annualiseReturn(cum, COMPARISON_YEARS)),
    volatility: pct(annualisedVolatility(rets, PERIODS_PER_YEAR)),
    sharpe: ratio(sharpeRatio(rets, { riskFree: RISK_FREE, periodsPerYear: PERIODS_PER_YEAR })),
    maxDrawdown: pct(dd.depth),
    maxDrawdownTrough: date(s.dates[b + dd.troughIndex] as string),
  } satisfies FactTree;
  const growth = growthOf(closes, 100).map((v, i) => ({ date: s.dates[b + i] as string, value: v }));
  return { facts, growth, cum };
}

/**
 * The five-year comparison of the report's index with its comparator (the Nikkei 225 or TOPIX with the
 * CSI 300), in local currency. The window ends on the last date both series have on or before the as-of
 * date (the comparator's file may end earlier), so both markets are measured over the same span.
 */
export function comparison(index: Series, comparator: Series, asOf: string, topix?: Series): { facts: FactTree; datasets: ComparisonDatasets } | null {
  const commonEnd = [lastIndexOnOrBefore(index, asOf), lastIndexOnOrBefore(comparator, asOf)].map((i, k) => (k === 0 ? index : comparator).dates[i]);
  const end = [...commonEnd].sort()[0];
  if (!end || commonEnd.some((d) => d === undefined)) return null;
  const start = yearsBefore(end, COMPARISON_YEARS);
  const a = marketFacts(index, start, end);
  const b = marketFacts(comparator, start, end);
  if (!a || !b || (comparator.dates[0] as string) > start) return null;
  const aligned = alignOnCommonDates(index, comparator, start, end);
  const ra = simpleReturns(aligned.a);
  const rb = simpleReturns(aligned.b);
  const rho = correlation(ra, rb);
  const facts = {
    available: flag(true),
    start: date(start),
    end: date(end),
    /** The comparator's data end before the edition's date, so this window ends earlier than the index's own figures. */
    endsBeforeEdition: flag(end < asOf),
    years: count(COMPARISON_YEARS),
    index: a.facts,
    comparator: b.facts,
    /** The comparator's own last date (its data may end before the edition's). */
    comparatorLast: date(comparator.dates[lastIndexOnOrBefore(comparator, asOf)] as string),
    leader: word(a.cum >= b.cum ? 'index' : 'comparator'),
    commonDays: count(aligned.dates.length),
    correlation: ratio(rho),
    linkage: word(linkageWord(rho)),
    beta: ratio(beta(ra, rb)),
  } satisfies FactTree;
  const t = topix ? topixFacts(topix, start, end, asOf) : null;
  return { facts: { ...facts, topix: t?.facts ?? { available: flag(false) } }, datasets: { growth: { index: a.growth, comparator: b.growth, topix: t?.growth ?? [] } } };
}

/**
 * TOPIX over the same five years, beside the comparator: to the window's end, or to TOPIX's own last date
 * when its data end earlier (then annualised over the years it covers, calendar days / 365.25, and said so).
 */
function topixFacts(topix: Series, start: string, end: string, asOf: string) {
  const lastIdx = lastIndexOnOrBefore(topix, asOf);
  const own = lastIdx >= 0 ? (topix.dates[lastIdx] as string) : null;
  if (own === null || (topix.dates[0] as string) > start) return null;
  const stop = own < end ? own : end;
  const m = marketFacts(topix, start, stop);
  if (!m) return null;
  const years = (Date.parse(`${stop}T00:00:00Z`) - Date.parse(`${m.facts.base.value}T00:00:00Z`)) / (DAYS_PER_YEAR * 86_400_000);
  return {
    facts: {
      ...m.facts,
      available: flag(true),
      annualised: stop < end ? pct(annualiseReturn(m.cum, years)) : m.facts.annualised,
      endsBeforeWindow: flag(stop < end),
      last: date(own),
    },
    growth: m.growth,
  };
}
