import { z } from 'zod';
import { SERIES_IDS, type SeriesId } from '../data/series-catalog';
import { isoDate } from '../data/schemas';
import { CHECKS, type Check, type Issue } from './plausibility';

/**
 * The reviewed plausibility exceptions (data/curated/plausibility-allow.json): each entry names one
 * flagged row of one series and says why it is real. Only an exact match (series, check, date) passes.
 */
const entry = z
  .object({
    series: z.enum(SERIES_IDS as [SeriesId, ...SeriesId[]]),
    check: z.enum(CHECKS as [Check, ...Check[]]),
    date: isoDate,
    reason: z.string().min(10, 'a reason of at least a few words'),
  })
  .strict();

export const allowListSchema = z.object({ $comment: z.string().optional(), entries: z.array(entry) }).strict();
export type AllowList = z.infer<typeof allowListSchema>;
export type AllowEntry = AllowList['entries'][number];

/** The entry that lets `issue` through, if any. */
export function allowedBy(list: AllowList, issue: Issue): AllowEntry | undefined {
  return list.entries.find((e) => e.series === issue.series && e.check === issue.check && e.date === issue.date);
}
