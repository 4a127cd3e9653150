import { z } from 'zod';

/** True when `s` (YYYY-MM-DD) names a day that exists in the proleptic Gregorian calendar. */
function isCalendarDate(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** An ISO calendar date, `YYYY-MM-DD`, that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'a date that exists in the calendar');

/** A decimal number written with a point (no thousands separators, no comma decimals). */
const decimal = z
  .string()
  .regex(/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/, 'a plain decimal number with a point as the decimal separator')
  .transform(Number);

/** A price or index level: finite and strictly positive. */
export const positivePrice = decimal.pipe(z.number().finite('a finite number').positive('a price greater than zero'));

/** A rate or macro value that may be zero or negative (policy rates went below zero). */
export const finiteValue = decimal.pipe(z.number().finite('a finite number'));

/** The rule a failed zod parse broke, in words. */
export function ruleOf(error: z.ZodError): string {
  return error.issues.map((i) => i.message).join('; ');
}
