import type { Constituent } from '../../lib/data/constituents';
import type { ConstituentChange } from '../../lib/data/constituent-changes';
import type { SectorMap, SeedTopTen } from '../../lib/data/curated/overview';
import { historyStart, membershipOn, namesFromHistory } from '../../lib/data/membership';
import { pickLocalized, type LocalizedText } from '../../lib/i18n/localized';
import { count, date, flag, pct, word, type Fact, type FactTree } from '../../lib/report/fact';

/** A count that is unknown (null) in editions before the change history. */
const maybeCount = (n: number | null): Fact<number | null> => ({ value: n, unit: 'count' });
import { monthOf } from '../overview/key';

/** Constituent counts of one industry or sector (counts, not index weights). */
export interface GroupCount extends LocalizedText {
  id: string;
  ja: string;
  sector: string;
  count: number;
}

/** What the constituent charts draw: every industry (in map order, zeros included) and every sector. */
export interface ConstituentDatasets {
  industries: GroupCount[];
  sectors: GroupCount[];
}

/** A word-fact id for an industry from its English name: "Electric machinery" -> "electricMachinery". */
export function industryId(en: string): string {
  const words = en
    .replace(/&/g, 'and')
    .split(/[^A-Za-z]+/)
    .filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('');
}

/** Month of the current constituent list in data/constituents.csv (see data/README.md). */
export const CONSTITUENTS_SNAPSHOT = '2026-07';

/**
 * Least share of an edition's members whose industry the data know for the sector mix to be drawn.
 * Industries come from the current list only, so members that have since left the index are
 * unclassified; below two thirds the mix would describe a different index, and the edition says so
 * instead of drawing it.
 */
export const MIN_CLASSIFIED_SHARE = 2 / 3;

/** The members on the edition's date with the industry the data give each (null for stocks no longer in the index). */
export interface EditionMembers {
  /** Codes of the members on the date, or null before the change history starts (unknown). */
  codes: string[] | null;
  /** Industry (Japanese name) by code, for members still in the current list. */
  industryOf: Map<string, string>;
  /** Japanese name by code: current list first, else the name in the change history. */
  nameOf: Map<string, string>;
}

/** The membership on `asOf` replayed from the current list through the change history. */
export function membersOn(asOf: string, current: readonly Constituent[], changes: readonly ConstituentChange[]): EditionMembers {
  const codes = membershipOn(asOf, { current: current.map((c) => c.code), changes });
  const industryOf = new Map(current.map((c) => [c.code, c.industry]));
  const nameOf = namesFromHistory(changes);
  for (const c of current) nameOf.set(c.code, c.name);
  return { codes, industryOf, nameOf };
}

/**
 * Counts of the edition's members by Nikkei industry and by sector (the curated 36→6 map). Members are
 * those on the edition's date (replayed from the change history); each is classified by its industry in
 * the current list, so members that left the index since are counted as unclassified and the shares are
 * of the classified members. Before the history starts (2000-03-28) the membership is unknown: no counts.
 */
export function constituentFacts(m: EditionMembers, changes: readonly ConstituentChange[], map: SectorMap, indexSize: number): { facts: FactTree; datasets: ConstituentDatasets } {
  const start = historyStart({ current: [], changes });
  const last = changes[changes.length - 1]?.date ?? null;
  const codes = m.codes ?? [];
  const byIndustry = new Map<string, number>();
  let classified = 0;
  for (const code of codes) {
    const ind = m.industryOf.get(code);
    if (ind === undefined) continue;
    classified += 1;
    byIndustry.set(ind, (byIndustry.get(ind) ?? 0) + 1);
  }
  const industries = map.industries.map((i) => ({ id: industryId(i.en), ja: i.ja, ...pickLocalized(i), sector: i.sector, count: byIndustry.get(i.ja) ?? 0 }));
  const sectors = map.sectors.map((s) => ({
    id: s.id,
    ja: s.ja,
    ...pickLocalized(s),
    sector: s.id,
    count: industries.filter((i) => i.sector === s.id).reduce((a, i) => a + i.count, 0),
  }));
  const total = codes.length;
  const share = (n: number) => (classified > 0 ? n / classified : null);
  const top = (gs: GroupCount[]) => gs.reduce((a, b) => (b.count > a.count ? b : a));
  const topIndustry = top(industries);
  const topSector = top(sectors);
  const present = industries.filter((i) => i.count > 0).length;
  const known = m.codes !== null;
  const mixShown = known && total > 0 && classified / total >= MIN_CLASSIFIED_SHARE;
  return {
    facts: {
      known: flag(known),
      historyStart: date(start),
      lastChange: date(last),
      count: maybeCount(known ? total : null),
      matchesProfile: flag(known && total === indexSize),
      shortBy: maybeCount(known ? indexSize - total : null),
      snapshot: monthOf(CONSTITUENTS_SNAPSHOT),
      classified: maybeCount(known ? classified : null),
      unclassified: maybeCount(known ? total - classified : null),
      allClassified: flag(known && classified === total),
      classifiedShare: pct(known && total > 0 ? classified / total : null),
      minClassifiedShare: pct(MIN_CLASSIFIED_SHARE),
      mixShown: flag(mixShown),
      industriesPresent: count(present),
      industriesMissing: count(map.industries.length - present),
      industriesTotal: count(map.industries.length),
      sectorsTotal: count(map.sectors.length),
      topIndustry: { id: word(topIndustry.id), count: count(topIndustry.count), share: pct(share(topIndustry.count)) },
      topSector: { id: word(topSector.id), count: count(topSector.count), share: pct(share(topSector.count)) },
      sectors: Object.fromEntries(sectors.map((s) => [s.id, { count: count(s.count), share: pct(share(s.count)) }])),
    },
    datasets: { industries, sectors },
  };
}

/** One row of the seed's top-ten table with its membership on the edition's date (by TSE code). */
export interface TopTenRow extends LocalizedText {
  rank: number;
  code: string;
  seedName: string;
  weight: number;
  currentName: string | null;
}

/**
 * The 2022 report's top-ten weights (a dated snapshot, mid-2022): their sum against its stated total
 * (agrees when equal at the printed decimals), and which were members on the edition's date. Shown in
 * editions from the snapshot's month on.
 */
export function seedTopTenFacts(t: SeedTopTen, m: EditionMembers, asOf: string, known: boolean): { facts: FactTree; rows: TopTenRow[] } {
  const members = new Set(m.codes ?? []);
  const out = t.entries.map((e) => ({
    rank: e.rank,
    code: e.code,
    ...pickLocalized(e),
    seedName: e.seedName,
    weight: e.weight,
    currentName: members.has(e.code) ? (m.nameOf.get(e.code) ?? null) : null,
  }));
  const sum = t.entries.reduce((a, e) => a + e.weight, 0);
  const scale = 10 ** (t.decimals + 2);
  const agrees = Math.round(sum * scale) === Math.round(t.claimedTopTenTotal * scale);
  return {
    facts: {
      available: flag(known && asOf.slice(0, 7) >= t.asOf),
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
