import type { ConstituentCloses, PriceFactor } from '../../lib/data/index-weights';
import type { SectorMap } from '../../lib/data/curated/overview';
import { localeSpec, type Locale } from '../../lib/i18n/locales';
import { pickLocalized, type LocalizedText } from '../../lib/i18n/localized';
import { count, date, flag, pct, pts, ratio, word, type FactTree } from '../../lib/report/fact';
import { industryId } from './constituents';

/**
 * The weight cap Nikkei applies at each periodic review, by the date it took effect (fraction of the
 * index): 12 % from October 2022, 11 % from October 2023, 10 % from October 2024, as in the dated
 * `weightCap` lines of data/curated/index-profile.json (a unit test holds the two together). A stock's
 * weight may drift above the level between reviews; the cap is applied through its factor at a review.
 */
export const WEIGHT_CAP_LEVELS: readonly { from: string; level: number }[] = [
  { from: '2022-10-01', level: 0.12 },
  { from: '2023-10-01', level: 0.11 },
  { from: '2024-10-01', level: 0.1 },
];

/** The cap level in force on `d` (ISO), or null before the cap existed. */
export function capLevelOn(d: string): number | null {
  return WEIGHT_CAP_LEVELS.findLast((c) => c.from <= d)?.level ?? null;
}

/** TSE codes of the two companies the 2022 report compares in its §1.2. */
const FAST_RETAILING = '9983';
const TOYOTA = '7203';

/** How many constituents the top list and the contribution chart show at each end. */
export const TOP_N = 10;

/**
 * The index's divisor on each date: Σ(close × factor) ÷ index close. Constant while the factors hold;
 * its spread is bounded by the rounding of the published index close to 0.01 points.
 */
export function divisors(factors: readonly PriceFactor[], closes: ConstituentCloses, upto: number): number[] {
  return closes.index.slice(0, upto).map((ix, d) => factors.reduce((a, f) => a + closes.closes.get(f.code)![d]! * f.factor, 0) / ix);
}

/** One constituent's weight on a date. */
export interface WeightRow {
  rank: number;
  code: string;
  /** Japanese company name as Nikkei publishes it. */
  name: string;
  industry: string;
  /** Sector id of the curated map. */
  sector: string;
  /** Close (JPY) × price adjustment factor ÷ Σ over the index, as a fraction. */
  weight: number;
}

/** Index weight and constituent count of one industry or sector. */
export interface GroupWeight extends LocalizedText {
  id: string;
  ja: string;
  sector: string;
  count: number;
  weight: number;
}

/** One constituent's contribution to the index's move over the covered days (index points). */
export interface ContributionRow {
  code: string;
  name: string;
  sector: string;
  points: number;
}

export interface WeightDatasets {
  /** The ten largest weights on the last covered day. */
  top: WeightRow[];
  /** Every member's weight on the last covered day, largest first. */
  all: WeightRow[];
  sectors: GroupWeight[];
  industries: GroupWeight[];
  /** Every constituent's contribution, largest rise first. */
  contributions: ContributionRow[];
}

/**
 * Weights and concentration of the Nikkei 225 from Nikkei's price adjustment factors and the
 * constituents' closes, over the covered dates on or before the edition (`asOf`). Shown only from the
 * factors' own date on, so no edition before it presents them. Weight_i = close_i × factor_i ÷ Σ(close ×
 * factor); the divisor is Σ ÷ index close; contribution_i = (close_i,last − close_i,first) × factor_i ÷
 * divisor (points), which add up to the index's move while the factors and the divisor hold.
 */
export function weightFacts(factors: readonly PriceFactor[], closes: ConstituentCloses, map: SectorMap, asOf: string): { facts: FactTree; datasets: WeightDatasets } {
  const sectorOf = new Map(map.industries.map((i) => [i.ja, i.sector]));
  const sectorJa = new Map(map.sectors.map((s) => [s.id, s.ja]));
  for (const f of factors) {
    if (!closes.closes.has(f.code)) throw new Error(`data/n225-constituent-closes.csv: no closes for ${f.code} (${f.name}), a constituent in data/n225-price-factors.csv`);
    if (sectorJa.get(sectorOf.get(f.industry)!) !== f.sector)
      throw new Error(`data/n225-price-factors.csv:${f.line}:6: "${f.sector}" breaks the rule: the sector of industry ${f.industry} in data/curated/sector-map.json`);
  }
  if (closes.closes.size !== factors.length)
    throw new Error(`data/n225-constituent-closes.csv: ${closes.closes.size} constituents, but data/n225-price-factors.csv has ${factors.length}`);
  const factorDate = factors[0]!.date;
  const upto = closes.dates.filter((d) => d <= asOf).length;
  const available = asOf >= factorDate && upto > 0;
  const empty: WeightDatasets = { top: [], all: [], sectors: [], industries: [], contributions: [] };
  if (!available) return { facts: { available: flag(false), factorDate: date(factorDate) }, datasets: empty };

  const last = upto - 1;
  const divs = divisors(factors, closes, upto);
  const divisor = divs[last]!;
  // The factors must hold on every covered day: each day's divisor agrees with the last day's within the
  // rounding of two published index closes (0.005 points each). A later factor file ingested with older
  // closes (or the reverse) stops the build here instead of giving weights that are not the index's.
  divs.forEach((d, i) => {
    const bound = 0.005 * (d / closes.index[i]! + divisor / closes.index[last]!);
    if (Math.abs(d - divisor) > bound * 1.0001)
      throw new Error(
        `data/n225-price-factors.csv (${factorDate}) does not fit data/n225-constituent-closes.csv on ${closes.dates[i]}: the divisor is ${d.toFixed(6)} there and ${divisor.toFixed(6)} on ${closes.dates[last]} (the factors changed between them; ingest closes and factors of the same dates)`,
      );
  });
  const at = (code: string, d: number) => closes.closes.get(code)![d]!;
  const sum = factors.reduce((a, f) => a + at(f.code, last) * f.factor, 0);
  const all = factors
    .map((f) => ({ code: f.code, name: f.name, industry: f.industry, sector: sectorOf.get(f.industry)!, weight: (at(f.code, last) * f.factor) / sum }))
    .sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code))
    .map((w, i) => ({ rank: i + 1, ...w }));
  const top = all.slice(0, TOP_N);
  const weightOf = (c: string) => all.find((w) => w.code === c)?.weight ?? null;
  const topShare = top.reduce((a, w) => a + w.weight, 0);

  const group = (key: 'industry' | 'sector', id: string) => all.filter((w) => w[key] === id);
  const industries = map.industries.map((i) => {
    const m = group('industry', i.ja);
    return { id: industryId(i.en), ja: i.ja, ...pickLocalized(i), sector: i.sector, count: m.length, weight: m.reduce((a, w) => a + w.weight, 0) };
  });
  const sectors = map.sectors.map((s) => {
    const m = group('sector', s.id);
    return { id: s.id, ja: s.ja, ...pickLocalized(s), sector: s.id, count: m.length, weight: m.reduce((a, w) => a + w.weight, 0) };
  });
  const heaviest = <T extends { weight: number }>(gs: T[]) => gs.reduce((a, b) => (b.weight > a.weight ? b : a));
  const topSector = heaviest(sectors);
  const topIndustry = heaviest(industries);

  // The cap: weights on each covered day against the level in force that day.
  const dayWeights = Array.from({ length: upto }, (_, d) => {
    const s = factors.reduce((a, f) => a + at(f.code, d) * f.factor, 0);
    return factors.map((f) => (at(f.code, d) * f.factor) / s);
  });
  const cap = capLevelOn(closes.dates[last]!);
  const maxByDay = dayWeights.map((ws) => Math.max(...ws));
  const maxDay = maxByDay.indexOf(Math.max(...maxByDay));
  const aboveCap = cap === null ? 0 : all.filter((w) => w.weight > cap).length;
  const daysAboveCap = cap === null ? 0 : maxByDay.filter((m, d) => m > (capLevelOn(closes.dates[d]!) ?? Infinity)).length;

  const contributions = factors
    .map((f) => ({ code: f.code, name: f.name, sector: sectorOf.get(f.industry)!, points: ((at(f.code, last) - at(f.code, 0)) * f.factor) / divisor }))
    .sort((a, b) => b.points - a.points || a.code.localeCompare(b.code));
  const contributionSum = contributions.reduce((a, c) => a + c.points, 0);
  const indexMove = closes.index[last]! - closes.index[0]!;
  const rises = contributions.filter((c) => c.points > 0);
  const up = contributions[0]!;
  const down = contributions[contributions.length - 1]!;
  const topRise = rises.slice(0, TOP_N).reduce((a, c) => a + c.points, 0);

  return {
    facts: {
      available: flag(true),
      factorDate: date(factorDate),
      first: date(closes.dates[0]!),
      last: date(closes.dates[last]!),
      days: count(upto),
      /** The edition is later than the last covered day: the weights are those of their own date. */
      endsBeforeEdition: flag(closes.dates[last]! < asOf),
      divisor: ratio(divisor),
      divisorMin: ratio(Math.min(...divs)),
      divisorMax: ratio(Math.max(...divs)),
      constituents: count(factors.length),
      top: Object.fromEntries(top.map((w) => [`r${w.rank}`, { weight: pct(w.weight), code: word(w.code) }])),
      topShare: pct(topShare),
      topCount: count(top.length),
      /** Weight of the top ten against the share they would have with equal weights. */
      topShareMultiple: ratio(topShare / (top.length / factors.length)),
      smallest: pct(all[all.length - 1]!.weight),
      median: pct(all[Math.floor(all.length / 2)]!.weight),
      /** The 2022 report's example pair (§1.2): Fast Retailing (9983) against Toyota Motor (7203). */
      pair: {
        fastRetailing: pct(weightOf(FAST_RETAILING)),
        toyota: pct(weightOf(TOYOTA)),
        multiple: ratio(weightOf(FAST_RETAILING) !== null && weightOf(TOYOTA) ? weightOf(FAST_RETAILING)! / weightOf(TOYOTA)! : null),
      },
      cap: {
        inForce: flag(cap !== null),
        level: pct(cap),
        above: count(aboveCap),
        anyAbove: flag(aboveCap > 0),
        daysAbove: count(daysAboveCap),
        maxWeight: pct(maxByDay[maxDay]!),
        maxDate: date(closes.dates[maxDay]!),
      },
      topSector: { id: word(topSector.id), weight: pct(topSector.weight), countShare: pct(topSector.count / factors.length) },
      topIndustry: { id: word(topIndustry.id), weight: pct(topIndustry.weight), count: count(topIndustry.count) },
      sectors: Object.fromEntries(sectors.map((s) => [s.id, { weight: pct(s.weight), count: count(s.count), countShare: pct(s.count / factors.length) }])),
      contribution: {
        indexFirst: pts(closes.index[0]!),
        indexLast: pts(closes.index[last]!),
        indexMove: pts(indexMove),
        indexReturn: pct(closes.index[last]! / closes.index[0]! - 1),
        direction: word(indexMove < 0 ? 'down' : 'up'),
        sum: pts(contributionSum),
        rising: count(rises.length),
        falling: count(contributions.filter((c) => c.points < 0).length),
        topRise: pts(topRise),
        up: { points: pts(up.points), code: word(up.code) },
        down: { points: pts(down.points), code: word(down.code) },
      },
    },
    datasets: { top, all, sectors, industries, contributions },
  };
}

/**
 * A company as the contributions chart and its table name it: its name (in the data's Japanese) and its
 * securities code in brackets, as each language sets them: "三菱商事（8058）", "三菱商事 (8058)".
 */
export function companyLabel(c: Pick<ContributionRow, 'name' | 'code'>, locale: Locale): string {
  return localeSpec(locale).spacedWords ? `${c.name} (${c.code})` : `${c.name}（${c.code}）`;
}

/** The contributions the chart shows: the TOP_N largest rises, then the TOP_N largest falls (input sorted largest rise first). */
export function shownContributions(c: readonly ContributionRow[]): ContributionRow[] {
  return [...c.filter((x) => x.points > 0).slice(0, TOP_N), ...c.filter((x) => x.points < 0).slice(-TOP_N)];
}
