import type { ChapterContext, ChapterResult } from './chapter';

/** What the Overview chapter's charts draw. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface OverviewDatasets {}

/** Facts and datasets of the Overview chapter for one edition. */
export function overview(_ctx: ChapterContext): ChapterResult<OverviewDatasets> {
  return { facts: {}, datasets: {} };
}
