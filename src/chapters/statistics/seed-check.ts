import type { SeedChecks, SeedCheckEntry, SeedVerdict, ConventionMethod } from '../../lib/data/curated/seed-checks';
import type { SeedClaims } from '../../lib/data/curated/seed-claims';
import { truncateSeries, type Series } from '../../lib/data/series';
import { mean, populationVariance, sampleExcessKurtosis, simpleReturns } from '../../lib/stats';
import { comparison, COMPARISON_YEARS } from '../valuation/comparison';
import { resolveEdition, yearsBefore } from '../../lib/report/edition';
import { flag, flattenFacts, word, type Fact, type FactTree, type Unit } from '../../lib/report/fact';
import { riskFreeRate } from './risk-free';
import { statistics } from './window';
import { lastIndexOnOrBefore } from '../../lib/report/windows';

/** Trading days a year in the annualisation data vendors use: (1 + R)^(250 / N) − 1 over N trading days. */
export const VENDOR_DAYS_PER_YEAR = 250;
/** Precision to which market-data terminals publish daily changes (0.01 %, as a fraction). */
export const PUBLISHED_CHANGE_STEP = 0.0001;

/** 'agrees': equal to the printed precision; 'differs': not. */
export type Match = 'agrees' | 'differs';

/** Whether our value, rounded as the seed printed its figure, equals the seed's figure. */
export function verdictOf(unit: Unit, seed: number | string, ours: number | string | null, decimals: number): Match {
  if (ours === null) return 'differs';
  if (typeof seed === 'string' || typeof ours === 'string') return seed === ours ? 'agrees' : 'differs';
  const scale = unit === 'pct' ? 100 : 1;
  const tol = 0.5 * 10 ** -decimals + 1e-9;
  return Math.abs(seed * scale - ours * scale) <= tol ? 'agrees' : 'differs';
}

/**
 * Whether `ours`, rounded to the seed's printed decimals, is exactly one unit of the last printed digit
 * away from the seed's figure (6.89 % against a printed 6.88 %): a difference of rounding, not of substance.
 */
export function oneUnitApart(unit: Unit, seed: number | string, ours: number | string | null, decimals: number): boolean {
  if (ours === null || typeof seed === 'string' || typeof ours === 'string') return false;
  const scale = (unit === 'pct' ? 100 : 1) * 10 ** decimals;
  return Math.abs(Math.round(ours * scale) - Math.round(seed * scale)) === 1;
}

/**
 * One verdict for a figure: confirmed when ours (on the document's stated basis) matches at its printed
 * precision; otherwise the named convention decides when it reproduces the figure (a rounding convention
 * gives 'rounding', another 'convention'); otherwise one unit apart in the last printed digit is
 * 'rounding'; otherwise 'wrong'. A stated verdict (an analyst's judgement with its reason) overrides.
 */
export function figureVerdict(
  unit: Unit,
  seed: number | string,
  decimals: number,
  ours: number | string | null,
  convention: { kind: 'rounding' | 'method' | 'window'; value: number | null } | null,
  stated: SeedVerdict | undefined,
): SeedVerdict {
  if (stated !== undefined) return stated;
  if (verdictOf(unit, seed, ours, decimals) === 'agrees') return 'confirmed';
  if (convention && convention.value !== null) {
    if (verdictOf(unit, seed, convention.value, decimals) === 'agrees') return convention.kind === 'rounding' ? 'rounding' : 'convention';
    if (oneUnitApart(unit, seed, convention.value, decimals)) return 'rounding';
  }
  if (convention && convention.value === null && convention.kind !== 'rounding') return 'uncheckable';
  return oneUnitApart(unit, seed, ours, decimals) ? 'rounding' : 'wrong';
}

/** Daily changes rounded half away from zero to `step` (0.01 % = 0.0001), as terminals publish them. */
export function publishedChanges(returns: readonly number[], step = PUBLISHED_CHANGE_STEP): number[] {
  return returns.map((r) => Math.sign(r) * Math.round(Math.abs(r) / step) * step);
}

/** Standard error of the mean: the sample standard deviation (n − 1) divided by √n. */
export function standardErrorOfMean(xs: readonly number[]): number {
  const n = xs.length;
  return Math.sqrt((populationVariance(xs) * n) / (n - 1)) / Math.sqrt(n);
}

/** Cumulative return and trading-day count of `s` over the five years to `end` (base: the last close on or before the start). */
function fiveYears(s: Series, end: string): { cumulative: number; days: number } | null {
  const e = lastIndexOnOrBefore(s, end);
  const b = lastIndexOnOrBefore(s, yearsBefore(s.dates[e] as string, COMPARISON_YEARS));
  if (b < 0 || e <= b) return null;
  return { cumulative: (s.values[e] as number) / (s.values[b] as number) - 1, days: e - b };
}

/**
 * Values of the named conventions for the seed's figures. Moments use the daily changes of the seed's
 * statistics window rounded to 0.01 %; five-year figures use the five years to the later window's end,
 * and are null when the edition's data do not reach it (an edition never looks past its own date).
 */
function conventionValues(n225: Series, csi300: Series, claims: SeedClaims, laterAvailable: boolean): Record<ConventionMethod, (claimId: string) => number | null> {
  const ed = resolveEdition(claims.asOf, n225.dates);
  const from = lastIndexOnOrBefore(n225, ed.statsWindow.start);
  const to = lastIndexOnOrBefore(n225, ed.asOf);
  const base = n225.dates[from] === ed.statsWindow.start ? from - 1 : from;
  const published = publishedChanges(simpleReturns(n225.values.slice(base, to + 1)));
  const market = (id: string) => (id.startsWith('csi300') ? csi300 : n225);
  const later = (id: string) => (laterAvailable ? fiveYears(market(id), claims.laterWindowEnd) : null);
  return {
    roundedMean: () => mean(published),
    standardError: () => standardErrorOfMean(published),
    sampleKurtosisRounded: () => sampleExcessKurtosis(published),
    vendorAnnualisedLater: (id) => {
      const w = later(id);
      return w === null ? null : (1 + w.cumulative) ** (VENDOR_DAYS_PER_YEAR / w.days) - 1;
    },
    laterWindow: (id) => later(id)?.cumulative ?? null,
  };
}

/**
 * Checks each figure the 2022 report states in its statistics and market sections against the same
 * figure computed from data for its edition, and, where the register names a convention, against that
 * convention; each reaches one verdict of {@link figureVerdict}. Available only when the edition's data
 * reach the document's window end; five-year conventions only when they reach the later window's end.
 */
export function seedCheck(n225: Series, csi300: Series, claims: SeedClaims, register: SeedChecks, rates?: { call: Series; policy: Series }): FactTree {
  const last = n225.dates[n225.dates.length - 1] as string;
  if (last < claims.asOf) return { available: flag(false) };
  const laterAvailable = last >= claims.laterWindowEnd;
  const ed = resolveEdition(claims.asOf, n225.dates);
  const n = truncateSeries(n225, claims.asOf);
  const rf = rates ? riskFreeRate(truncateSeries(rates.call, claims.asOf), truncateSeries(rates.policy, claims.asOf), ed.statsWindow.start, ed.asOf) : undefined;
  const ours = flattenFacts({
    statistics: statistics(n, ed, rf).facts,
    valuation: { comparison: comparison(n, csi300, ed.asOf)?.facts ?? {} },
  });
  const conv = conventionValues(n225, csi300, claims, laterAvailable);
  const entries = new Map(register.checks.filter((c) => c.claim !== undefined).map((c) => [c.claim as string, c]));
  const rows: Record<string, FactTree> = {};
  const tally: Record<SeedVerdict, number> = { confirmed: 0, convention: 0, rounding: 0, wrong: 0, uncheckable: 0 };
  for (const c of claims.claims) {
    const mine = ours.get(c.ours);
    if (!mine) throw new Error(`data/curated/seed-003-claims.json: claim "${c.id}" points at unknown fact "${c.ours}"`);
    const entry: SeedCheckEntry | undefined = entries.get(c.id);
    const value = mine.value as number | string | null;
    const method = entry?.conventionMethod;
    const cv = method ? conv[method](c.id) : null;
    const convention = method && entry?.conventionKind ? { kind: entry.conventionKind, value: cv } : null;
    const verdict = figureVerdict(c.unit, c.seed, c.decimals, value, convention, entry?.verdict);
    tally[verdict] += 1;
    rows[c.id] = {
      seed: { value: c.seed, unit: c.unit },
      ours: mine,
      /** Our value under the named convention (null when there is none or the edition's data do not reach it). */
      convention: { value: cv, unit: c.unit } as Fact,
      hasConvention: flag(method !== undefined),
      verdict: word(verdict),
      /** Decimals the seed printed: the check table shows the figures with them. */
      decimals: { value: c.decimals, unit: 'count' },
    };
  }
  return {
    available: flag(true),
    laterAvailable: flag(laterAvailable),
    asOf: { value: claims.asOf, unit: 'date' },
    laterWindowEnd: { value: claims.laterWindowEnd, unit: 'date' },
    /** The seed's own statistics window: its checks hold for it, whatever the edition. */
    windowStart: { value: ed.statsWindow.start, unit: 'date' },
    year: { value: Number(claims.asOf.slice(0, 4)) - 1, unit: 'year' },
    vendorDaysPerYear: { value: VENDOR_DAYS_PER_YEAR, unit: 'count' },
    claimCount: { value: claims.claims.length, unit: 'count' },
    verdicts: Object.fromEntries(Object.entries(tally).map(([k, v]) => [k, { value: v, unit: 'count' } as Fact])),
    claims: rows,
  };
}
