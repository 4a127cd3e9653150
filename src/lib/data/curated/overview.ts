import { z } from 'zod';
import type { Constituent } from '../constituents';
import { isoDate } from '../schemas';

/** Text in both report languages. */
export const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) });
export type Bilingual = z.infer<typeof bilingual>;

const isoMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month written YYYY-MM');
const fraction = z.number().finite();

/** data/curated/index-profile.json: the index's rules and history, each field with a source key. */
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
    parValue: z.object({ value: z.number().int().positive(), note: bilingual, source: z.string() }),
    weightCap: z.object({ value: bilingual, source: z.string() }),
    review: z.object({ value: bilingual, source: z.string() }),
    constituents: z.object({ value: z.number().int().positive(), source: z.string() }),
    universe: z.object({ value: bilingual, source: z.string() }),
    industries: z.object({ value: z.number().int().positive(), source: z.string() }),
    sectors: z.object({ value: z.number().int().positive(), source: z.string() }),
    futures: z.array(z.object({ id: z.string(), month: isoMonth, exchange: bilingual, short: bilingual, source: z.string() })).min(1),
    rules: z.record(z.enum(['eligibility', 'periodicReview', 'extraordinaryDeletion', 'addition', 'origin']), bilingual.extend({ source: z.string() })),
  })
  .superRefine((p, ctx) => {
    const used = [p.name, p.publisher, p.baseDate, p.baseValue, p.firstCalculated, p.weighting, p.parValue, p.weightCap, p.review, p.constituents, p.universe, p.industries, p.sectors, ...p.futures, ...Object.values(p.rules)];
    for (const f of used) if (!(f.source in p.sources)) ctx.addIssue({ code: 'custom', message: `source "${f.source}" is not listed under "sources"`, path: ['sources'] });
    // The par-value note repeats the number in words for the profile table; it must say the same number.
    for (const l of ['zh', 'en'] as const) {
      if (!p.parValue.note[l].includes(String(p.parValue.value))) ctx.addIssue({ code: 'custom', message: `the ${l} note must state the value ${p.parValue.value}`, path: ['parValue', 'note', l] });
    }
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
  entries: z.array(z.object({ rank: z.number().int().positive(), code: z.string().regex(/^[0-9][0-9A-Z]{3}$/), seedName: z.string(), zh: z.string(), en: z.string(), weight: fraction })).length(10),
});
export type SeedTopTen = z.infer<typeof seedTopTenSchema>;

/** data/curated/seed-003-overview-claims.json: seed figures the Overview checks against the data. */
export const seedOverviewClaimsSchema = z.object({
  source: z.string(),
  covidFall: z.object({ value: fraction, decimals: z.number().int().min(0), bound: z.enum(['moreThan', 'about']), quote: z.string(), note: z.string() }),
  tankanMove: z.object({ value: fraction, decimals: z.number().int().min(0), quote: z.string(), note: z.string() }),
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
}
