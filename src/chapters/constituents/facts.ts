import type { ChapterContext, ChapterResult } from '../../lib/report/chapter';
import type { FactTree } from '../../lib/report/fact';
import { changeFacts, type ChangeDatasets } from './changes';
import { constituentFacts, membersOn, seedTopTenFacts, type ConstituentDatasets, type TopTenRow } from './constituents';
import { sizeFacts, type SizeDatasets } from './size';
import { weightFacts, type WeightDatasets } from './weights';

/** What the Constituents chapter's charts and tables draw. */
export interface ConstituentsDatasets {
  constituents: ConstituentDatasets;
  topTen: TopTenRow[];
  /** Weights from Nikkei's price adjustment factors (empty before the factors' date). */
  weights: WeightDatasets;
  /** Members by free-float size from JPX's TOPIX weights (empty before the file's date). */
  size: SizeDatasets;
  /** The constituent-change history up to the edition. */
  changes: ChangeDatasets;
}

/**
 * Facts and datasets of the Constituents chapter for one edition: the members on the edition's date
 * (their own facts are the chapter's top level, `constituents.count`), the check of the 2022 report's top
 * ten, weights, free-float size and the constituent-change history.
 */
export function constituentsFacts(ctx: ChapterContext): ChapterResult<ConstituentsDatasets> {
  const c = ctx.curated.overview;
  const members = membersOn(ctx.edition.asOf, c.constituents, c.changes);
  // Members that left the index after the factor file's date are classified by their industry in that file.
  for (const f of c.factors) if (!members.industryOf.has(f.code)) members.industryOf.set(f.code, f.industry);
  const cons = constituentFacts(members, c.changes, c.sectorMap, c.profile.constituents.value);
  const top = seedTopTenFacts(c.seedTopTen, members, ctx.edition.asOf, ctx.knows.r2022);
  const weights = weightFacts(c.factors, c.closes, c.sectorMap, ctx.edition.asOf);
  const sizeDate = c.topixWeights[0]!.date;
  const size = sizeFacts(c.topixWeights, membersOn(sizeDate, c.constituents, c.changes).codes, c.seedClaims.sizeSplit, ctx.edition.asOf);
  const changes = changeFacts(c.changes, members.industryOf, c.sectorMap, ctx.edition.asOf, ctx.edition.statsWindow.start);
  const facts: FactTree = {
    ...cons.facts,
    seedTopTen: top.facts,
    weights: weights.facts,
    size: size.facts,
    changes: changes.facts,
  };
  return {
    facts,
    datasets: { constituents: cons.datasets, topTen: top.rows, weights: weights.datasets, size: size.datasets, changes: changes.datasets },
  };
}
