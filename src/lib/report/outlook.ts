import type { ChapterContext, ChapterResult } from './chapter';

/** What the Outlook chapter's charts draw. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OutlookDatasets {}

/** Facts and datasets of the Outlook chapter for one edition. */
export function outlook(_ctx: ChapterContext): ChapterResult<OutlookDatasets> {
  return { facts: {}, datasets: {} };
}
