import type { FigureDef } from './figure-def';

/** The Overview chapter's figures and tables in reading order. */
export const overviewFigures: FigureDef[] = [];
