import type { ChapterContext, ChapterResult } from '../../lib/report/chapter';
import type { FactTree } from '../../lib/report/fact';
import { impliedVol } from './implied-vol';
import { futuresBasis } from './futures-basis';
import { futuresFacts, type FuturesRow } from './futures';
import type { DatedValue } from '../../lib/data/series';

/** What the Derivatives chapter's figures draw. */
export interface DerivativesDatasets {
  /** Curated terms of the futures contracts listed by the edition, in table order. */
  futures: FuturesRow[];
  /** The Nikkei VI and the index's realised 21-session volatility, both in % a year. */
  vi: { vi: DatedValue[]; realised: DatedValue[] };
  /** The continuous futures' close ÷ the index close − 1 on their common dates. */
  basis: DatedValue[];
}

/** Facts and datasets of the Derivatives chapter for one edition: the futures contracts, the Nikkei VI and the futures basis. */
export function derivativesFacts(ctx: ChapterContext): ChapterResult<DerivativesDatasets> {
  const { series, edition, curated } = ctx;
  const cur = curated.derivatives;
  const fut = futuresFacts(series.n225, edition.asOf, cur.futures.contracts, cur.futures.checked);
  const vi = impliedVol(series.nikkeiVi, series.n225);
  const basis = futuresBasis(series.n225Futures, series.n225);
  const facts: FactTree = {
    futures: fut.facts,
    vi: vi.facts,
    basis: basis.facts,
  };
  return { facts, datasets: { futures: fut.rows, vi: vi.lines, basis: basis.basis } };
}
