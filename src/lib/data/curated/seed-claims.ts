import { z } from 'zod';
import { isoDate } from '../schemas';

/** A figure the seed report states, the decimals it was printed with, and the fact key it should equal. */
export const seedClaimSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9]+$/),
  unit: z.enum(['pct', 'pts', 'ratio', 'count', 'date']),
  seed: z.union([z.number(), isoDate]),
  /** Decimals as printed; for pct, decimals of the percentage (4.91 % has 2). */
  decimals: z.number().int().min(0),
  /** Dotted key of the report's own figure, computed for the seed's edition. */
  ours: z.string().regex(/^(statistics|valuation\.comparison)\.[A-Za-z0-9.]+$/),
});

export const seedClaimsSchema = z.object({
  document: z.string(),
  asOf: isoDate,
  laterWindowEnd: isoDate,
  laterWindowNote: z.string(),
  claims: z.array(seedClaimSchema).min(1),
});

export type SeedClaim = z.infer<typeof seedClaimSchema>;
export type SeedClaims = z.infer<typeof seedClaimsSchema>;
