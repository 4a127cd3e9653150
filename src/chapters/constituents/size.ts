import type { TopixWeight, SizeClass } from '../../lib/data/index-weights';
import type { SeedOverviewClaims } from '../../lib/data/curated/overview';
import { count, date, flag, pct, word, type FactTree } from '../../lib/report/fact';

/** How many of the largest members the size table lists. */
export const SIZE_TOP_N = 20;

/** The report's four size groups: JPX's Core30, Large70, Mid400, and Small (Small 1 and Small 2 together). */
export const SIZE_GROUPS = ['core30', 'large70', 'mid400', 'small'] as const;
export type SizeGroup = (typeof SIZE_GROUPS)[number];

/** The size group of a TOPIX size class. */
export function sizeGroupOf(c: SizeClass): SizeGroup {
  return c === 'TOPIX Core30' ? 'core30' : c === 'TOPIX Large70' ? 'large70' : c === 'TOPIX Mid400' ? 'mid400' : 'small';
}

/** One member ranked by its TOPIX weight (free-float market cap). */
export interface SizeRow {
  rank: number;
  code: string;
  name: string;
  sector33: string;
  /** Weight in TOPIX, a fraction: proportional to free-float market cap. */
  topixWeight: number;
  group: SizeGroup;
}

/** Members and TOPIX weight of one size group. */
export interface SizeGroupRow {
  id: SizeGroup;
  /** Nikkei 225 members in the group. */
  members: number;
  /** TOPIX stocks in the group (all listed stocks of that class). */
  inTopix: number;
  /** Σ TOPIX weight of the group's Nikkei 225 members. */
  topixWeight: number;
}

export interface SizeDatasets {
  top: SizeRow[];
  groups: SizeGroupRow[];
}

/**
 * The Nikkei 225 by size on the date of JPX's TOPIX weight file: members (`members`, the codes on that
 * date, replayed from the change history) ranked by TOPIX weight, which is proportional to free-float
 * market capitalisation (no yen market caps are in the data), and split by TOPIX size class. Shown only
 * in editions on or after the file's date. A member missing from the TOPIX file is an error naming it.
 */
export function sizeFacts(
  weights: readonly TopixWeight[],
  members: readonly string[] | null,
  claims: SeedOverviewClaims['sizeSplit'],
  asOf: string,
): { facts: FactTree; datasets: SizeDatasets } {
  const fileDate = weights[0]!.date;
  if (asOf < fileDate || members === null) return { facts: { available: flag(false), date: date(fileDate) }, datasets: { top: [], groups: [] } };
  const byCode = new Map(weights.map((w) => [w.code, w]));
  const rows = members.map((c) => {
    const w = byCode.get(c);
    if (!w) throw new Error(`data/topix-weights.csv: no TOPIX weight for ${c}, a Nikkei 225 member on ${fileDate}`);
    return w;
  });
  const ranked = [...rows].sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code));
  const total = ranked.reduce((a, w) => a + w.weight, 0);
  const top = ranked
    .slice(0, SIZE_TOP_N)
    .map((w, i) => ({ rank: i + 1, code: w.code, name: w.name, sector33: w.sector33, topixWeight: w.weight, group: sizeGroupOf(w.sizeClass) }));
  const groups = SIZE_GROUPS.map((id) => {
    const m = rows.filter((w) => sizeGroupOf(w.sizeClass) === id);
    return { id, members: m.length, inTopix: weights.filter((w) => sizeGroupOf(w.sizeClass) === id).length, topixWeight: m.reduce((a, w) => a + w.weight, 0) };
  });
  const n = rows.length;
  const g = (id: SizeGroup) => groups.find((x) => x.id === id)!;
  const large = g('core30').members + g('large70').members;
  const topShare = top.reduce((a, w) => a + w.topixWeight, 0);
  const ratio = ranked[0]!.weight / ranked[ranked.length - 1]!.weight;
  return {
    facts: {
      available: flag(true),
      date: date(fileDate),
      members: count(n),
      topixStocks: count(weights.length),
      /** Share of TOPIX's free-float market cap held by the Nikkei 225 members. */
      topixShare: pct(total),
      topCount: count(top.length),
      top: Object.fromEntries(top.map((w) => [`r${w.rank}`, { weight: pct(w.topixWeight), shareOfMembers: pct(w.topixWeight / total) }])),
      /** The top twenty's share of the members' combined free-float market cap. */
      topShare: pct(topShare / total),
      largestToSmallest: { value: { value: ratio, unit: 'ratio' }, largest: word(ranked[0]!.code), smallest: word(ranked[ranked.length - 1]!.code) },
      groups: Object.fromEntries(
        groups.map((x) => [
          x.id,
          { members: count(x.members), share: pct(x.members / n), inTopix: count(x.inTopix), topixWeight: pct(x.topixWeight), weightShare: pct(x.topixWeight / total) },
        ]),
      ),
      large: { members: count(large), share: pct(large / n) },
      seed: { large: pct(claims.large), mid: pct(claims.mid), small: pct(claims.small) },
    },
    datasets: { top, groups },
  };
}
