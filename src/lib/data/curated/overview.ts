import { z } from 'zod';

/**
 * Hand-kept facts the Overview chapter reads from data/curated/ (validated with zod; see data/README.md).
 */
export const overviewCuratedSchema = z.object({});

export type OverviewCurated = z.infer<typeof overviewCuratedSchema>;
