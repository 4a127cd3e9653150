/**
 * The words for how strong a correlation is, shared by every chapter and stated in Methodology:
 * |r| below 0.30 is weak, below 0.60 moderate, otherwise strong (a common rule of thumb).
 */
export const LINKAGE_BANDS = { weak: 0.3, moderate: 0.6 } as const;

/** Decimals a correlation is printed with (the `ratio` default): words are chosen on the value as shown. */
export const CORRELATION_DIGITS = 2;

export type Linkage = 'weak' | 'moderate' | 'strong';

/**
 * The strength word of a correlation `r`, classified on |r| rounded as the page prints it, so a value
 * shown as "0.30" is never called weak (< 0.30).
 */
export function linkageWord(r: number): Linkage {
  const shown = Math.round(Math.abs(r) * 10 ** CORRELATION_DIGITS) / 10 ** CORRELATION_DIGITS;
  return shown < LINKAGE_BANDS.weak ? 'weak' : shown < LINKAGE_BANDS.moderate ? 'moderate' : 'strong';
}
