import type { Series } from '../../lib/data/series';
import { SERIES } from '../../lib/data/series-catalog';
import { count, date, flag, pct, type FactTree } from '../../lib/report/fact';
import { lastIndexOnOrBefore } from '../../lib/report/windows';
import { findWaves, trailingMean } from '../../lib/stats';

/** Days in the trailing average that smooths the weekday pattern of reporting. */
export const COVID_AVERAGE_DAYS = 7;
/** A peak is the highest 7-day average within this many days on each side. */
export const WAVE_HALF_WINDOW = 45;
/** …and at least this many times the lowest average since the previous peak. */
export const WAVE_MIN_RISE = 2;

export interface CovidWave {
  start: string;
  peak: string;
  end: string;
  /** Peak of the 7-day average (cases a day). */
  peakAverage: number;
  /** The index's change from the last close on or before the wave's start to the one on or before its end, and to its peak. */
  n225Change: number | null;
  n225ToPeak: number | null;
}

export interface CovidDatasets {
  /** Daily 7-day average of new cases beside the index's close on the same calendar day's last session. */
  daily: { date: string; cases: number; n225: number }[];
  waves: CovidWave[];
}

/**
 * Daily new COVID-19 cases in Japan (MHLW) against the Nikkei 225: the 7-day average, the waves found in
 * it (see `findWaves`), and the index's change over each wave. An edition knows the cases published by
 * its date; a wave is listed once its peak is confirmed ({@link WAVE_HALF_WINDOW} days later). After
 * MHLW's last day the series has ended, which the facts say.
 */
export function covidWaves(cases: Series, n225: Series, asOf: string): { facts: FactTree; data: CovidDatasets } {
  const avg = trailingMean(cases.values, COVID_AVERAGE_DAYS);
  const found = findWaves(avg, WAVE_HALF_WINDOW, WAVE_MIN_RISE);
  const close = (d: string) => {
    const i = lastIndexOnOrBefore(n225, d);
    return i >= 0 ? (n225.values[i] as number) : null;
  };
  const change = (a: string, b: string) => {
    const x = close(a);
    const y = close(b);
    return x !== null && y !== null ? y / x - 1 : null;
  };
  const d = (i: number) => cases.dates[i] as string;
  const waves: CovidWave[] = found.map((w) => ({
    start: d(w.start),
    peak: d(w.peak),
    end: d(w.end),
    peakAverage: avg[w.peak] as number,
    n225Change: change(d(w.start), d(w.end)),
    n225ToPeak: change(d(w.start), d(w.peak)),
  }));
  const n = cases.values.length;
  const maxI = cases.values.reduce((a, v, i) => (v > (cases.values[a] as number) ? i : a), 0);
  const biggest = waves.reduce<CovidWave | null>((a, w) => (a === null || w.peakAverage > a.peakAverage ? w : a), null);
  const endedOn = SERIES.covidCases.endedOn as string;
  const last = n > 0 ? d(n - 1) : null;
  const facts: FactTree = {
    available: flag(n >= 2),
    first: date(n > 0 ? d(0) : null),
    last: date(last),
    /** MHLW stopped daily reporting and the edition is past its last day. */
    ended: flag(last !== null && asOf > last && asOf >= endedOn),
    total: count(cases.values.reduce((a, v) => a + v, 0)),
    maxDay: date(n > 0 ? d(maxI) : null),
    max: count(n > 0 ? (cases.values[maxI] as number) : 0),
    averageDays: count(COVID_AVERAGE_DAYS),
    halfWindow: count(WAVE_HALF_WINDOW),
    minRise: count(WAVE_MIN_RISE),
    waveCount: count(waves.length),
    hasWaves: flag(waves.length > 0),
    biggestPeak: date(biggest?.peak ?? null),
    biggestAverage: count(Math.round(biggest?.peakAverage ?? 0)),
    biggestN225Change: pct(biggest?.n225Change ?? null),
    wavesN225Up: count(waves.filter((w) => (w.n225Change ?? 0) > 0).length),
    /** Some waves saw the index end higher and some lower: no fixed relation between cases and the index. */
    mixed: flag(waves.some((w) => (w.n225Change ?? 0) > 0) && waves.some((w) => (w.n225Change ?? 0) <= 0)),
    firstWave: {
      peak: date(waves[0]?.peak ?? null),
      n225ToPeak: pct(waves[0]?.n225ToPeak ?? null),
    },
    n225OverSeries: pct(n > 0 ? change(d(0), d(n - 1)) : null),
  };
  const daily = cases.dates.flatMap((dt, i) => {
    const c = close(dt);
    return c === null ? [] : [{ date: dt, cases: avg[i] as number, n225: c }];
  });
  return { facts, data: { daily, waves } };
}
