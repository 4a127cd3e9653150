/**
 * The ETF section of the Derivatives chapter: which funds the edition has, the common windows (the last
 * year and the full span all available funds share with the index), risk and tracking in each, the
 * 1321.T unit and distribution checks, calendar-year tracking differences, the yen's share of the QDII
 * fund's gap, the QDII fund against the CSI 300, and the seed's one-year figures for that fund.
 */
import type { SeedFundClaims } from '../../lib/data/curated/derivatives';
import type { Series } from '../../lib/data/series';
import type { SeriesId } from '../../lib/data/series-catalog';
import { mean } from '../../lib/stats';
import { yearsBefore } from '../../lib/report/edition';
import { count, date, flag, pct, ratio, word, year, type FactTree } from '../../lib/report/fact';
import { FUND_IDS, MIN_COMMON_DAYS, riskFacts, tracking, trackingFacts, windowRisk, type FundId } from './etf';
import { usdJpyOn, yearFacts, yearsVs, yenSplit, type YearVs } from './years';
import { checkEtf1321Units, type UnitCheck } from './etf-1321-units';
import { alignOnCommonDates } from '../../lib/report/windows';

/** The last calendar year the seed report (written in July 2022) could have reported in full. */
export const SEED_LAST_FULL_YEAR = 2021;

export interface FundWindows {
  available: FundId[];
  end: string;
  fullStart: string;
  yearStart: string;
}

/** Funds with at least MIN_COMMON_DAYS dates shared with the index, and the windows they all share. */
export function fundWindows(series: Record<SeriesId, Series>): FundWindows | null {
  const spans = FUND_IDS.map((id) => ({ id, al: alignOnCommonDates(series[id], series.n225, '0000-01-01', '9999-12-31') })).filter((s) => s.al.dates.length >= MIN_COMMON_DAYS);
  if (spans.length === 0) return null;
  const end = spans.map((s) => s.al.dates[s.al.dates.length - 1] as string).sort()[0] as string;
  const fullStart = spans
    .map((s) => s.al.dates[0] as string)
    .sort()
    .reverse()[0] as string;
  const oneYear = yearsBefore(end, 1);
  return { available: spans.map((s) => s.id), end, fullStart, yearStart: oneYear > fullStart ? oneYear : fullStart };
}

function windowFacts(series: Record<SeriesId, Series>, avail: FundId[], start: string, end: string): FactTree {
  const risk = (id: SeriesId, on: boolean) => riskFacts(on ? windowRisk(series[id], start, end) : null);
  return {
    n225: risk('n225', true),
    ...Object.fromEntries(FUND_IDS.map((id) => [id, risk(id, avail.includes(id))])),
    track: Object.fromEntries(FUND_IDS.map((id) => [id, trackingFacts(avail.includes(id) ? tracking(series[id], series.n225, start, end) : null)])),
  };
}

function unitFacts(u: UnitCheck | null): FactTree {
  const values = u?.ratio.map((r) => r.value) ?? [];
  const last = u?.distributions[u.distributions.length - 1];
  return {
    noUnitChange: flag(u?.noUnitChange ?? true),
    ratioFirst: ratio(values[0] ?? null),
    ratioLast: ratio(values[values.length - 1] ?? null),
    ratioMin: ratio(values.length ? Math.min(...values) : null),
    ratioMax: ratio(values.length ? Math.max(...values) : null),
    largestMove: pct(u?.largestMove?.value ?? null),
    largestMoveDate: date(u?.largestMove?.date ?? null),
    distributions: count(u?.distributions.length ?? 0),
    meanDrop: pct(u && u.distributions.length ? mean(u.distributions.map((d) => d.drop)) : null),
    firstDistribution: date(u?.distributions[0]?.date ?? null),
    lastDistribution: date(last?.date ?? null),
    lastDrop: pct(last?.drop ?? null),
    julyWithoutDrop: flag(u?.julyWithoutDrop != null),
    julyWithoutDropYear: year(u?.julyWithoutDrop ?? 0),
  };
}

/** The QDII fund against the CSI 300 by calendar year, and the verdict on the seed's sentence about it. */
function vsCsiFacts(rows: YearVs[]): FactTree {
  const seedYears = rows.filter((y) => y.year <= SEED_LAST_FULL_YEAR);
  const y2020 = rows.find((y) => y.year === 2020);
  const holds = seedYears.length > 0 && seedYears.every((y) => (y.year === 2020 ? y.difference > 0 : y.difference < 0));
  return {
    available: flag(rows.length > 0),
    fundLed: count(rows.filter((y) => y.difference >= 0).length),
    benchmarkLed: count(rows.filter((y) => y.difference < 0).length),
    seedYearsFundLed: count(seedYears.filter((y) => y.difference >= 0).length),
    seedYearsCount: count(seedYears.length),
    y2020Leader: word(y2020 ? (y2020.difference >= 0 ? 'fund' : 'benchmark') : 'na'),
    y2020: { fund: pct(y2020?.fund ?? null), benchmark: pct(y2020?.benchmark ?? null) },
    seedVerdict: word(seedYears.length === 0 || !y2020 ? 'na' : holds ? 'holds' : 'fails'),
    years: yearFacts(rows),
  };
}

/** Full calendar years of a fund against the index: how many, and the mean and mean absolute difference. */
function yearSummary(rows: YearVs[]): FactTree {
  const full = rows.filter((y) => !y.partial).map((y) => y.difference);
  return {
    fullYears: count(full.length),
    meanDifference: pct(full.length ? mean(full) : null),
    meanAbsDifference: pct(full.length ? mean(full.map(Math.abs)) : null),
    largestAbsDifference: pct(full.length ? Math.max(...full.map(Math.abs)) : null),
  };
}

/** The seed's one-year figures for the QDII fund next to the same measures from closing prices. */
function seedFundFacts(series: Record<SeriesId, Series>, asOf: string, claims: SeedFundClaims): FactTree {
  const s = series[claims.fund];
  const end = claims.windowEnd;
  const reaches = asOf >= end && s.dates.length > 0 && (s.dates[s.dates.length - 1] as string) >= end;
  const w = reaches ? windowRisk(s, yearsBefore(end, claims.windowYears), end) : null;
  return {
    available: flag(w !== null),
    windowEnd: date(end),
    downsideRisk: { seed: pct(claims.claims.downsideRisk.value), ours: pct(w?.downside ?? null) },
    maxDrawdown: { seed: pct(-claims.claims.maxDrawdown.value), ours: pct(w?.maxDrawdown ?? null) },
    nav: { seed: ratio(claims.claims.nav.value), ours: ratio(w?.lastClose ?? null), date: date(w?.end ?? null) },
    sortino: ratio(w?.sortino ?? null),
    downsideAgrees: word(w ? (Math.abs(w.downside - claims.claims.downsideRisk.value) < 0.005 ? 'agrees' : 'differs') : 'na'),
  };
}

function fullFxFacts(series: Record<SeriesId, Series>, w: FundWindows | null): FactTree {
  const u0 = w ? usdJpyOn(series.usdjpy, w.fullStart) : null;
  const u1 = w ? usdJpyOn(series.usdjpy, w.end) : null;
  const change = u0 !== null && u1 !== null ? u1 / u0 - 1 : null;
  const cum = (id: SeriesId) => (w && series[id].dates.length ? (windowRisk(series[id], w.fullStart, w.end)?.cumulative ?? null) : null);
  const q = w?.available.includes('etf513520') ? cum('etf513520') : null;
  const i = w ? cum('n225') : null;
  return {
    usdjpyChange: pct(change),
    yen: word(change === null ? 'na' : change > 0 ? 'weaker' : 'stronger'),
    qdiiVsIndex: word(q === null || i === null ? 'na' : q < i ? 'behind' : 'ahead'),
  };
}

/** Everything the ETF section states, and the data its charts draw. */
export function fundFacts(series: Record<SeriesId, Series>, asOf: string, claims: SeedFundClaims): { facts: FactTree; units: UnitCheck | null; windows: FundWindows | null } {
  const w = fundWindows(series);
  const avail = w?.available ?? [];
  const has = (id: FundId) => avail.includes(id);
  const units = has('etf1321') ? checkEtf1321Units(series.etf1321, series.n225, asOf) : null;
  const qdiiYears = has('etf513520') ? yearsVs(series.etf513520, series.n225, asOf) : [];
  const jpYears = has('etf1321') ? yearsVs(series.etf1321, series.n225, asOf) : [];
  const first = (id: FundId) => series[id].dates[0] ?? null;
  const last = (id: FundId) => series[id].dates[series[id].dates.length - 1] ?? null;
  const full = w ? { start: w.fullStart, end: w.end } : null;
  const fullTrack = Object.fromEntries(FUND_IDS.map((id) => [id, w && has(id) ? tracking(series[id], series.n225, w.fullStart, w.end) : null]));
  const te = (id: FundId) => fullTrack[id]?.trackingError ?? null;
  const q = fullTrack.etf513520;
  const usdLast = series.usdjpy.dates[series.usdjpy.dates.length - 1];
  const fxEnd = usdLast !== undefined && usdLast < asOf ? usdLast : asOf;
  const qRisk = has('etf513520') ? windowRisk(series.etf513520, series.etf513520.dates[0] as string, fxEnd) : null;
  const iRisk = qRisk ? windowRisk(series.n225, qRisk.base, qRisk.end) : null;
  const fx = qRisk && iRisk ? yenSplit(series.usdjpy, qRisk.base, qRisk.end, qRisk.cumulative, iRisk.cumulative) : null;
  const facts: FactTree = {
    available: flag(w !== null),
    both: flag(has('etf1321') && has('etf513520')),
    ...Object.fromEntries(FUND_IDS.map((id) => [id, { available: flag(has(id)), first: date(first(id)), last: date(last(id)) }])),
    window: {
      end: date(w?.end ?? null),
      fullStart: date(full?.start ?? null),
      yearStart: date(w?.yearStart ?? null),
      /** The "last year" window is a whole year (false: the funds' common data span less than a year, so it is that span). */
      yearIsFull: flag(w !== null && yearsBefore(w.end, 1) >= w.fullStart),
      /** The funds' common window ends before the edition's date (a fund's data end earlier): prose says so. */
      endsBeforeEdition: flag(w !== null && w.end < asOf),
    },
    /** USD/JPY over the full common window (a rise is a weaker yen), and where the QDII fund ended against the index. */
    fullFx: fullFxFacts(series, w),
    year: windowFacts(series, avail, w?.yearStart ?? asOf, w?.end ?? asOf),
    full: windowFacts(series, avail, w?.fullStart ?? asOf, w?.end ?? asOf),
    closer: word(te('etf1321') !== null && te('etf513520') !== null ? ((te('etf1321') as number) <= (te('etf513520') as number) ? 'etf1321' : 'etf513520') : 'na'),
    qdiiLag: word(q && q.corrLagged !== null ? (q.corrLagged > q.corrSame ? 'lagged' : 'same') : 'na'),
    units1321: unitFacts(units),
    years1321: yearFacts(jpYears),
    years513520: yearFacts(qdiiYears, series.usdjpy),
    summary1321: yearSummary(jpYears),
    summary513520: yearSummary(qdiiYears),
    fx: {
      available: flag(fx !== null),
      base: date(qRisk?.base ?? null),
      end: date(qRisk?.end ?? null),
      fund: pct(qRisk?.cumulative ?? null),
      index: pct(iRisk?.cumulative ?? null),
      gap: pct(qRisk && iRisk ? qRisk.cumulative - iRisk.cumulative : null),
      indexUsd: pct(fx?.indexUsd ?? null),
      yen: pct(fx?.yen ?? null),
      rest: pct(fx?.rest ?? null),
    },
    vsCsi: vsCsiFacts(has('etf513520') ? yearsVs(series.etf513520, series.csi300, asOf) : []),
    seed: seedFundFacts(series, asOf, claims),
  };
  return { facts, units, windows: w };
}
