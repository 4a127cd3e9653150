import type { FigureDef } from './figure-def';

/** The Methodology chapter's figures and tables in reading order. */
export const methodologyFigures: FigureDef[] = [];
