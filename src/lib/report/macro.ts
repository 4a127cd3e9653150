import type { ChapterContext, ChapterResult } from './chapter';

/** What the Macro chapter's charts draw. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MacroDatasets {}

/** Facts and datasets of the Macro chapter for one edition. */
export function macro(_ctx: ChapterContext): ChapterResult<MacroDatasets> {
  return { facts: {}, datasets: {} };
}
