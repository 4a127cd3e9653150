import { count, type FactTree } from '../../lib/report/fact';
import type { ChapterContext, ChapterResult } from '../../lib/report/chapter';
import { bojFacts, covidFacts, tankanFacts, yenFacts, type YenDatasets } from './factors';
import { eventFacts, eventsForEdition, historyFacts, type ShownEvent } from './history';
import { keyFigures } from './key';
import { profileFacts, profileOn, type EditionProfile } from './profile';
import type { DatedValue } from '../../lib/data/series';

/** What the Overview chapter's charts and tables draw. */
export interface OverviewDatasets {
  /** Every close since the start of the data (the log-scale history). */
  history: DatedValue[];
  /** Events up to the edition's last close, numbered, with their close and daily move. */
  events: ShownEvent[];
  yen: YenDatasets;
  covid: DatedValue[];
  /** The curated profile as it stood on the edition's date (rules in force then, futures listed by then). */
  profile: EditionProfile;
}

/** Facts and datasets of the Overview chapter for one edition. */
export function overviewFacts(ctx: ChapterContext): ChapterResult<OverviewDatasets> {
  const { n225, usdjpy, bojAssets } = ctx.series;
  const c = ctx.curated.overview;
  const p = profileOn(c.profile, ctx.edition.asOf);
  const events = eventsForEdition(n225, c.events);
  const yen = yenFacts(n225, usdjpy, ctx.edition.asOf);
  const covid = covidFacts(n225, c.seedClaims.covidFall);
  const facts: FactTree = {
    key: keyFigures(n225),
    profile: profileFacts(p, ctx.edition.asOf),
    history: { ...historyFacts(n225), eventsShown: count(events.length), eventsTotal: count(c.events.length) },
    events: eventFacts(c.events, events),
    yen: yen.facts,
    boj: bojFacts(n225, bojAssets),
    covid: covid.facts,
    tankan: tankanFacts(n225, c.tankan, c.seedClaims.tankanMove),
  };
  return {
    facts,
    datasets: {
      history: n225.dates.map((d, i) => ({ date: d, value: n225.values[i] as number })),
      events,
      yen: yen.datasets,
      covid: covid.datasets,
      profile: p,
    },
  };
}
