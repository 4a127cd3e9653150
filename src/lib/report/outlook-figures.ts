import type { FigureDef } from './figure-def';

/** The Outlook chapter's figures and tables in reading order. */
export const outlookFigures: FigureDef[] = [];
