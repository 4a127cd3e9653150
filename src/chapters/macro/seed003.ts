import type { Seed003Macro } from '../../lib/data/curated/macro';
import type { Series } from '../../lib/data/series';
import { flag, month, pct, quarter, ratio, word, type FactTree } from '../../lib/report/fact';
import { HUNDRED_MILLION_PER_TRILLION } from './boj';
import { lastIndexOnOrBefore } from '../../lib/report/windows';

/** Billions of yen per trillion yen (the GDP series is in billions). */
const BILLION_PER_TRILLION = 1000;
/** A growth rate equals the seed's when it rounds to the seed's one decimal of a percent. */
const SAME_AT_PRINTED = 0.0005 + 1e-9;
/** Within this (0.3 percentage points) a first-release growth rate and the revised one are called close. */
const CLOSE = 0.003;

/** Whole months from `a` to `b` (both first-of-month ISO dates). */
function monthsBetween(a: string, b: string): number {
  return (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));
}

/** The first-of-month ISO date `k` months after `m` (negative k: before). */
function shiftMonth(m: string, k: number): string {
  const t = Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1 + k;
  return `${String(Math.floor(t / 12)).padStart(4, '0')}-${String((t % 12) + 1).padStart(2, '0')}-01`;
}

/** 'agrees' at the printed precision, 'close' within revision noise, else 'differs'. */
function growthVerdict(seed: number, ours: number | null): 'agrees' | 'close' | 'differs' | 'unknown' {
  if (ours === null) return 'unknown';
  const d = Math.abs(seed - ours);
  return d <= SAME_AT_PRINTED ? 'agrees' : d <= CLOSE ? 'close' : 'differs';
}

/**
 * Checks the macro figures of seed document 003's section 2.5 against the data: 2021 Q4 real GDP (its
 * level as a quarterly, not annualised, amount, and its growth rates) and its account of the BOJ balance
 * sheet in 2021 (tapering from end-2020, QE "ended" by May 2021, JGB holdings of 52.1 trillion yen said
 * to equal 4.5 trillion dollars). Our GDP series is the revised one, not the first release the seed
 * quoted, so levels and growth rates may differ by revisions. Available only in editions that know the
 * document (`known`, from `ChapterContext.knows`).
 */
export function seed003MacroCheck(seed: Seed003Macro, n225: Series, gdp: Series, boj: Series, usdjpy: Series, known: boolean): FactTree {
  const ok = known && (n225.dates[n225.dates.length - 1] ?? '') >= seed.asOf;
  const qi = ok ? gdp.dates.indexOf(seed.gdp.quarter) : -1;
  const g = (k: number) => (qi - k >= 0 ? (gdp.values[qi - k] as number) : null);
  const gr = (a: number | null, b: number | null) => (a !== null && b !== null ? a / b - 1 : null);
  const saar = g(0);
  const qoq = gr(g(0), g(1));
  const qoqPrev = gr(g(1), g(2));
  const yoy = gr(g(0), g(4));
  const yoyPrev = gr(g(1), g(5));
  const quarterly = saar === null ? null : saar / 4 / BILLION_PER_TRILLION;
  const annual = saar === null ? null : saar / BILLION_PER_TRILLION;
  const lvl = seed.gdp.realGdpTrillionYen;
  const convention = quarterly === null || annual === null ? 'unknown' : Math.abs(lvl - quarterly) < Math.abs(lvl - annual) ? 'quarterly' : 'annualised';

  const assets = (m: string) => {
    const i = ok ? boj.dates.indexOf(m) : -1;
    return i >= 0 ? (boj.values[i] as number) / HUNDRED_MILLION_PER_TRILLION : null;
  };
  const a0 = assets(seed.boj.taperFrom);
  // The same number of months before the taper's start, to compare the pace of growth ("tapering" = slower purchases).
  const span = monthsBetween(seed.boj.taperFrom, seed.boj.qeEndedBy);
  const before = assets(shiftMonth(seed.boj.taperFrom, -span));
  const a1 = assets(seed.boj.qeEndedBy);
  const a2 = assets(seed.boj.jgbHoldingsMonth);
  const holdingsEnd = `${seed.boj.jgbHoldingsMonth.slice(0, 8)}31`;
  const fxI = ok ? lastIndexOnOrBefore(usdjpy, holdingsEnd) : -1;
  const fx = fxI >= 0 ? (usdjpy.values[fxI] as number) : null;
  const implied = fx === null ? null : seed.boj.jgbHoldingsTrillionUsd * fx;
  return {
    /** Percentage points within which a growth rate is called close to the seed's. */
    closeWithinPp: ratio(CLOSE * 100),
    available: flag(ok && qi >= 5 && a0 !== null && a1 !== null && a2 !== null && fx !== null),
    gdp: {
      quarter: quarter(seed.gdp.quarter),
      seedLevel: ratio(lvl),
      ourQuarterly: ratio(quarterly),
      ourAnnualised: ratio(annual),
      convention: word(convention),
      levelGap: pct(quarterly === null ? null : lvl / quarterly - 1),
      seedQoq: pct(seed.gdp.qoq),
      qoq: pct(qoq),
      qoqVerdict: word(growthVerdict(seed.gdp.qoq, qoq)),
      seedQoqPrev: pct(seed.gdp.qoqPrev),
      qoqPrev: pct(qoqPrev),
      qoqPrevVerdict: word(growthVerdict(seed.gdp.qoqPrev, qoqPrev)),
      seedYoy: pct(seed.gdp.yoy),
      yoy: pct(yoy),
      yoyVerdict: word(growthVerdict(seed.gdp.yoy, yoy)),
      seedYoyPrev: pct(seed.gdp.yoyPrev),
      yoyPrev: pct(yoyPrev),
      yoyPrevVerdict: word(growthVerdict(seed.gdp.yoyPrev, yoyPrev)),
    },
    boj: {
      taperFrom: month(seed.boj.taperFrom),
      qeEndedBy: month(seed.boj.qeEndedBy),
      assetsAtTaper: ratio(a0),
      assetsAtEnd: ratio(a1),
      assetsYearEnd: ratio(a2),
      changeToEnd: pct(a0 !== null && a1 !== null ? a1 / a0 - 1 : null),
      /** Months from the taper's start to the month QE is said to have ended. */
      spanMonths: { value: span, unit: 'count' },
      beforeFrom: month(shiftMonth(seed.boj.taperFrom, -span)),
      /** Growth over the same number of months before the taper's start. */
      changeBefore: pct(before !== null && a0 !== null ? a0 / before - 1 : null),
      /** Whether growth slowed: what "tapering" means (slower purchases, not a shrinking balance sheet). */
      slowed: flag(before !== null && a0 !== null && a1 !== null && a1 / a0 < a0 / before),
      changeToYearEnd: pct(a0 !== null && a2 !== null ? a2 / a0 - 1 : null),
      direction: word(a0 !== null && a1 !== null && a1 < a0 ? 'down' : 'up'),
      taperVerdict: word(a0 === null || a1 === null ? 'unknown' : a1 < a0 ? 'agrees' : 'differs'),
      holdingsMonth: month(seed.boj.jgbHoldingsMonth),
      seedHoldings: ratio(seed.boj.jgbHoldingsTrillionYen),
      seedHoldingsUsd: ratio(seed.boj.jgbHoldingsTrillionUsd),
      fx: ratio(fx),
      fxDate: { value: fxI >= 0 ? (usdjpy.dates[fxI] as string) : null, unit: 'date' },
      impliedHoldings: ratio(implied),
      impliedOverSeed: ratio(implied === null ? null : implied / seed.boj.jgbHoldingsTrillionYen),
      seedShareOfAssets: pct(a2 === null ? null : seed.boj.jgbHoldingsTrillionYen / a2),
      impliedShareOfAssets: pct(a2 === null || implied === null ? null : implied / a2),
      holdingsVerdict: word(implied === null ? 'unknown' : Math.abs(implied / seed.boj.jgbHoldingsTrillionYen - 1) < 0.1 ? 'agrees' : 'wrongUnit'),
    },
  };
}
