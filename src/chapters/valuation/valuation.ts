import type { DatedValue, Series } from '../../lib/data/series';
import { yearsBefore } from '../../lib/report/edition';
import { count, date, flag, month, pct, percentile, ratio, word, type FactTree } from '../../lib/report/fact';

/**
 * The Nikkei 225's valuation as Nikkei Inc. publishes it: PER on *forecast* earnings (the members' own
 * forecasts for the current fiscal year, not trailing twelve-month earnings), PBR and the dividend yield
 * (on forecast dividends). The history is monthly: whole-month means of the daily figures from 2005
 * (`perMonthly` …), continued by means of the daily file (`per` …) for each month the edition has seen
 * end; an edition's latest value is the daily figure on its last day when the daily file covers it, or
 * else the last month's mean.
 *
 * Percentile convention (stated in the prose): the share of the monthly means in the window that lie
 * below the latest value, as a fraction (0.25 = a quarter of the months were lower). "Ten years" is the
 * 120 months ending with the latest whole month; "since 2005" every month from the first (January 2005).
 */

/** Months in the ten-year percentile window. */
export const TEN_YEAR_MONTHS = 120;

/** The last calendar day of the month of an ISO date. */
function monthEnd(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** The share of `values` strictly below `x` (a fraction); null for an empty list. */
export function shareBelow(values: readonly number[], x: number): number | null {
  if (values.length === 0) return null;
  return values.filter((v) => v < x).length / values.length;
}

/**
 * Monthly means (dated on the first of their month) of a monthly series, continued by the means of a daily
 * series for each later month that ended on or before `asOf`.
 */
export function monthlyHistory(monthly: Series, daily: Series, asOf: string): DatedValue[] {
  const out: DatedValue[] = monthly.dates.map((d, i) => ({ date: d, value: monthly.values[i] as number }));
  const last = out[out.length - 1]?.date ?? '';
  const sums = new Map<string, { sum: number; n: number }>();
  daily.dates.forEach((d, i) => {
    const m = `${d.slice(0, 7)}-01`;
    if (m <= last || monthEnd(d) > asOf) return;
    const s = sums.get(m) ?? { sum: 0, n: 0 };
    s.sum += daily.values[i] as number;
    s.n += 1;
    sums.set(m, s);
  });
  for (const [m, s] of [...sums].sort(([a], [b]) => (a < b ? -1 : 1))) out.push({ date: m, value: s.sum / s.n });
  return out;
}

/** The edition's latest value: the daily figure on the last day the daily series has, or else the last month's mean. */
export function latestValue(history: readonly DatedValue[], daily: Series): { kind: 'day' | 'month'; date: string; value: number } | null {
  const n = daily.dates.length;
  if (n > 0) return { kind: 'day', date: daily.dates[n - 1] as string, value: daily.values[n - 1] as number };
  const h = history[history.length - 1];
  return h ? { kind: 'month', date: h.date, value: h.value } : null;
}

/** The months of `history` in the ten-year window ending with its last month (null when it holds fewer than ten years). */
export function tenYearWindow(history: readonly DatedValue[]): DatedValue[] | null {
  return history.length >= TEN_YEAR_MONTHS ? history.slice(-TEN_YEAR_MONTHS) : null;
}

function extremes(rows: readonly DatedValue[]) {
  const hi = rows.reduce((a, b) => (b.value > a.value ? b : a));
  const lo = rows.reduce((a, b) => (b.value < a.value ? b : a));
  return { hi, lo };
}

/** One metric's facts: latest value, its percentiles, the range of the monthly means. `scale` turns the file's unit into the fact's (dividend yield: % -> fraction). */
function metricFacts(history: readonly DatedValue[], latest: NonNullable<ReturnType<typeof latestValue>>, unit: 'ratio' | 'pct', scale: number): FactTree {
  const f = unit === 'pct' ? pct : ratio;
  const ten = tenYearWindow(history);
  const { hi, lo } = extremes(history);
  return {
    latest: f(latest.value * scale),
    p10y: percentile(
      ten
        ? shareBelow(
            ten.map((r) => r.value),
            latest.value,
          )
        : null,
    ),
    pAll: percentile(
      shareBelow(
        history.map((r) => r.value),
        latest.value,
      ),
    ),
    max: f(hi.value * scale),
    maxMonth: month(hi.date),
    min: f(lo.value * scale),
    minMonth: month(lo.date),
  };
}

/** Monthly means of a daily series (a percent yield) for each month whose data are complete: followed by a later row, or reaching its last three days. */
export function monthlyMeansOfDaily(s: Series, asOf: string): DatedValue[] {
  const sums = new Map<string, { sum: number; n: number; last: string }>();
  s.dates.forEach((d, i) => {
    const m = `${d.slice(0, 7)}-01`;
    const e = sums.get(m) ?? { sum: 0, n: 0, last: d };
    e.sum += s.values[i] as number;
    e.n += 1;
    e.last = d;
    sums.set(m, e);
  });
  const lastMonth = s.dates.length > 0 ? `${(s.dates[s.dates.length - 1] as string).slice(0, 7)}-01` : '';
  return [...sums]
    .filter(([m, e]) => {
      const end = monthEnd(m);
      if (end > asOf) return false;
      if (m !== lastMonth) return true;
      const cutoff = new Date(`${end}T00:00:00Z`);
      cutoff.setUTCDate(cutoff.getUTCDate() - 3);
      return e.last >= cutoff.toISOString().slice(0, 10);
    })
    .map(([m, e]) => ({ date: m, value: e.sum / e.n }));
}

export interface ValuationDatasets {
  /** Monthly means, dated on the first of the month: PER (×), PBR (×), dividend yield (fraction). */
  per: DatedValue[];
  pbr: DatedValue[];
  dy: DatedValue[];
  /** Monthly: earnings yield 1 / PER, the 10-year JGB yield (monthly mean of MoF's daily yields) and their difference; fractions. */
  erp: { earningsYield: DatedValue[]; jgb: DatedValue[]; spread: DatedValue[] };
}

export interface ValuationInputs {
  perMonthly: Series;
  pbrMonthly: Series;
  dyMonthly: Series;
  per: Series;
  pbr: Series;
  dy: Series;
  jgb10yDaily: Series;
}

const EMPTY: ValuationDatasets = { per: [], pbr: [], dy: [], erp: { earningsYield: [], jgb: [], spread: [] } };

/** The seed report's valuation date (its §2.4: "截至2022年7月20日"). The check uses the last whole month before it. */
export const SEED_VALUATION_DATE = '2022-07-20';
const SEED_MONTH = '2022-06-01';

/**
 * Valuation facts and datasets of one edition (series already cut to the edition). `available` is false
 * before the first monthly mean (editions before February 2005) and in reports that do not publish
 * the valuation series.
 */
export function valuation(s: ValuationInputs, asOf: string, enabled: boolean): { facts: FactTree; datasets: ValuationDatasets } {
  const per = monthlyHistory(s.perMonthly, s.per, asOf);
  const pbr = monthlyHistory(s.pbrMonthly, s.pbr, asOf);
  const dy = monthlyHistory(s.dyMonthly, s.dy, asOf);
  const lp = latestValue(per, s.per);
  const lb = latestValue(pbr, s.pbr);
  const ld = latestValue(dy, s.dy);
  if (!enabled || !lp || !lb || !ld || per.length === 0) return { facts: { available: flag(false) }, datasets: EMPTY };
  const ten = tenYearWindow(per);
  const jgbMonthly = monthlyMeansOfDaily(s.jgb10yDaily, asOf);
  const jgbBy = new Map(jgbMonthly.map((r) => [r.date, r.value / 100]));
  const earningsYield = per.map((r) => ({ date: r.date, value: 1 / r.value }));
  const spread = earningsYield.flatMap((r) => (jgbBy.has(r.date) ? [{ date: r.date, value: r.value - (jgbBy.get(r.date) as number) }] : []));
  const jgb = jgbMonthly.filter((r) => r.date >= (per[0] as DatedValue).date).map((r) => ({ date: r.date, value: r.value / 100 }));
  const lastSpread = spread[spread.length - 1];
  const jgbLast = s.jgb10yDaily.dates[s.jgb10yDaily.dates.length - 1] ?? null;
  const erp: FactTree = lastSpread
    ? (() => {
        const { hi, lo } = extremes(spread);
        return {
          available: flag(true),
          month: month(lastSpread.date),
          earningsYield: pct(earningsYield.find((r) => r.date === lastSpread.date)?.value ?? null),
          jgb: pct(jgbBy.get(lastSpread.date) ?? null),
          spread: pct(lastSpread.value),
          spreadSign: word(lastSpread.value < 0 ? 'negative' : 'positive'),
          max: pct(hi.value),
          maxMonth: month(hi.date),
          min: pct(lo.value),
          minMonth: month(lo.date),
          negativeMonths: count(spread.filter((r) => r.value < 0).length),
          everNegative: flag(spread.some((r) => r.value < 0)),
          months: count(spread.length),
          jgbLast: date(jgbLast),
          jgbEndsBefore: flag(jgbLast !== null && jgbLast < asOf),
        };
      })()
    : { available: flag(false) };
  const seedIdx = per.findIndex((r) => r.date === SEED_MONTH);
  const seedWindow = seedIdx >= TEN_YEAR_MONTHS - 1 ? per.slice(seedIdx - TEN_YEAR_MONTHS + 1, seedIdx + 1) : null;
  const seed: FactTree =
    // Only editions dated on or after the report's own valuation date check it: an earlier one would name a later date.
    seedIdx >= 0 && seedWindow && asOf >= SEED_VALUATION_DATE
      ? {
          available: flag(true),
          month: month(SEED_MONTH),
          date: date(SEED_VALUATION_DATE),
          per: ratio(per[seedIdx]?.value ?? null),
          p10y: percentile(
            shareBelow(
              seedWindow.map((r) => r.value),
              per[seedIdx]?.value as number,
            ),
          ),
        }
      : { available: flag(false) };
  const above = per.filter((r) => r.value > PER_CLIP);
  const facts: FactTree = {
    available: flag(true),
    start: month((per[0] as DatedValue).date),
    lastMonth: month((per[per.length - 1] as DatedValue).date),
    months: count(per.length),
    tenYears: flag(ten !== null),
    tenYearStart: month(ten ? (ten[0] as DatedValue).date : null),
    latestKind: word(lp.kind),
    latestDay: date(lp.kind === 'day' ? lp.date : null),
    latestMonth: month(lp.kind === 'month' ? lp.date : null),
    per: metricFacts(per, lp, 'ratio', 1),
    pbr: metricFacts(pbr, lb, 'ratio', 1),
    dy: metricFacts(dy, ld, 'pct', 0.01),
    // PER's monthly means above this are drawn at the top of the chart's clipped axis (2009–10, when forecast earnings collapsed).
    perClip: count(PER_CLIP),
    perAboveClip: count(above.length),
    perClipped: flag(above.length > 0),
    perAboveClipFrom: month(above[0]?.date ?? null),
    perAboveClipTo: month(above[above.length - 1]?.date ?? null),
    erp,
    seed,
  };
  return {
    facts,
    datasets: { per, pbr, dy: dy.map((r) => ({ date: r.date, value: r.value / 100 })), erp: { earningsYield, jgb, spread } },
  };
}

/** The PER chart's upper axis limit (×): monthly means above it (2009-02 → 2010-04, up to about 165) run off the top, as the caption says. */
export const PER_CLIP = 40;

/** The NT ratio: the Nikkei 225 ÷ TOPIX on their common trading days. */
export function ntRatio(index: Series, topix: Series, enabled: boolean): { facts: FactTree; series: DatedValue[] } {
  if (!enabled) return { facts: { available: flag(false) }, series: [] };
  const t = new Map(topix.dates.map((d, i) => [d, topix.values[i] as number]));
  const rows = index.dates.flatMap((d, i) => (t.has(d) ? [{ date: d, value: (index.values[i] as number) / (t.get(d) as number) }] : []));
  const last = rows[rows.length - 1];
  if (!last || rows.length < 2) return { facts: { available: flag(false) }, series: [] };
  const tenStart = yearsBefore(last.date, 10);
  const ten = (rows[0] as DatedValue).date <= tenStart ? rows.filter((r) => r.date > tenStart) : null;
  const { hi, lo } = extremes(rows);
  const indexLast = index.dates[index.dates.length - 1] as string;
  return {
    facts: {
      available: flag(true),
      start: date((rows[0] as DatedValue).date),
      latest: ratio(last.value),
      latestDate: date(last.date),
      endsBefore: flag(last.date < indexLast),
      tenYears: flag(ten !== null),
      tenYearStart: date(ten ? (ten[0] as DatedValue).date : null),
      p10y: percentile(
        ten
          ? shareBelow(
              ten.map((r) => r.value),
              last.value,
            )
          : null,
      ),
      pAll: percentile(
        shareBelow(
          rows.map((r) => r.value),
          last.value,
        ),
      ),
      max: ratio(hi.value),
      maxDate: date(hi.date),
      min: ratio(lo.value),
      minDate: date(lo.date),
      days: count(rows.length),
    },
    series: rows,
  };
}
