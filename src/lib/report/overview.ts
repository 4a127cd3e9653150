import { count, date, flag, pts, year, type FactTree } from './fact';

/** First day of the month the constituent weight cap took effect (the October 2022 review). */
export const WEIGHT_CAP_FROM = '2022-10-01';
import type { ChapterContext, ChapterResult } from './chapter';
import { constituentFacts, seedTopTenFacts, type ConstituentDatasets, type TopTenRow } from './overview-constituents';
import { bojFacts, covidFacts, tankanFacts, yenFacts, type YenDatasets } from './overview-factors';
import { eventFacts, eventsForEdition, historyFacts, type ShownEvent } from './overview-history';
import { keyFigures, monthOf } from './overview-key';
import type { IndexProfile } from '../data/curated/overview';
import type { DatedValue } from './statistics';

/** What the Overview chapter's charts and tables draw. */
export interface OverviewDatasets {
  /** Every close since the start of the data (the log-scale history). */
  history: DatedValue[];
  /** Events up to the edition's last close, numbered, with their close and daily move. */
  events: ShownEvent[];
  yen: YenDatasets;
  covid: DatedValue[];
  constituents: ConstituentDatasets;
  topTen: TopTenRow[];
  /** The curated profile (bilingual rules and their sources), for the profile table. */
  profile: IndexProfile;
}

/** Facts and datasets of the Overview chapter for one edition. */
export function overview(ctx: ChapterContext): ChapterResult<OverviewDatasets> {
  const { n225, usdjpy, bojAssets } = ctx.series;
  const c = ctx.curated.overview;
  const p = c.profile;
  const events = eventsForEdition(n225, c.events);
  const yen = yenFacts(n225, usdjpy, ctx.edition.asOf);
  const covid = covidFacts(n225, c.seedClaims.covidFall);
  const cons = constituentFacts(c.constituents, c.sectorMap, p, ctx.edition.asOf);
  const top = seedTopTenFacts(c.seedTopTen, c.constituents, ctx.edition.asOf);
  const facts: FactTree = {
    key: keyFigures(n225),
    profile: {
      asOf: date(p.asOf),
      /** The weight cap took effect with the October 2022 review. */
      weightCapInForce: flag(ctx.edition.asOf >= WEIGHT_CAP_FROM),
      baseDate: date(p.baseDate.value),
      baseValue: pts(p.baseValue.value),
      firstCalculated: date(p.firstCalculated.value),
      firstYear: year(Number(p.firstCalculated.value.slice(0, 4))),
      parValue: count(p.parValue.value),
      constituents: count(p.constituents.value),
      industries: count(p.industries.value),
      sectors: count(p.sectors.value),
      futures: Object.fromEntries(p.futures.map((f) => [f.id, monthOf(f.month)])),
    },
    history: { ...historyFacts(n225), eventsShown: count(events.length), eventsTotal: count(c.events.length) },
    events: eventFacts(c.events, events),
    yen: yen.facts,
    boj: bojFacts(n225, bojAssets),
    covid: covid.facts,
    tankan: tankanFacts(n225, c.tankan, c.seedClaims.tankanMove),
    constituents: cons.facts,
    seedTopTen: top.facts,
  };
  return {
    facts,
    datasets: {
      history: n225.dates.map((d, i) => ({ date: d, value: n225.values[i] as number })),
      events,
      yen: yen.datasets,
      covid: covid.datasets,
      constituents: cons.datasets,
      topTen: top.rows,
      profile: p,
    },
  };
}
