import { z } from 'zod';
import { isoDate } from '../schemas';

/**
 * When a hand-kept fact held: from `from` (the first day it was in force, inclusive) until `until` (the
 * last day, inclusive). Null means open-ended: held since before the data begin, or still holds.
 * An edition shows a fact only on dates it held (see {@link heldOn}), so a rule introduced in 2022
 * never appears in a 2008 edition, and a replaced rule never appears after its replacement.
 */
export const validityFields = {
  from: isoDate.nullable().default(null),
  until: isoDate.nullable().default(null),
};

export interface Validity {
  from: string | null;
  until: string | null;
}

/** Whether a fact valid over `v` held on `date` (ISO): from ≤ date ≤ until, open ends ignored. */
export function heldOn(v: Validity, date: string): boolean {
  return (v.from === null || v.from <= date) && (v.until === null || date <= v.until);
}

/** A zod check: `from` must not be after `until`. */
export function orderedValidity(v: Validity): boolean {
  return v.from === null || v.until === null || v.from <= v.until;
}

/**
 * A list of dated variants of one fact (a rule that changed over time): every variant's validity is
 * ordered and no two overlap. Use {@link variantOn} to pick the one that held on a date.
 */
export function datedVariants<T extends z.ZodRawShape>(shape: T) {
  return z
    .array(z.object({ ...shape, ...validityFields }).refine((v) => orderedValidity(v as unknown as Validity), { message: '"from" must not be after "until"', path: ['from'] }))
    .min(1)
    .superRefine((vs, ctx) => {
      const sorted = [...(vs as unknown as Validity[])].sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : 1));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1] as Validity;
        const cur = sorted[i] as Validity;
        if (prev.until === null || (cur.from !== null && cur.from <= prev.until)) {
          ctx.addIssue({ code: 'custom', message: `dated variants overlap: one from ${prev.from ?? 'the start'} until ${prev.until ?? 'now'}, another from ${cur.from ?? 'the start'}` });
        }
      }
    });
}

/** The variant that held on `date`, or null when none did (the fact did not exist yet, or had lapsed). */
export function variantOn<V extends Validity>(variants: readonly V[], date: string): V | null {
  return variants.find((v) => heldOn(v, date)) ?? null;
}
