import type { ChapterContext, ChapterResult } from '../../lib/report/chapter';
import { flag, isAvailable, word, type FactTree } from '../../lib/report/fact';
import { bojRelation, type BojDatasets } from './boj';
import { ratesFacts, type RatesDatasets } from './rates';
import { seed000Check, type Seed000Datasets } from './seed000';
import { seed003MacroCheck } from './seed003';
import { etfPurchases, type EtfDatasets } from './etf';

/** The curated event that dates the BOJ's exit from negative rates (data/curated/events.json). */
export const EXIT_EVENT_ID = 'endNegativeRates';

/** What the Macro chapter's charts and tables draw. */
export interface MacroDatasets {
  boj: BojDatasets;
  seed000: Seed000Datasets;
  rates: RatesDatasets;
  etf: EtfDatasets;
}

/** Where the BOJ's ETF purchases stood on `asOf`: before the first operation, under way, or ended by decision. */
export function etfPurchaseState(p: { from: string | null; until: string | null }, asOf: string): 'notYet' | 'buying' | 'ended' {
  if (p.from !== null && asOf < p.from) return 'notYet';
  return p.until !== null && asOf >= p.until ? 'ended' : 'buying';
}

/**
 * Facts and datasets of the Macro chapter for one edition: the BOJ balance sheet against the Nikkei 225
 * (levels, changes, leads and lags, policy regimes), its ETF purchases, the 10-year JGB yield and the
 * policy rate, and checks of both seed documents' macro claims. Every part has an `available` flag for
 * editions whose data do not reach it. (The yen, growth, COVID-19 and inflation are the Economy chapter's.)
 */
export function macroFacts(ctx: ChapterContext): ChapterResult<MacroDatasets> {
  const { series: s, edition, curated } = ctx;
  const { policy, seed000, seed003 } = curated.macro;
  const boj = bojRelation(s.bojAssets, s.n225, edition.asOf, policy.regimes, s.bojEtf);
  const etf = etfPurchases(s.bojEtf, s.n225, s.bojAssets);
  const s000 = seed000Check(seed000, s.n225, s.bojAssets, boj.summary, ctx.knows.boj2025);
  const exitEvent = curated.overview.events.find((e) => e.id === EXIT_EVENT_ID)?.date;
  const rates = ratesFacts(s.jgb10y, s.callRate, s.policyRate, edition.asOf, exitEvent);
  const facts: FactTree = {
    boj: boj.facts,
    seed000: s000.facts,
    seed003: seed003MacroCheck(seed003, s.n225, s.gdpReal, s.bojAssets, s.usdjpy, ctx.knows.r2022),
    etf: etf.facts,
    ...rates.facts,
    /** The BOJ's ETF purchases on the edition's date: 'notYet', 'buying' or 'ended' (decided 19 March 2024). */
    etfPurchases: word(etfPurchaseState(policy.etfPurchases, edition.asOf)),
    // Which sections an edition has anything to say in (a heading with nothing under it is left out).
    sections: {
      keyPoints: flag([boj.facts].some(isAvailable)),
      rates: flag([rates.facts.jgb, rates.facts.callRate, rates.facts.policy].some(isAvailable)),
    },
  };
  return {
    facts,
    datasets: {
      boj: boj.datasets,
      seed000: s000.datasets,
      rates: rates.datasets,
      etf: etf.data,
    },
  };
}
