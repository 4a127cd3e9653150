import { z } from 'zod';

/**
 * Hand-kept facts the Macro chapter reads from data/curated/ (validated with zod; see data/README.md).
 */
export const macroCuratedSchema = z.object({});

export type MacroCurated = z.infer<typeof macroCuratedSchema>;
