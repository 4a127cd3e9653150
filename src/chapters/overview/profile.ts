import type { Bilingual, IndexProfile } from '../../lib/data/curated/overview';
import { heldOn, variantOn } from '../../lib/data/curated/validity';
import { count, date, flag, pts, word, year, type FactTree } from '../../lib/report/fact';
import { monthOf } from './key';

/** A profile line as it held on the edition's date: its text and source key. */
export interface HeldLine {
  value: Bilingual;
  source: string;
}

/**
 * The index profile as it stood on one date: only the rules in force then (the presumed par value until
 * September 2021 or the price adjustment factor after it; the weight cap from October 2022; the review
 * frequency and market of the time) and only the futures already listed. A line that did not hold is
 * null and its table row is left out.
 */
export interface EditionProfile {
  base: IndexProfile;
  /** How prices entered the index on the date: the presumed par value or the price adjustment factor. */
  priceConversion: { kind: 'parValue' | 'adjustmentFactor'; line: HeldLine };
  weightCap: HeldLine | null;
  review: HeldLine | null;
  universe: HeldLine | null;
  futures: IndexProfile['futures'];
  /** Whether the profile's own check date (`asOf`) is on or before the edition's date, so it may be shown. */
  checkedKnown: boolean;
}

/** Resolves the dated lines of the curated profile for an edition as of `asOf` (ISO). */
export function profileOn(p: IndexProfile, asOf: string): EditionProfile {
  const pv = heldOn(p.parValue, asOf);
  const line = (v: { value: Bilingual; source: string } | null): HeldLine | null => (v === null ? null : { value: v.value, source: v.source });
  return {
    base: p,
    priceConversion: pv
      ? { kind: 'parValue', line: { value: p.parValue.note, source: p.parValue.source } }
      : { kind: 'adjustmentFactor', line: { value: p.priceAdjustmentFactor.value, source: p.priceAdjustmentFactor.source } },
    weightCap: line(variantOn(p.weightCap, asOf)),
    review: line(variantOn(p.review, asOf)),
    universe: line(variantOn(p.universe, asOf)),
    futures: p.futures.filter((f) => heldOn(f, asOf)),
    checkedKnown: p.asOf <= asOf,
  };
}

/**
 * Facts of the profile for an edition. Words say which rule held (`reviews`: once | twice | unknown;
 * `market`: firstSection | prime | unknown; `priceConversion`: parValue | adjustmentFactor), so prose
 * picks sentences that were true on the edition's date; flags say whether a dated rule existed yet.
 */
export function profileFacts(e: EditionProfile, asOf: string): FactTree {
  const p = e.base;
  const rv = variantOn(p.review, asOf);
  const un = variantOn(p.universe, asOf);
  return {
    /** The date the profile was checked, shown only in editions dated on or after it. */
    checked: date(e.checkedKnown ? p.asOf : null),
    checkedKnown: flag(e.checkedKnown),
    weightCapInForce: flag(e.weightCap !== null),
    /** When the cap was first set (its first variant's start). */
    weightCapFrom: date(p.weightCap[0]?.from ?? null),
    priceConversion: word(e.priceConversion.kind),
    adjustmentFactorFrom: date(p.priceAdjustmentFactor.from),
    reviews: word(rv === null ? 'unknown' : rv.perYear === 1 ? 'once' : 'twice'),
    market: word(un === null ? 'unknown' : un.market),
    /** Whether the current rules (published and in force from April 2000) held on the date. */
    currentRules: flag(variantOn(p.rules.origin, asOf) !== null),
    baseDate: date(p.baseDate.value),
    baseValue: pts(p.baseValue.value),
    firstCalculated: date(p.firstCalculated.value),
    firstYear: year(Number(p.firstCalculated.value.slice(0, 4))),
    parValue: count(p.parValue.value),
    constituents: count(p.constituents.value),
    industries: count(p.industries.value),
    sectors: count(p.sectors.value),
    futuresListed: count(e.futures.length),
    futures: Object.fromEntries(p.futures.map((f) => [f.id, { listed: flag(heldOn(f, asOf)), month: monthOf(heldOn(f, asOf) ? f.month : null) }])),
  };
}
