import type { ChapterContext, ChapterResult } from './chapter';

/** What the Derivatives chapter's charts draw. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DerivativesDatasets {}

/** Facts and datasets of the Derivatives chapter for one edition. */
export function derivatives(_ctx: ChapterContext): ChapterResult<DerivativesDatasets> {
  return { facts: {}, datasets: {} };
}
