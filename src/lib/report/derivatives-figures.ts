import type { FigureDef } from './figure-def';

/** The Derivatives chapter's figures and tables in reading order. */
export const derivativesFigures: FigureDef[] = [];
