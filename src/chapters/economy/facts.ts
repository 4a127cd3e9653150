import type { ChapterContext, ChapterResult } from '../../lib/report/chapter';
import { flag, isAvailable, type FactTree } from '../../lib/report/fact';
import { covidWaves, type CovidDatasets } from './covid';
import { cpiInflation, fxRelation, gdpGrowth, type EconomySeriesDatasets } from './economy';
import { gdpParts, type GdpPartsDatasets } from './gdp-parts';

/** What the Economy chapter's charts and tables draw. */
export interface EconomyDatasets {
  fx: EconomySeriesDatasets['fx'];
  gdp: EconomySeriesDatasets['gdp'];
  cpi: EconomySeriesDatasets['cpi'];
  gdpParts: GdpPartsDatasets;
  covid: CovidDatasets;
}

/**
 * Facts and datasets of the Economy chapter for one edition: the yen against the index, real GDP growth
 * and its components (with the check of the 2022 report's figures), COVID-19 waves, and CPI inflation
 * against the BOJ's target. `anyShown` says whether the edition's data reach any of them.
 */
export function economyFacts(ctx: ChapterContext): ChapterResult<EconomyDatasets> {
  const { series: s, edition, curated } = ctx;
  const { policy, seed003 } = curated.macro;
  const fx = fxRelation(s.usdjpy, s.n225, edition.asOf);
  const gdp = gdpGrowth(s.gdpReal);
  const parts = gdpParts(ctx.gdpTables, seed003, ctx.knows.r2022);
  const covid = covidWaves(s.covidCases, s.n225, edition.asOf);
  const cpi = cpiInflation(s.cpi, policy.inflationTarget.value, policy.inflationTarget.adopted, edition.asOf);
  const facts: FactTree = {
    fx: fx.facts,
    gdp: gdp.facts,
    gdpParts: parts.facts,
    covid: covid.facts,
    cpi: cpi.facts,
    anyShown: flag([fx.facts, gdp.facts, parts.facts, covid.facts, cpi.facts].some(isAvailable)),
  };
  return { facts, datasets: { fx: fx.data, gdp: gdp.data, cpi: cpi.data, gdpParts: parts.data, covid: covid.data } };
}
