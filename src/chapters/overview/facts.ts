import { count, type FactTree } from '../../lib/report/fact';
import type { ChapterContext, ChapterResult } from '../../lib/report/chapter';
import { constituentFacts, membersOn, seedTopTenFacts, type ConstituentDatasets, type TopTenRow } from './constituents';
import { bojFacts, covidFacts, tankanFacts, yenFacts, type YenDatasets } from './factors';
import { eventFacts, eventsForEdition, historyFacts, type ShownEvent } from './history';
import { keyFigures } from './key';
import { profileFacts, profileOn, type EditionProfile } from './profile';
import type { DatedValue } from '../../lib/data/series';
import { changeFacts, type ChangeDatasets } from './changes';
import { sizeFacts, type SizeDatasets } from './size';
import { weightFacts, type WeightDatasets } from './weights';

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
  /** The curated profile as it stood on the edition's date (rules in force then, futures listed by then). */
  profile: EditionProfile;
  /** Weights from Nikkei's price adjustment factors (empty before the factors' date). */
  weights: WeightDatasets;
  /** Members by free-float size from JPX's TOPIX weights (empty before the file's date). */
  size: SizeDatasets;
  /** The constituent-change history up to the edition. */
  changes: ChangeDatasets;
}

/** Facts and datasets of the Overview chapter for one edition. */
export function overviewFacts(ctx: ChapterContext): ChapterResult<OverviewDatasets> {
  const { n225, usdjpy, bojAssets } = ctx.series;
  const c = ctx.curated.overview;
  const p = profileOn(c.profile, ctx.edition.asOf);
  const members = membersOn(ctx.edition.asOf, c.constituents, c.changes);
  // Members that left the index after the factor file's date are classified by their industry in that file.
  for (const f of c.factors) if (!members.industryOf.has(f.code)) members.industryOf.set(f.code, f.industry);
  const events = eventsForEdition(n225, c.events);
  const yen = yenFacts(n225, usdjpy, ctx.edition.asOf);
  const covid = covidFacts(n225, c.seedClaims.covidFall);
  const cons = constituentFacts(members, c.changes, c.sectorMap, c.profile.constituents.value);
  const top = seedTopTenFacts(c.seedTopTen, members, ctx.edition.asOf, ctx.knows.r2022);
  const weights = weightFacts(c.factors, c.closes, c.sectorMap, ctx.edition.asOf);
  const sizeDate = c.topixWeights[0]!.date;
  const size = sizeFacts(c.topixWeights, membersOn(sizeDate, c.constituents, c.changes).codes, c.seedClaims.sizeSplit, ctx.edition.asOf);
  const changes = changeFacts(c.changes, members.industryOf, c.sectorMap, ctx.edition.asOf, ctx.edition.statsWindow.start);
  const facts: FactTree = {
    key: keyFigures(n225),
    profile: profileFacts(p, ctx.edition.asOf),
    history: { ...historyFacts(n225), eventsShown: count(events.length), eventsTotal: count(c.events.length) },
    events: eventFacts(c.events, events),
    yen: yen.facts,
    boj: bojFacts(n225, bojAssets),
    covid: covid.facts,
    tankan: tankanFacts(n225, c.tankan, c.seedClaims.tankanMove),
    constituents: cons.facts,
    seedTopTen: top.facts,
    weights: weights.facts,
    size: size.facts,
    changes: changes.facts,
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
      weights: weights.datasets,
      size: size.datasets,
      changes: changes.datasets,
    },
  };
}
