import { z } from 'zod';
import { isoDate } from '../schemas';
import { localizedText } from '../../i18n/localized';
import { orderedValidity, validityFields } from './validity';

/**
 * Hand-kept facts the Macro chapter reads from data/curated/ (validated with zod; see data/README.md):
 * the Bank of Japan's inflation target and policy regimes (`boj-policy.json`), the data table and claims
 * of seed document 000 (`seed-000-boj-table.json`), and the macro figures of seed document 003's section
 * 2.5 (`seed-003-macro-claims.json`). Percentages are fractions (0.02 = 2 %).
 */

const bilingual = localizedText;
/** An ISO date on the first of a month: how monthly observations and month boundaries are written. */
const monthStart = isoDate.refine((d) => d.endsWith('-01'), 'the first day of a month (YYYY-MM-01)');

export const regimeSchema = z.object({
  id: z.enum(['preQqe', 'qqe', 'postExit']),
  /** First month of the regime (its month-on-month changes count from this month's). */
  start: monthStart,
  /** Last month, or null while the regime lasts. */
  end: monthStart.nullable(),
  label: bilingual,
  note: z.string(),
  source: z.string(),
  asOf: isoDate,
});

export const bojPolicySchema = z.object({
  inflationTarget: z.object({
    value: z.number().min(0).max(0.1),
    measure: z.string(),
    adopted: isoDate,
    source: z.string(),
    asOf: isoDate,
  }),
  /**
   * The BOJ's purchases of index-linked ETFs: `from` the first operation, `until` the meeting that decided
   * to end new purchases. An edition says purchases ended only when dated on or after `until`.
   */
  etfPurchases: z.object({ ...validityFields, note: z.string(), source: z.string() }).refine(orderedValidity, 'from ≤ until'),
  regimes: z.array(regimeSchema).length(3),
});

export const seed000Schema = z.object({
  document: z.string(),
  source: z.string(),
  asOf: isoDate,
  units: z.object({ bojAssetsThousandYen: z.string(), n225: z.string() }),
  note: bilingual,
  rows: z
    .array(z.object({ date: isoDate, bojAssetsThousandYen: z.number().positive(), n225: z.number().positive() }))
    .min(3)
    .refine((rows) => rows.every((r, i) => i === 0 || r.date > (rows[i - 1] as { date: string }).date), 'rows in increasing date order'),
  claims: z.object({
    relation: z.object({ sign: z.enum(['positive', 'negative']), where: z.string() }),
    assetLow: z.object({ year: z.number().int(), level: z.number().positive(), unitAsWritten: z.string(), where: z.string() }),
    pullback: z.object({ peakYear: z.number().int(), level: z.number().positive(), where: z.string() }),
  }),
});

export const seed003MacroSchema = z.object({
  document: z.string(),
  source: z.string(),
  asOf: isoDate,
  gdp: z.object({
    quarter: monthStart,
    realGdpTrillionYen: z.number().positive(),
    yoy: z.number(),
    yoyPrev: z.number(),
    qoq: z.number(),
    qoqPrev: z.number(),
    where: z.string(),
  }),
  boj: z.object({
    taperFrom: monthStart,
    qeEndedBy: monthStart,
    jgbHoldingsMonth: monthStart,
    jgbHoldingsTrillionYen: z.number().positive(),
    jgbHoldingsTrillionUsd: z.number().positive(),
    where: z.string(),
  }),
  /**
   * Its account of 2021 Q4 GDP by component: private consumption's level (trillion yen, a quarterly
   * amount) and share of GDP, and each component's pull on growth year on year and quarter on quarter,
   * in percent as printed (null where it gives none). `component` names a column of data/gdp-contributions.csv.
   */
  gdpParts: z.object({
    consumptionTrillionYen: z.number().positive(),
    consumptionShare: z.number().min(0).max(1),
    pulls: z
      .array(
        z.object({
          component: z.enum(['private_consumption', 'private_nonresidential_investment', 'government_consumption', 'public_investment', 'net_exports']),
          yoy: z.number().nullable(),
          qoq: z.number().nullable(),
          where: z.string(),
        }),
      )
      .min(1),
    where: z.string(),
  }),
});

export const macroCuratedSchema = z.object({ policy: bojPolicySchema, seed000: seed000Schema, seed003: seed003MacroSchema });

export type Regime = z.infer<typeof regimeSchema>;
export type Seed000 = z.infer<typeof seed000Schema>;
export type Seed003Macro = z.infer<typeof seed003MacroSchema>;
export type MacroCurated = z.infer<typeof macroCuratedSchema>;
