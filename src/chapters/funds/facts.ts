import type { Bilingual } from '../../lib/data/curated/derivatives';
import type { Series } from '../../lib/data/series';
import { growthOf } from '../../lib/stats';
import type { ChapterContext, ChapterResult } from '../../lib/report/chapter';
import { count, flag, word, type FactTree } from '../../lib/report/fact';
import { chinaEtfs as chinaEtfComparison, type ChinaFundId } from './china-etfs';
import { FUND_IDS } from './etf';
import { fundFacts } from './funds';
import { variantOn } from '../../lib/data/curated/validity';
import type { DatedValue } from '../../lib/data/series';
import { alignOnCommonDates, lastIndexOnOrBefore } from '../../lib/report/windows';

/** What the Index funds chapter's figures draw. */
export interface FundsDatasets {
  /** The mainland-China Nikkei 225 ETFs the seed lists, and whether the data hold each one's prices. */
  chinaEtfs: { id: string; name: Bilingual; code: string; exchange: Bilingual; inData: boolean }[];
  /** Growth of 100 from the first date every available fund shares with the index; empty lines are omitted. */
  growth: { n225: DatedValue[]; n225Usd: DatedValue[]; etf1321: DatedValue[]; etf513520: DatedValue[] };
  /** 1321.T price divided by the index on their common dates. */
  ratio1321: DatedValue[];
  /** The four mainland-China ETFs side by side: the funds the edition has, and growth of 100 over their common span. */
  china: { available: ChinaFundId[]; growth: Record<'n225' | ChinaFundId, DatedValue[]> };
}

/** Growth of 100 of `s` from its last close on or before `start` to its own last date. */
function growthFrom(s: Series, start: string): DatedValue[] {
  const b = lastIndexOnOrBefore(s, start);
  if (b < 0 || b >= s.values.length - 1) return [];
  return growthOf(s.values.slice(b), 100).map((v, i) => ({ date: s.dates[b + i] as string, value: v }));
}

/** The index in US dollars (points ÷ yen per dollar) on the dates both series have. */
function n225InUsd(n225: Series, usdjpy: Series): Series {
  const al = alignOnCommonDates(n225, usdjpy, '0000-01-01', '9999-12-31');
  return { ...n225, dates: al.dates, times: al.dates.map((d) => Date.parse(`${d}T00:00:00Z`)), values: al.a.map((v, i) => v / (al.b[i] as number)) };
}

/**
 * Facts and datasets of the Index funds chapter for one edition: Tokyo's closing time, the ETFs on the
 * index (1321.T and the mainland-China funds) against it, and the seed's list of mainland-China ETFs.
 */
export function fundsFacts(ctx: ChapterContext): ChapterResult<FundsDatasets> {
  const { series, edition, curated } = ctx;
  const cur = curated.derivatives;
  const funds = fundFacts(series, edition.asOf, cur.seedFund);
  const start = funds.windows?.fullStart;
  const line = (s: Series) => (start ? growthFrom(s, start) : []);
  const china = chinaEtfComparison(series);
  const chinaEtfs = cur.chinaEtfs.funds
    .filter((f) => f.listed <= edition.asOf)
    .map((f) => ({
      id: f.id,
      name: f.name,
      code: f.code,
      exchange: f.exchange,
      inData: f.series !== null && ([...(funds.windows?.available ?? []), ...china.available] as string[]).includes(f.series),
    }));
  const facts: FactTree = {
    /** Tokyo's afternoon close on the edition's date: 'early' (15:00, before the 5 November 2024 extension) or 'extended' (15:30). */
    tokyoClose: word((variantOn(cur.futures.tokyoCashClose, edition.asOf)?.time ?? '15:00') === '15:30' ? 'extended' : 'early'),
    etf: funds.facts,
    china: china.facts,
    chinaEtfs: { listed: count(chinaEtfs.length), anyListed: flag(chinaEtfs.length > 0), inData: count(chinaEtfs.filter((f) => f.inData).length) },
  };
  const avail = new Set(funds.windows?.available ?? []);
  const fundLine = (id: (typeof FUND_IDS)[number]) => (avail.has(id) ? line(series[id]) : []);
  return {
    facts,
    datasets: {
      chinaEtfs,
      growth: { n225: line(series.n225), n225Usd: line(n225InUsd(series.n225, series.usdjpy)), etf1321: fundLine('etf1321'), etf513520: fundLine('etf513520') },
      ratio1321: funds.units?.ratio ?? [],
      china: { available: china.available, growth: china.growth },
    },
  };
}
