import { z } from 'zod';

/**
 * Hand-kept facts the Derivatives chapter reads from data/curated/ (validated with zod; see data/README.md).
 */
export const derivativesCuratedSchema = z.object({});

export type DerivativesCurated = z.infer<typeof derivativesCuratedSchema>;
