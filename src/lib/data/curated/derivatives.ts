import { z } from 'zod';
import { isoDate } from '../schemas';
import { datedVariants } from './validity';
import { localizedText, type LocalizedText } from '../../i18n/localized';

/** A text kept in every language of the report (src/lib/i18n/localized.ts). */
export const bilingual = localizedText;
export type Bilingual = LocalizedText;

/**
 * One futures contract on the Nikkei 225 as its exchange publishes it. Index points times `multiplier`
 * is the contract's value in `currency`; a term that could not be verified reliably is null (shown blank).
 */
export const futuresContractSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9]+$/),
    /** Short name of the exchange, as in its own materials. */
    exchangeCode: z.enum(['OSE', 'SGX', 'CME']),
    exchange: bilingual,
    contract: bilingual,
    currency: z.enum(['JPY', 'USD']),
    /** Currency units per index point. */
    multiplier: z.number().positive(),
    /** Minimum price step, index points. */
    tickPoints: z.number().positive(),
    /** Value of one tick, currency units: multiplier × tickPoints. */
    tickValue: z.number().positive(),
    contractMonths: bilingual.nullable(),
    tradingHours: bilingual.nullable(),
    lastTradingDay: bilingual.nullable(),
    settlement: bilingual,
    /** First trading day, when known; null when not verified. */
    listed: isoDate.nullable(),
    /**
     * When the first trading day is not verified: a date by which the contract is known to have traded.
     * Editions from that date list it; earlier ones leave it out rather than list a contract that may not exist yet.
     */
    knownListedBy: isoDate.optional(),
    knownListedBySource: z.string().optional(),
    /** The exchange's contract-specification page, as text (never fetched by the build). */
    source: z.string().min(1),
    asOf: isoDate,
  })
  .refine((c) => Math.abs(c.multiplier * c.tickPoints - c.tickValue) < 1e-9, {
    message: 'tickValue must equal multiplier × tickPoints',
    path: ['tickValue'],
  });

export const futuresSpecsSchema = z.object({
  /** The date the specifications were checked against the exchanges' pages; shown only in editions dated on or after it. */
  checked: isoDate,
  note: bilingual,
  /** Closing time of the Tokyo cash market's afternoon session (Tokyo time), with the dates each held. */
  tokyoCashClose: datedVariants({ time: z.string().regex(/^\d{2}:\d{2}$/), source: z.string().min(1) }),
  contracts: z.array(futuresContractSchema).min(1),
});

/** A mainland-China ETF tracking the Nikkei 225; `series` names the project's price series, null when it has none. */
export const chinaEtfSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9]+$/),
  name: bilingual,
  code: z.string().regex(/^\d{6}$/),
  exchange: bilingual,
  series: z.enum(['etf513520', 'etf513000', 'etf513880', 'etf159866']).nullable(),
  source: z.string().min(1),
  /** First trading day on its exchange: an edition dated earlier does not list the fund. */
  listed: isoDate,
  asOf: isoDate,
});

export const chinaEtfsSchema = z.object({ note: bilingual, funds: z.array(chinaEtfSchema).min(1) });

const fundClaim = z.object({ value: z.number(), decimals: z.number().int().min(0) });

/** The seed report's one-year risk figures for the QDII fund (fractions: 0.141074 = 14.1074 %). */
export const seedFundClaimsSchema = z.object({
  document: z.string(),
  fund: z.literal('etf513520'),
  windowEnd: isoDate,
  windowYears: z.number().int().positive(),
  claims: z.object({ downsideRisk: fundClaim, maxDrawdown: fundClaim, nav: fundClaim }),
  note: z.string(),
});

/**
 * Hand-kept facts the Derivatives chapter reads from data/curated/ (validated with zod; see data/README.md).
 */
export const derivativesCuratedSchema = z.object({
  futures: futuresSpecsSchema,
  chinaEtfs: chinaEtfsSchema,
  seedFund: seedFundClaimsSchema,
});

export type FuturesContract = z.infer<typeof futuresContractSchema>;
export type SeedFundClaims = z.infer<typeof seedFundClaimsSchema>;
export type DerivativesCurated = z.infer<typeof derivativesCuratedSchema>;
