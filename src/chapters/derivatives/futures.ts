/**
 * Nikkei 225 futures from their curated contract specifications: which contracts were listed by the
 * edition, and what one contract was worth at the edition's last index close (multiplier × close, in the
 * contract's currency). No futures prices are in the data, so nothing here measures basis or rolls.
 */
import type { FuturesContract } from '../../lib/data/curated/derivatives';
import type { Series } from '../../lib/data/series';
import { count, date, flag, pts, ratio, word, year, type FactTree } from '../../lib/report/fact';

/** The curated text of the contracts listed by the edition, for the specification tables. */
export type FuturesRow = Omit<FuturesContract, 'multiplier' | 'tickPoints' | 'tickValue'>;

/**
 * Contracts known to trade on `asOf`: first trading day on or before it, or, where that day is not
 * verified, the date by which the contract is known to have traded (`knownListedBy`); a contract with
 * neither is listed in every edition.
 */
export function listedBy(contracts: readonly FuturesContract[], asOf: string): FuturesContract[] {
  return contracts.filter((c) => {
    const from = c.listed ?? c.knownListedBy ?? null;
    return from === null || from <= asOf;
  });
}

/** Facts of the futures section: the close used, each listed contract's terms and notional value. */
export function futuresFacts(n225: Series, asOf: string, contracts: readonly FuturesContract[], checked: string): { facts: FactTree; rows: FuturesRow[] } {
  const close = n225.values[n225.values.length - 1] as number;
  const listed = listedBy(contracts, asOf);
  const facts: FactTree = {
    close: pts(close),
    closeDate: date(n225.dates[n225.dates.length - 1] as string),
    /** The check date is a fact of editions dated on or after it only: an earlier edition could not have known it. */
    checked: date(checked <= asOf ? checked : null),
    checkedKnown: flag(checked <= asOf),
    listedCount: count(listed.length),
    microListed: flag(listed.some((c) => c.id === 'oseMicro')),
    /** No futures price history is in the data: basis, rolls and cross-market price discovery cannot be measured. */
    priceHistory: flag(false),
    // Every curated contract has facts (prose may name one inside <When>); one not yet listed has no notional.
    contracts: Object.fromEntries(
      contracts.map((c) => [
        c.id,
        {
          listed: flag(listed.includes(c)),
          /** The year the contract was first listed, in editions that know it was. */
          since: year(listed.includes(c) && c.listed !== null ? Number(c.listed.slice(0, 4)) : null),
          currency: word(c.currency),
          multiplier: ratio(c.multiplier),
          tickPoints: pts(c.tickPoints),
          tickValue: ratio(c.tickValue),
          notional: ratio(listed.includes(c) ? c.multiplier * close : null),
        },
      ]),
    ),
  };
  const rows = listed.map(({ multiplier: _m, tickPoints: _p, tickValue: _v, ...text }) => text);
  return { facts, rows };
}
