import { z } from 'zod';
import type { ConstituentCloses, PriceFactor, TopixWeight } from '../index-weights';
import type { Constituent } from '../constituents';
import type { ConstituentChange } from '../constituent-changes';
import { isoDate } from '../schemas';
import { datedVariants, orderedValidity, validityFields } from './validity';
import { LOCALES } from '../../i18n/locales';
import { localizedFields, localizedText, type LocalizedText } from '../../i18n/localized';

/** The ISO date after `iso`. */
function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** Text in every language of the report (src/lib/i18n/localized.ts). */
export const bilingual = localizedText;
export type Bilingual = LocalizedText;

const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM');
const fraction = z.number().finite();

/** A text field of the profile that held over a span of dates (see validity.ts). */
const datedText = { value: bilingual, source: z.string(), ...validityFields };
const ruleVariants = datedVariants({ ...localizedFields, source: z.string() });

/**
 * data/curated/index-profile.json: the index's rules and history, each field with a source key. Every
 * rule that changed carries the dates it held (`from`, `until`, inclusive); an edition shows only the
 * variant in force on its as-of date (the presumed par value until September 2021, the price adjustment
 * factor from October 2021, the weight cap from October 2022 (12 %, then 11 % and 10 %), reviews once a year until 2022 and twice
 * from 2023, the First Section until the April 2022 market restructuring, Prime after it).
 * `asOf` is the date the profile was last checked against the sources; it is never shown in an edition
 * dated earlier.
 */
export const indexProfileSchema = z
  .object({
    asOf: isoDate,
    /** Each source once: a short tag for table cells and its full name. */
    sources: z.record(z.string(), z.object({ short: bilingual, full: bilingual })),
    name: z.object({ value: bilingual, source: z.string() }),
    publisher: z.object({ value: bilingual, source: z.string() }),
    baseDate: z.object({ value: isoDate, source: z.string() }),
    baseValue: z.object({ value: z.number().positive(), note: bilingual, source: z.string() }),
    firstCalculated: z.object({ value: isoDate, note: bilingual, source: z.string() }),
    weighting: z.object({ value: bilingual, source: z.string() }),
    parValue: z.object({ value: z.number().int().positive(), note: bilingual, source: z.string(), ...validityFields }).refine(orderedValidity, 'from ≤ until'),
    priceAdjustmentFactor: z.object(datedText).refine(orderedValidity, 'from ≤ until'),
    weightCap: datedVariants(datedText),
    review: datedVariants({ ...datedText, perYear: z.number().int().min(1).max(4) }),
    constituents: z.object({ value: z.number().int().positive(), source: z.string() }),
    universe: datedVariants({ ...datedText, market: z.enum(['firstSection', 'prime']) }),
    industries: z.object({ value: z.number().int().positive(), source: z.string() }),
    sectors: z.object({ value: z.number().int().positive(), source: z.string() }),
    futures: z.array(z.object({ id: z.string(), month: isoMonth, exchange: bilingual, short: bilingual, source: z.string(), ...validityFields })).min(1),
    rules: z.object({ eligibility: ruleVariants, periodicReview: ruleVariants, extraordinaryDeletion: ruleVariants, addition: ruleVariants, origin: ruleVariants }),
  })
  .superRefine((p, ctx) => {
    const used = [p.name, p.publisher, p.baseDate, p.baseValue, p.firstCalculated, p.weighting, p.parValue, p.priceAdjustmentFactor, ...p.weightCap, ...p.review, p.constituents, ...p.universe, p.industries, p.sectors, ...p.futures, ...Object.values(p.rules).flat()];
    for (const f of used) if (!(f.source in p.sources)) ctx.addIssue({ code: 'custom', message: `source "${f.source}" is not listed under "sources"`, path: ['sources'] });
    // The par-value note repeats the number in words for the profile table; it must say the same number.
    for (const l of LOCALES) {
      if (!p.parValue.note[l].includes(String(p.parValue.value))) ctx.addIssue({ code: 'custom', message: `the ${l} note must state the value ${p.parValue.value}`, path: ['parValue', 'note', l] });
    }
    // The price adjustment factor replaced the presumed par value: the two spans must meet, not overlap or leave a gap.
    if (p.parValue.until === null || p.priceAdjustmentFactor.from === null || nextDay(p.parValue.until) !== p.priceAdjustmentFactor.from) {
      ctx.addIssue({ code: 'custom', message: 'priceAdjustmentFactor.from must be the day after parValue.until (one replaced the other)', path: ['priceAdjustmentFactor', 'from'] });
    }
    // A futures listing holds from the first day of its month.
    p.futures.forEach((f, i) => {
      if (f.from !== `${f.month}-01`) ctx.addIssue({ code: 'custom', message: `from must be ${f.month}-01, the first day of the listing month`, path: ['futures', i, 'from'] });
    });
  });
export type IndexProfile = z.infer<typeof indexProfileSchema>;

export const EVENT_KINDS = ['fall', 'low', 'high', 'policy'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** data/curated/events.json: dated market events; values on those dates come from the index series. */
export const eventsSchema = z
  .object({
    source: z.string(),
    asOf: isoDate,
    events: z.array(z.object({ id: z.string().regex(/^[a-z][A-Za-z0-9]*$/), date: isoDate, kind: z.enum(EVENT_KINDS), label: bilingual })).min(1),
  })
  .superRefine((f, ctx) => {
    f.events.forEach((e, i) => {
      const prev = f.events[i - 1];
      if (prev && e.date <= prev.date) ctx.addIssue({ code: 'custom', message: `events in strictly increasing date order (${e.date} follows ${prev.date})`, path: ['events', i, 'date'] });
      if (f.events.findIndex((x) => x.id === e.id) !== i) ctx.addIssue({ code: 'custom', message: `duplicate event id "${e.id}"`, path: ['events', i, 'id'] });
    });
  });
export type MarketEvent = z.infer<typeof eventsSchema>['events'][number];

/** data/curated/sector-map.json: Nikkei's 36 industries (Japanese names as in the constituents file) → 6 sectors. */
export const sectorMapSchema = z
  .object({
    source: z.string(),
    asOf: isoDate,
    sectors: z.array(bilingual.extend({ id: z.string(), ja: z.string() })).length(6),
    industries: z.array(bilingual.extend({ ja: z.string(), sector: z.string() })).length(36),
  })
  .superRefine((m, ctx) => {
    const ids = new Set(m.sectors.map((s) => s.id));
    if (ids.size !== m.sectors.length) ctx.addIssue({ code: 'custom', message: 'sector ids are unique', path: ['sectors'] });
    m.industries.forEach((ind, i) => {
      if (!ids.has(ind.sector)) ctx.addIssue({ code: 'custom', message: `unknown sector "${ind.sector}"`, path: ['industries', i, 'sector'] });
      if (m.industries.findIndex((x) => x.ja === ind.ja) !== i) ctx.addIssue({ code: 'custom', message: `industry "${ind.ja}" listed twice`, path: ['industries', i, 'ja'] });
    });
  });
export type SectorMap = z.infer<typeof sectorMapSchema>;

/** data/curated/seed-003-top10-weights.json: the seed's top-ten weights, a dated snapshot. */
export const seedTopTenSchema = z.object({
  source: bilingual,
  asOf: isoMonth,
  asOfNote: bilingual,
  claimedTopTenTotal: fraction,
  decimals: z.number().int().min(0),
  entries: z.array(z.object({ rank: z.number().int().positive(), code: z.string().regex(/^[0-9][0-9A-Z]{3}$/), seedName: z.string(), ...localizedFields, weight: fraction })).length(10),
});
export type SeedTopTen = z.infer<typeof seedTopTenSchema>;

/** data/curated/seed-003-overview-claims.json: seed figures the Overview checks against the data. */
export const seedOverviewClaimsSchema = z.object({
  source: z.string(),
  covidFall: z.object({ value: fraction, decimals: z.number().int().min(0), bound: z.enum(['moreThan', 'about']), quote: z.string(), note: z.string() }),
  tankanMove: z.object({ value: fraction, decimals: z.number().int().min(0), quote: z.string(), note: z.string() }),
  /** Chapter 3's split of the index's companies into large, mid and small (shares of the count; classes not named). */
  sizeSplit: z.object({ large: fraction, mid: fraction, small: fraction, decimals: z.number().int().min(0), quote: z.string(), section: z.string(), note: z.string() }),
});
export type SeedOverviewClaims = z.infer<typeof seedOverviewClaimsSchema>;

/** data/curated/tankan-releases.json: publication dates of Tankan surveys the report refers to. */
export const tankanReleasesSchema = z.object({
  source: z.string(),
  releases: z.array(z.object({ date: isoDate, survey: bilingual, note: bilingual })).min(1),
});
export type TankanReleases = z.infer<typeof tankanReleasesSchema>;

/** Hand-kept facts the Overview chapter reads from data/curated/, plus the constituents file validated against the sector map. */
export interface OverviewCurated {
  profile: IndexProfile;
  events: MarketEvent[];
  sectorMap: SectorMap;
  seedTopTen: SeedTopTen;
  seedClaims: SeedOverviewClaims;
  tankan: TankanReleases;
  constituents: Constituent[];
  /** Nikkei's constituent-change history from 2000, replayed back from `constituents` for past editions. */
  changes: ConstituentChange[];
  /** Nikkei's price adjustment factors of one date (n225-price-factors.csv): weights are computed from them, the file is never offered. */
  factors: PriceFactor[];
  /** Constituent and index closes over the dates the factors hold (n225-constituent-closes.csv). */
  closes: ConstituentCloses;
  /** JPX's TOPIX weights of one date (topix-weights.csv): free-float market-cap weights, size classes. */
  topixWeights: TopixWeight[];
}
