import type { Series } from '../../lib/data/series';
import { currentDrawdown, median, movingAverage, percentileRank, rollingVolatility, simpleReturns } from '../../lib/stats';
import type { ChapterContext, ChapterResult } from '../../lib/report/chapter';
import { count, date, flag, month, pct, percentile, pts, word, type FactTree } from '../../lib/report/fact';
import { EXIT_EVENT_ID } from '../macro/facts';
import { exitDecisionDate } from '../macro/rates';
import type { DatedValue } from '../../lib/data/series';
import { PERIODS_PER_YEAR, ROLLING_DAYS } from '../statistics/window';

/** Days in the long moving average the trend is read against. */
export const TREND_DAYS = 200;
/** Trading days back over which the long average's slope is read (about a month). */
export const SLOPE_DAYS = 20;
/**
 * The volatility regime is ranked against the 20-day volatility of every day since this date: the
 * source's daily data are complete from here on (before it, stale repeated closes understate volatility).
 */
export const VOL_HISTORY_START = '1988-04-08';
/** Percentile bands of the volatility regime: below 25 % calm, to 75 % normal, to 90 % elevated, else stressed. */
export const VOL_BANDS = { calm: 0.25, normal: 0.75, elevated: 0.9 } as const;
/** A drawdown at least this deep counts as a dip for the buy-the-dip idea (a correction, by the usual convention). */
export const DIP_DEPTH = -0.1;
/** Months over which the policy path, the BOJ balance sheet and the 10-year yield are read. */
export const LOOKBACK_MONTHS = 12;
/** Years of closes the trend chart shows. */
export const TREND_CHART_YEARS = 2;

/** What the Outlook chapter's charts draw. */
export interface OutlookDatasets {
  /** Closes and the 200-day average over the last two years. */
  trend: { close: DatedValue[]; average: DatedValue[] };
  /** 20-day annualised volatility since {@link VOL_HISTORY_START}. */
  volatility: DatedValue[];
}

type Condition = 'present' | 'absent' | 'unknown';
const cond = (known: boolean, met: boolean): Condition => (!known ? 'unknown' : met ? 'present' : 'absent');

/** Value `months` calendar months before the last observation of a monthly series, or null. */
function monthsBack(s: Series, months: number): { date: string; value: number } | null {
  const last = s.dates[s.dates.length - 1];
  if (!last) return null;
  const d = new Date(`${last}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  const target = d.toISOString().slice(0, 10);
  const i = s.dates.indexOf(target);
  return i < 0 ? null : { date: target, value: s.values[i] as number };
}

function trendFacts(n225: Series) {
  const closes = n225.values;
  const ma = movingAverage(closes, TREND_DAYS);
  const last = closes.length - 1;
  const avg = ma[last] ?? null;
  const before = ma[last - SLOPE_DAYS] ?? null;
  const close = closes[last] as number;
  const facts = {
    available: flag(avg !== null && before !== null),
    close: pts(close),
    average: pts(avg),
    gap: pct(avg === null ? null : close / avg - 1),
    position: word(avg === null ? 'unknown' : close >= avg ? 'above' : 'below'),
    slope: word(avg === null || before === null ? 'unknown' : avg >= before ? 'rising' : 'falling'),
    slopeChange: pct(avg === null || before === null ? null : avg / before - 1),
  };
  const from = new Date(`${n225.dates[last]}T00:00:00Z`);
  from.setUTCFullYear(from.getUTCFullYear() - TREND_CHART_YEARS);
  const start = from.toISOString().slice(0, 10);
  const close2: DatedValue[] = [];
  const avg2: DatedValue[] = [];
  n225.dates.forEach((d, i) => {
    if (d < start) return;
    close2.push({ date: d, value: closes[i] as number });
    const a = ma[i];
    if (a !== null && a !== undefined) avg2.push({ date: d, value: a });
  });
  return { facts, chart: { close: close2, average: avg2 } };
}

function volatilityFacts(n225: Series) {
  const first = n225.dates.findIndex((d) => d >= VOL_HISTORY_START);
  const ok = first >= 0 && n225.dates.length - first > ROLLING_DAYS * 3;
  if (!ok) {
    const none = {
      available: flag(false),
      current: pct(null),
      percentile: percentile(null),
      median: pct(null),
      since: date(null),
      regime: word('unknown'),
      days: count(ROLLING_DAYS),
    };
    return { facts: none, chart: [] as DatedValue[] };
  }
  const closes = n225.values.slice(Math.max(0, first - 1));
  const dates = n225.dates.slice(Math.max(0, first - 1) + 1);
  const vols = rollingVolatility(simpleReturns(closes), ROLLING_DAYS, PERIODS_PER_YEAR);
  const series = vols.flatMap((v, i) => (v === null ? [] : [{ date: dates[i] as string, value: v }]));
  const current = series[series.length - 1] as DatedValue;
  const rank = percentileRank(
    series.map((p) => p.value),
    current.value,
  );
  const regime = rank < VOL_BANDS.calm ? 'calm' : rank < VOL_BANDS.normal ? 'normal' : rank < VOL_BANDS.elevated ? 'elevated' : 'stressed';
  return {
    facts: {
      available: flag(true),
      current: pct(current.value),
      percentile: percentile(rank),
      median: pct(median(series.map((p) => p.value))),
      since: date(series[0]?.date ?? null),
      regime: word(regime),
      days: count(ROLLING_DAYS),
    },
    chart: series,
  };
}

function drawdownFacts(n225: Series) {
  const dd = currentDrawdown(n225.values);
  return {
    depth: pct(dd.depth),
    peak: pts(n225.values[dd.peakIndex] as number),
    peakDate: date(n225.dates[dd.peakIndex] as string),
    atHigh: flag(dd.depth === 0),
    dip: flag(dd.depth <= DIP_DEPTH),
    dipDepth: pct(DIP_DEPTH),
  };
}

function bojFacts(assets: Series) {
  const last = assets.values[assets.values.length - 1];
  const back = monthsBack(assets, LOOKBACK_MONTHS);
  if (last === undefined || !back) return { available: flag(false), month: month(null), change: pct(null), direction: word('unknown') };
  const change = last / back.value - 1;
  return {
    available: flag(true),
    month: month(assets.dates[assets.dates.length - 1] as string),
    change: pct(change),
    direction: word(change >= 0 ? 'expanding' : 'shrinking'),
  };
}

function policyFacts(policy: Series, asOf: string, exitEvent: string | undefined) {
  if (policy.dates.length === 0) {
    return {
      available: flag(false),
      rate: pct(null),
      hikes: count(0),
      firstHike: date(null),
      lastChange: date(null),
      recentHikes: count(0),
      direction: word('unknown'),
      lookbackMonths: count(LOOKBACK_MONTHS),
    };
  }
  const pctOf = (v: number) => v / 100;
  const steps = policy.values.map((v, i) => ({ date: policy.dates[i] as string, value: v }));
  const withPrev = steps.flatMap((s, i) => (i > 0 && s.value !== steps[i - 1]!.value ? [{ ...s, delta: s.value - steps[i - 1]!.value }] : []));
  const hikes = withPrev.filter((c) => c.delta > 0);
  const lastChange = withPrev[withPrev.length - 1];
  const cutoff = new Date(`${asOf}T00:00:00Z`);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - LOOKBACK_MONTHS);
  const recent = withPrev.filter((c) => c.date > cutoff.toISOString().slice(0, 10));
  const direction = recent.some((c) => c.delta > 0) ? 'hiking' : recent.some((c) => c.delta < 0) ? 'cutting' : 'steady';
  return {
    available: flag(true),
    rate: pct(pctOf(steps[steps.length - 1]!.value)),
    hikes: count(hikes.length),
    // The first hike is the exit from negative rates: dated by its decision, as in every chapter.
    firstHike: date(exitDecisionDate(hikes[0]?.date ?? null, exitEvent)),
    lastChange: date(lastChange?.date ?? null),
    recentHikes: count(recent.filter((c) => c.delta > 0).length),
    direction: word(direction),
    lookbackMonths: count(LOOKBACK_MONTHS),
  };
}

function yieldFacts(jgb: Series) {
  const last = jgb.values[jgb.values.length - 1];
  const back = monthsBack(jgb, LOOKBACK_MONTHS);
  if (last === undefined || !back) return { available: flag(false), month: month(null), level: pct(null), change: pct(null), direction: word('unknown') };
  return {
    available: flag(true),
    month: month(jgb.dates[jgb.dates.length - 1] as string),
    level: pct(last / 100),
    change: pct((last - back.value) / 100),
    direction: word(last >= back.value ? 'rising' : 'falling'),
  };
}

/**
 * The state of things as of the edition, read from data: trend against the 200-day average, the
 * volatility regime as a percentile of its history, the drawdown from the all-time high, the BOJ
 * balance sheet's and the policy rate's direction, and the 10-year yield; then which of the seed's
 * strategy ideas find their conditions met today (rules in each `ideas.*` fact's comment).
 */
export function outlookFacts(ctx: ChapterContext): ChapterResult<OutlookDatasets> {
  const { n225, bojAssets, policyRate, jgb10y } = ctx.series;
  const trend = trendFacts(n225);
  const vol = volatilityFacts(n225);
  const dd = drawdownFacts(n225);
  const boj = bojFacts(bojAssets);
  const policy = policyFacts(policyRate, ctx.edition.asOf, ctx.curated.overview.events.find((e) => e.id === EXIT_EVENT_ID)?.date);
  const jgb = yieldFacts(jgb10y);
  const known = (f: { available: { value: boolean } }) => f.available.value;
  const tightening = policy.direction.value === 'hiking';
  const shrinking = boj.direction.value === 'shrinking';
  const volKnown = vol.facts.available.value;
  const volRank = vol.facts.percentile.value ?? 1;
  const facts: FactTree = {
    trend: trend.facts,
    volatility: vol.facts,
    drawdown: dd,
    boj,
    policy,
    jgb,
    /** Whether the edition has anything to say about monetary policy (BOJ assets, the policy rate or the 10-year yield). */
    monetaryShown: flag(known(boj) || known(policy) || known(jgb)),
    ideas: {
      // Defensive stance: the BOJ is both shrinking its balance sheet and raising rates.
      defensive: word(cond(known(boj) && known(policy), shrinking && tightening)),
      // Buy the dip: a correction (drawdown of 10 % or more) while policy is not tightening.
      buyDip: word(cond(known(policy), dd.dip.value && !tightening)),
      // Long financials / short expensive growth: the 10-year yield has risen over the past year.
      financials: word(cond(known(jgb), jgb.direction.value === 'rising')),
      // Long yen / short Nikkei hedge: policy is tightening (yen-supportive) and the index is above its average.
      yenHedge: word(cond(known(policy) && trend.facts.available.value, tightening && trend.facts.position.value === 'above')),
      // Long straddles around policy meetings: options are cheap when volatility is in the lower half of its history.
      straddle: word(cond(volKnown, volRank < 0.5)),
    },
  };
  return { facts, datasets: { trend: trend.chart, volatility: vol.chart } };
}
