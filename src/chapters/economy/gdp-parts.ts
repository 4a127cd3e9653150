import type { Seed003Macro } from '../../lib/data/curated/macro';
import type { GdpQuarter, GdpTables } from '../../lib/data/gdp-tables';
import { count, flag, pct, quarter, ratio, word, type FactTree } from '../../lib/report/fact';

/** Quarters of contributions drawn and tabled (three years). */
export const GDP_PARTS_QUARTERS = 12;
/** Billions of yen per trillion yen (ESRI's levels are in billions). */
const BILLION_PER_TRILLION = 1000;
/** A pull equals the seed's when both round to the same tenth of a percentage point (ESRI prints one decimal). */
const SAME_PP = 0.05 + 1e-9;
/** Within this many percentage points a revised pull is called a revision of the seed's, as for growth rates (seed003.ts). */
export const REVISION_PP = 0.3;

/**
 * The components the report shows, as the seed groups them: ESRI's contributions, with the change in
 * private and public inventories added together (the sum of ESRI's two published figures).
 */
export const PARTS = ['consumption', 'housing', 'business', 'inventories', 'government', 'publicInvestment', 'netExports'] as const;
export type Part = (typeof PARTS)[number];

/** A quarter's contributions by the report's parts (percentage points) and real GDP's q/q growth (percent). */
export interface PartsRow {
  date: string;
  total: number;
  parts: Record<Part, number>;
}

export interface GdpPartsDatasets {
  rows: PartsRow[];
}

/** ESRI's contributions grouped into the report's parts. */
export function groupParts(q: GdpQuarter): PartsRow {
  const p = q.parts;
  return {
    date: q.date,
    total: q.total,
    parts: {
      consumption: p.private_consumption,
      housing: p.private_residential_investment,
      business: p.private_nonresidential_investment,
      inventories: p.change_in_private_inventories + p.change_in_public_inventories,
      government: p.government_consumption,
      publicInvestment: p.public_investment,
      netExports: p.net_exports,
    },
  };
}

/** 'agrees' at the printed tenth, 'revised' within {@link REVISION_PP}, else 'differs'; 'unknown' without our value. */
function pullVerdict(seed: number | null, ours: number | null): 'agrees' | 'revised' | 'differs' | 'unknown' | 'none' {
  if (seed === null) return 'none';
  if (ours === null) return 'unknown';
  const d = Math.abs(seed - ours);
  return d <= SAME_PP ? 'agrees' : d <= REVISION_PP + 1e-9 ? 'revised' : 'differs';
}

/** The worse of two verdicts (differs > unknown > revised > agrees; 'none' is no claim). */
function worse(a: string, b: string): string {
  const rank = ['none', 'agrees', 'revised', 'unknown', 'differs'];
  return rank.indexOf(a) >= rank.indexOf(b) ? a : b;
}

/**
 * The seed's 2021 Q4 figures by component against ESRI's current table. Quarter-on-quarter pulls are
 * ESRI's official contributions; ESRI's quarterly table has no year-on-year contributions, so a
 * year-on-year pull is approximated as the change in the component's chained level over four quarters
 * ÷ real GDP four quarters earlier (chained volumes do not add up, so this is approximate). The seed
 * quoted the first release on the 2015 base, which the data do not hold: a pull within
 * {@link REVISION_PP} of ours is called a revision (cannot be checked), one equal at the printed tenth
 * agrees; a year-on-year pull is never more than a revision (its basis differs too). Only an edition
 * that knows the document (`known`, from `ChapterContext.knows`) checks it.
 */
function seedParts(seed: Seed003Macro, t: GdpTables, known: boolean): FactTree {
  const qd = seed.gdp.quarter;
  const c = t.contributions.find((x) => x.date === qd);
  const li = t.levels.findIndex((x) => x.date === qd);
  const l = li >= 0 ? t.levels[li] : undefined;
  const ly = li >= 4 ? t.levels[li - 4] : undefined;
  const ok = known && c !== undefined && l !== undefined && ly !== undefined;
  const g = seed.gdpParts;
  const level = l ? l.parts.private_consumption / 4 / BILLION_PER_TRILLION : null;
  const share = l ? l.parts.private_consumption / l.total : null;
  const levelVerdict =
    level === null ? 'unknown' : Math.abs(level - g.consumptionTrillionYen) < 0.005 && share !== null && Math.abs(share - g.consumptionShare) < 0.0005 ? 'agrees' : 'revised';
  const pulls = Object.fromEntries(
    g.pulls.map((p) => {
      const qoq = c ? c.parts[p.component] : null;
      const yoy = l && ly ? ((l.parts[p.component] - ly.parts[p.component]) / ly.total) * 100 : null;
      const qv = pullVerdict(p.qoq, qoq);
      // A year-on-year pull on another basis can at best be called a revision.
      const yvRaw = pullVerdict(p.yoy, yoy);
      const yv = yvRaw === 'agrees' || yvRaw === 'differs' ? 'revised' : yvRaw;
      return [
        p.component,
        {
          seedQoq: ratio(p.qoq),
          qoq: ratio(qoq),
          qoqVerdict: word(qv),
          hasYoy: flag(p.yoy !== null),
          seedYoy: ratio(p.yoy),
          yoy: ratio(p.yoy === null ? null : yoy),
          verdict: word(worse(qv, yv)),
        },
      ];
    }),
  );
  const qv = g.pulls.map((p) => pullVerdict(p.qoq, c ? c.parts[p.component] : null));
  return {
    available: flag(ok),
    quarter: quarter(qd),
    revisionPp: ratio(REVISION_PP),
    /** How many of the seed's q/q pulls agree with ESRI's current figures, lie within revision range, or differ beyond it. */
    qoqClaims: count(qv.filter((v) => v !== 'none').length),
    qoqAgree: count(qv.filter((v) => v === 'agrees').length),
    qoqRevised: count(qv.filter((v) => v === 'revised').length),
    qoqDiffer: count(qv.filter((v) => v === 'differs').length),
    consumption: {
      seedLevel: ratio(g.consumptionTrillionYen),
      level: ratio(level),
      annualised: ratio(l ? l.parts.private_consumption / BILLION_PER_TRILLION : null),
      seedShare: pct(g.consumptionShare),
      share: pct(share),
      verdict: word(levelVerdict),
    },
    pulls,
  };
}

/**
 * Real GDP growth by expenditure component, from ESRI's official contributions: the last
 * {@link GDP_PARTS_QUARTERS} quarters the edition knows, the latest quarter's pulls, its largest pull
 * each way, and how far the rounded parts fall from the rounded total; and the seed's 2021 Q4 figures.
 */
export function gdpParts(t: GdpTables, seed: Seed003Macro, known: boolean): { facts: FactTree; data: GdpPartsDatasets } {
  const rows = t.contributions.slice(-GDP_PARTS_QUARTERS).map(groupParts);
  const last = rows[rows.length - 1];
  const ok = rows.length >= 4 && last !== undefined;
  const byValue = last ? PARTS.map((p) => ({ p, v: last.parts[p] })).sort((a, b) => b.v - a.v) : [];
  const up = byValue[0];
  const down = byValue[byValue.length - 1];
  const sum = last ? PARTS.reduce((a, p) => a + last.parts[p], 0) : null;
  const lastLevel = t.levels[t.levels.length - 1];
  const facts: FactTree = {
    available: flag(ok),
    quarters: count(rows.length),
    first: quarter(rows[0]?.date ?? null),
    latestQuarter: quarter(last?.date ?? null),
    /** Real GDP's q/q growth in the latest quarter (ESRI, not annualised), a fraction. */
    total: pct(last ? last.total / 100 : null),
    direction: word(!last ? 'na' : last.total < 0 ? 'down' : 'up'),
    /** Each part's pull in the latest quarter, percentage points. */
    latest: Object.fromEntries(PARTS.map((p) => [p, ratio(last ? last.parts[p] : null)])),
    biggestUp: word(up && up.v > 0 ? up.p : 'none'),
    biggestUpPp: ratio(up && up.v > 0 ? up.v : null),
    biggestDown: word(down && down.v < 0 ? down.p : 'none'),
    biggestDownPp: ratio(down && down.v < 0 ? Math.abs(down.v) : null),
    sumOfParts: ratio(sum),
    /** Rounded parts minus the rounded total: ESRI rounds each figure to a tenth, so they need not add up. */
    roundingGap: ratio(sum !== null && last ? sum - last.total : null),
    consumptionUpQuarters: count(rows.filter((r) => r.parts.consumption > 0).length),
    levelsQuarter: quarter(lastLevel?.date ?? null),
    /** Private consumption's share of real GDP in the latest quarter (chained volumes, so approximate). */
    consumptionShare: pct(lastLevel ? lastLevel.parts.private_consumption / lastLevel.total : null),
    seed: seedParts(seed, t, known),
  };
  return { facts, data: { rows } };
}
