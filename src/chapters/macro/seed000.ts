import type { Seed000 } from '../../lib/data/curated/macro';
import type { Series } from '../../lib/data/series';
import { correlation } from '../../lib/stats';
import { count, date, flag, month, pct, pts, ratio, word, year, type FactTree } from '../../lib/report/fact';
import { HUNDRED_MILLION_PER_TRILLION, type BojSummary } from './boj';
import { changes } from './monthly';
import { indexRange, lastIndexOnOrBefore } from '../../lib/report/windows';

/** Thousand yen per trillion yen: the seed's table is in thousand yen. */
export const THOUSAND_PER_TRILLION = 1e9;
/** The seed prints closes to one decimal: a difference up to half of that (plus float noise) is a match. */
export const CLOSE_TOLERANCE = 0.05 + 1e-6;
/** The seed prints assets to six significant figures: a relative difference below this is a match. */
export const ASSETS_TOLERANCE = 5e-6;
/** The seed writes its 2023 asset level as "万亿" (trillion); read in the table's own units it is 100 times larger. */
export const SEED_LEVEL_SCALE = 100;

/** One row of the seed's table beside our data. */
export interface Seed000Row {
  date: string;
  /** The seed's assets, trillion yen. */
  seedBoj: number;
  /** Our month-end assets of the same month, trillion yen (null if that month is not over in the edition). */
  ourMonthEnd: number | null;
  /** Whether the row's date is the month's last trading day (so it should equal our month-end figure). */
  monthEndRow: boolean;
  seedN225: number;
  /** Our close on that date (or the last before it). */
  ourN225: number | null;
}

export interface Seed000Datasets {
  rows: Seed000Row[];
  /** Our month-end assets (trillion yen) over the table's months, for the chart. */
  monthly: { date: string; value: number }[];
}

/**
 * Checks seed document 000 against the data: its table (are its closes the index's closes, its assets
 * the BOJ's?), the relation within its own twenty points, its 2023 asset low and its "2023 peak then
 * pull-back to about 34,000". Available only once the edition reaches the table's last date, so no
 * edition looks ahead.
 */
export function seed000Check(seed: Seed000, n225: Series, boj: Series, levels: BojSummary, known: boolean): { facts: FactTree; datasets: Seed000Datasets } {
  const ok = known && (n225.dates[n225.dates.length - 1] ?? '') >= seed.asOf;
  const bojBy = new Map(boj.dates.map((d, i) => [d.slice(0, 7), (boj.values[i] as number) / HUNDRED_MILLION_PER_TRILLION]));
  const rows: Seed000Row[] = ok
    ? seed.rows.map((r) => {
        const i = lastIndexOnOrBefore(n225, r.date);
        const next = n225.dates[i + 1];
        return {
          date: r.date,
          seedBoj: r.bojAssetsThousandYen / THOUSAND_PER_TRILLION,
          ourMonthEnd: bojBy.get(r.date.slice(0, 7)) ?? null,
          monthEndRow: n225.dates[i] === r.date && next !== undefined && next.slice(0, 7) !== r.date.slice(0, 7),
          seedN225: r.n225,
          ourN225: i >= 0 ? (n225.values[i] as number) : null,
        };
      })
    : [];
  const closeDiffs = rows.map((r) => (r.ourN225 === null ? Infinity : Math.abs(r.ourN225 - r.seedN225)));
  const meRows = rows.filter((r) => r.monthEndRow && r.ourMonthEnd !== null);
  const meDiffs = meRows.map((r) => Math.abs(r.seedBoj / (r.ourMonthEnd as number) - 1));
  const seedB = rows.map((r) => r.seedBoj);
  const seedN = rows.map((r) => r.seedN225);
  const tableLevelR = ok ? correlation(seedB, seedN) : null;
  const tableChangeR = ok ? correlation(changes(seedB), changes(seedN)) : null;

  // The 2023 claims: the year's lowest month-end assets, and the index's 2023 high against the pull-back level.
  const y = seed.claims.assetLow.year;
  const inYear = boj.dates.map((d, i) => [d, boj.values[i] as number] as const).filter(([d]) => d.startsWith(String(y)));
  const low = ok && inYear.length ? inYear.reduce((a, b) => (b[1] < a[1] ? b : a)) : null;
  const yearEnd = (yy: number) => boj.dates.map((d, i) => [d, boj.values[i] as number] as const).find(([d]) => d === `${yy}-12-01`);
  const decNow = yearEnd(y);
  const decBefore = yearEnd(y - 1);
  const seedLevel = seed.claims.assetLow.level * SEED_LEVEL_SCALE;
  const nearest = ok
    ? boj.dates
        .map((d, i) => [d, (boj.values[i] as number) / HUNDRED_MILLION_PER_TRILLION] as const)
        .reduce((a, b) => (Math.abs(b[1] - seedLevel) < Math.abs(a[1] - seedLevel) ? b : a))
    : null;
  const py = seed.claims.pullback.peakYear;
  const yr = ok ? indexRange(n225, `${py}-01-01`, `${py}-12-31`) : null;
  const hiI = yr ? argmax(n225.values, yr.from, yr.to) : -1;
  const after = ok ? indexRange(n225, `${py + 1}-01-01`, seed.asOf) : null;
  const peakI = after ? argmax(n225.values, after.from, after.to) : -1;
  const troughI = after && peakI >= 0 ? argmin(n225.values, peakI, after.to) : -1;
  let crossI = -1;
  for (let i = Math.max(peakI, 0); ok && peakI >= 0 && after && i <= after.to; i++) {
    if ((n225.values[i] as number) < seed.claims.pullback.level) {
      crossI = i;
      break;
    }
  }
  const hi2023 = hiI >= 0 ? (n225.values[hiI] as number) : null;
  const at = (i: number) => (i >= 0 ? (n225.dates[i] as string) : null);
  const val = (i: number) => (i >= 0 ? (n225.values[i] as number) : null);
  const first = rows[0];
  const last = rows[rows.length - 1];

  const facts = {
    available: flag(ok),
    asOf: date(seed.asOf),
    rows: count(seed.rows.length),
    first: date(seed.rows[0]?.date ?? null),
    last: date(seed.rows[seed.rows.length - 1]?.date ?? null),
    closes: {
      matching: count(closeDiffs.filter((d) => d <= CLOSE_TOLERANCE).length),
      maxDiff: pts(rows.length ? Math.max(...closeDiffs) : null),
      verdict: word(!ok ? 'unknown' : closeDiffs.every((d) => d <= CLOSE_TOLERANCE) ? 'agrees' : 'differs'),
    },
    monthEnds: {
      rows: count(meRows.length),
      matching: count(meDiffs.filter((d) => d <= ASSETS_TOLERANCE).length),
      maxDiff: pct(meDiffs.length ? Math.max(...meDiffs) : null),
      /** 'agrees': every month-end row equals our figure at six significant figures; 'close': all within 0.1 %. */
      verdict: word(!meDiffs.length ? 'unknown' : meDiffs.every((d) => d <= ASSETS_TOLERANCE) ? 'agrees' : meDiffs.every((d) => d < 0.001) ? 'close' : 'differs'),
    },
    table: {
      levelCorrelation: ratio(tableLevelR),
      levelSign: word(tableLevelR === null ? 'na' : tableLevelR >= 0 ? 'positive' : 'negative'),
      changeCorrelation: ratio(tableChangeR),
      changeSign: word(tableChangeR === null ? 'na' : tableChangeR >= 0 ? 'positive' : 'negative'),
      bojChange: pct(first && last ? last.seedBoj / first.seedBoj - 1 : null),
      /** Whether assets and the index ended the table's span on the same side of where they began. */
      together: word(
        !first || !last ? 'na' : last.seedBoj < first.seedBoj === last.seedN225 < first.seedN225 ? (last.seedN225 < first.seedN225 ? 'bothDown' : 'bothUp') : 'opposite',
      ),
      n225Change: pct(first && last ? last.seedN225 / first.seedN225 - 1 : null),
      /** 'levelsOnly': positive in levels, not in changes; 'agrees': positive in both; 'differs': not positive in levels. */
      verdict: word(tableLevelR === null || tableChangeR === null ? 'unknown' : tableLevelR > 0 && tableChangeR <= 0 ? 'levelsOnly' : tableLevelR > 0 ? 'agrees' : 'differs'),
    },
    relation: {
      seed: word(seed.claims.relation.sign),
      verdict: word(!ok ? 'unknown' : (levels.levelR ?? 0) > 0 && !levels.significant ? 'levelsOnly' : (levels.levelR ?? 0) > 0 ? 'agrees' : 'differs'),
    },
    assetLow: {
      year: year(y),
      seedAsWritten: ratio(seed.claims.assetLow.level),
      seedInTableUnits: count(seedLevel),
      low: ratio(low ? low[1] / HUNDRED_MILLION_PER_TRILLION : null),
      lowMonth: month(low ? low[0] : null),
      yearChange: pct(ok && decNow && decBefore ? decNow[1] / decBefore[1] - 1 : null),
      yearDirection: word(ok && decNow && decBefore && decNow[1] < decBefore[1] ? 'down' : 'up'),
      nearest: ratio(nearest ? nearest[1] : null),
      nearestMonth: month(nearest ? nearest[0] : null),
      verdict: word(!ok ? 'unknown' : low && Math.abs(low[1] / HUNDRED_MILLION_PER_TRILLION - seedLevel) / seedLevel < 0.005 ? 'agrees' : 'differs'),
    },
    pullback: {
      peakYear: year(py),
      level: count(seed.claims.pullback.level),
      high: pts(hi2023),
      highDate: date(at(hiI)),
      highBelowLevel: flag(hi2023 !== null && hi2023 < seed.claims.pullback.level),
      peak: pts(val(peakI)),
      peakDate: date(at(peakI)),
      firstBelow: date(at(crossI)),
      trough: pts(val(troughI)),
      troughDate: date(at(troughI)),
      peakToTrough: pct(peakI >= 0 && troughI >= 0 ? (val(troughI) as number) / (val(peakI) as number) - 1 : null),
      verdict: word(!ok ? 'unknown' : hi2023 !== null && hi2023 < seed.claims.pullback.level ? 'wrongYear' : 'agrees'),
    },
  } satisfies FactTree;
  const months = [...new Set(rows.map((r) => r.date.slice(0, 7)))];
  const monthly = months.flatMap((m) => {
    const v = bojBy.get(m);
    // Dated on the month's last day: the month-end figure belongs there on a chart of ten-day points.
    return v === undefined ? [] : [{ date: monthLastDay(m), value: v }];
  });
  return { facts, datasets: { rows, monthly } };
}

function monthLastDay(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

function argmax(xs: readonly number[], from: number, to: number): number {
  let k = from;
  for (let i = from; i <= to; i++) if ((xs[i] as number) > (xs[k] as number)) k = i;
  return k;
}

function argmin(xs: readonly number[], from: number, to: number): number {
  let k = from;
  for (let i = from; i <= to; i++) if ((xs[i] as number) < (xs[k] as number)) k = i;
  return k;
}
