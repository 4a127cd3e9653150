import type { FigureDef } from './figure-def';

/** The Macro chapter's figures and tables in reading order. */
export const macroFigures: FigureDef[] = [];
