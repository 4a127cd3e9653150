import type { Constituent } from '../data/constituents';
import type { IndexProfile, SectorMap, SeedTopTen } from '../data/curated/overview';
import { count, flag, pct, word, type FactTree } from './fact';
import { monthOf } from './overview-key';

/** Constituent counts of one industry or sector (counts, not index weights). */
export interface GroupCount { id: string; ja: string; zh: string; en: string; sector: string; count: number }

/** What the constituent charts draw: every industry (in map order, zeros included) and every sector. */
export interface ConstituentDatasets { industries: GroupCount[]; sectors: GroupCount[] }

/** A word-fact id for an industry from its English name: "Electric machinery" -> "electricMachinery". */
export function industryId(en: string): string {
  const words = en.replace(/&/g, 'and').split(/[^A-Za-z]+/).filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
}

/** Month of the constituents snapshot in data/constituents.csv (see data/README.md). */
export const CONSTITUENTS_SNAPSHOT = '2026-07';

/**
 * Counts of constituents by Nikkei industry and by sector from the constituents file and the curated
 * 36→6 map, cross-checked with the profile's constituent count. The snapshot is compared with the
 * edition's as-of date so prose can say when the list is later than the edition.
 */
export function constituentFacts(rows: readonly Constituent[], map: SectorMap, profile: IndexProfile, asOf: string): { facts: FactTree; datasets: ConstituentDatasets } {
  const byIndustry = new Map<string, number>();
  for (const r of rows) byIndustry.set(r.industry, (byIndustry.get(r.industry) ?? 0) + 1);
  const industries = map.industries.map((i) => ({ id: industryId(i.en), ja: i.ja, zh: i.zh, en: i.en, sector: i.sector, count: byIndustry.get(i.ja) ?? 0 }));
  const sectors = map.sectors.map((s) => ({ id: s.id, ja: s.ja, zh: s.zh, en: s.en, sector: s.id, count: industries.filter((i) => i.sector === s.id).reduce((a, i) => a + i.count, 0) }));
  const total = rows.length;
  const top = (gs: GroupCount[]) => gs.reduce((a, b) => (b.count > a.count ? b : a));
  const topIndustry = top(industries);
  const topSector = top(sectors);
  const present = industries.filter((i) => i.count > 0).length;
  return {
    facts: {
      count: count(total),
      matchesProfile: flag(total === profile.constituents.value),
      snapshot: monthOf(CONSTITUENTS_SNAPSHOT),
      afterAsOf: flag(CONSTITUENTS_SNAPSHOT > asOf.slice(0, 7)),
      industriesPresent: count(present),
      industriesMissing: count(map.industries.length - present),
      industriesTotal: count(map.industries.length),
      sectorsTotal: count(map.sectors.length),
      topIndustry: { id: word(topIndustry.id), count: count(topIndustry.count), share: pct(topIndustry.count / total) },
      topSector: { id: word(topSector.id), count: count(topSector.count), share: pct(topSector.count / total) },
      sectors: Object.fromEntries(sectors.map((s) => [s.id, { count: count(s.count), share: pct(s.count / total) }])),
    },
    datasets: { industries, sectors },
  };
}

/** One row of the seed's top-ten table with its match in the constituents file (by TSE code). */
export interface TopTenRow { rank: number; code: string; zh: string; en: string; seedName: string; weight: number; currentName: string | null }

/**
 * The seed's top-ten weights (a dated snapshot, mid-2022): their sum against the seed's stated total
 * (agrees when equal at the seed's decimals), and which are still in the constituents file. Shown in
 * editions from the snapshot's year on.
 */
export function seedTopTenFacts(t: SeedTopTen, rows: readonly Constituent[], asOf: string): { facts: FactTree; rows: TopTenRow[] } {
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const out = t.entries.map((e) => ({ rank: e.rank, code: e.code, zh: e.zh, en: e.en, seedName: e.seedName, weight: e.weight, currentName: names.get(e.code) ?? null }));
  const sum = t.entries.reduce((a, e) => a + e.weight, 0);
  const scale = 10 ** (t.decimals + 2);
  const agrees = Math.round(sum * scale) === Math.round(t.claimedTopTenTotal * scale);
  return {
    facts: {
      available: flag(asOf.slice(0, 4) >= t.asOf.slice(0, 4)),
      asOf: monthOf(t.asOf),
      sum: pct(sum),
      claimed: pct(t.claimedTopTenTotal),
      verdict: word(agrees ? 'agrees' : 'differs'),
      first: { weight: pct(t.entries[0]!.weight) },
      weights: Object.fromEntries(t.entries.map((e) => [e.code, pct(e.weight)])),
      stillMembers: count(out.filter((r) => r.currentName !== null).length),
      allStillMembers: flag(out.every((r) => r.currentName !== null)),
      entries: count(out.length),
    },
    rows: out,
  };
}
