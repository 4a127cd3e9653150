import type { SeedClaims } from '../data/curated/seed-claims';
import { truncateSeries, type Series } from '../data/series';
import { comparison } from './comparison';
import { resolveEdition } from './edition';
import { flag, flattenFacts, word, type Fact, type FactTree, type Unit } from './fact';
import { riskFreeRate } from './risk-free';
import { statistics } from './statistics';

/** 'agrees': equal to the printed precision; 'differs': not. */
export type Verdict = 'agrees' | 'differs';

/** Whether our value, rounded as the seed printed its figure, equals the seed's figure. */
export function verdictOf(unit: Unit, seed: number | string, ours: number | string | null, decimals: number): Verdict {
  if (ours === null) return 'differs';
  if (typeof seed === 'string' || typeof ours === 'string') return seed === ours ? 'agrees' : 'differs';
  const scale = unit === 'pct' ? 100 : 1;
  const tol = 0.5 * 10 ** -decimals + 1e-9;
  return Math.abs(seed * scale - ours * scale) <= tol ? 'agrees' : 'differs';
}

/**
 * Checks each figure the seed report states against the same figure computed from data for the seed's
 * edition (and, for the market comparison, also for the later window the seed appears to have used).
 * Available only when the edition's data reach the seed's as-of date, and the later window only when
 * they reach its end, so an older edition never peeks at data after its own as-of date.
 */
export function seedCheck(n225: Series, csi300: Series, claims: SeedClaims, rates?: { call: Series; policy: Series }): FactTree {
  const last = n225.dates[n225.dates.length - 1] as string;
  if (last < claims.asOf) return { available: flag(false) };
  const laterAvailable = last >= claims.laterWindowEnd;
  const ed = resolveEdition(claims.asOf, n225.dates);
  const n = truncateSeries(n225, claims.asOf);
  const rf = rates ? riskFreeRate(truncateSeries(rates.call, claims.asOf), truncateSeries(rates.policy, claims.asOf), ed.statsWindow.start, ed.asOf) : undefined;
  const ours = flattenFacts({
    stats: statistics(n, ed, rf).facts,
    comparison: comparison(n, csi300, ed.asOf)?.facts ?? {},
  });
  const later = laterAvailable ? flattenFacts({ comparison: comparison(n225, csi300, claims.laterWindowEnd)?.facts ?? {} }) : new Map<string, Fact>();
  const rows: Record<string, FactTree> = {};
  for (const c of claims.claims) {
    const mine = ours.get(c.ours);
    if (!mine) throw new Error(`data/curated/seed-003-claims.json: claim "${c.id}" points at unknown fact "${c.ours}"`);
    const value = mine.value as number | string | null;
    const lateFact = later.get(c.ours);
    const row: Record<string, Fact> = {
      seed: { value: c.seed, unit: c.unit },
      ours: mine,
      verdict: word(verdictOf(c.unit, c.seed, value, c.decimals)),
      /** Decimals the seed printed: the check table shows both figures with them. */
      decimals: { value: c.decimals, unit: 'count' },
    };
    // Keys exist in every edition (null / 'unknown' when the later window is past the edition's data).
    row.later = lateFact ?? { value: null, unit: c.unit };
    row.laterVerdict = word(lateFact ? verdictOf(c.unit, c.seed, lateFact.value as number | null, c.decimals) : 'unknown');
    rows[c.id] = row;
  }
  const differing = Object.values(rows).filter((r) => (r.verdict as Fact).value === 'differs').length;
  return {
    available: flag(true),
    laterAvailable: flag(laterAvailable),
    asOf: { value: claims.asOf, unit: 'date' },
    laterWindowEnd: { value: claims.laterWindowEnd, unit: 'date' },
    /** The seed's own statistics window: its checks hold for it, whatever the edition. */
    windowStart: { value: ed.statsWindow.start, unit: 'date' },
    year: { value: Number(claims.asOf.slice(0, 4)) - 1, unit: 'year' },
    claimCount: { value: claims.claims.length, unit: 'count' },
    agreeing: { value: claims.claims.length - differing, unit: 'count' },
    differing: { value: differing, unit: 'count' },
    claims: rows,
  };
}
