/**
 * Decimal numbers as text, rounded without going through binary floating point, so that every value the
 * ingest writes is a plain decimal (never `2e+21`, never `Infinity`) that reads back as the number read,
 * at the canonical file's precision.
 */

/** A decimal as sign, integer digits and a power of ten: value = ± digits × 10^exp. */
interface Decimal {
  negative: boolean;
  digits: string;
  exp: number;
}

const DECIMAL = /^([-+]?)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/;

/** Parses a cell such as `-12.50`, `.5`, `2e17` or `1.5E-3`; null when it is not a decimal number. */
export function parseDecimal(text: string): Decimal | null {
  const m = DECIMAL.exec(text.trim());
  if (!m) return null;
  const int = m[2] ?? '';
  const frac = m[3] ?? '';
  if (int === '' && frac === '') return null;
  const exp = Number(m[4] ?? '0') - frac.length;
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 400) return null;
  const digits = `${int}${frac}`.replace(/^0+(?=\d)/, '');
  return { negative: m[1] === '-', digits, exp };
}

/**
 * Writes a decimal cell rounded to `decimals` places (half away from zero), with trailing zeros dropped
 * down to `minDecimals`, in plain notation. `2e17` at 4/4 is `200000000000000000.0000`.
 */
export function roundDecimal(text: string, decimals: number, minDecimals: number): string | null {
  const d = parseDecimal(text);
  if (!d) return null;
  // Scale so that the last digit is the 10^-decimals place.
  let digits = d.digits;
  const shift = d.exp + decimals;
  if (shift >= 0) {
    digits += '0'.repeat(shift);
  } else {
    const cut = -shift;
    const keep = digits.length > cut ? digits.slice(0, digits.length - cut) : '';
    const dropped = digits.length > cut ? digits.slice(digits.length - cut) : digits.padStart(cut, '0');
    digits = (dropped[0] ?? '0') >= '5' ? increment(keep || '0') : keep || '0';
  }
  digits = digits.replace(/^0+(?=\d)/, '').padStart(decimals + 1, '0');
  const int = digits.slice(0, digits.length - decimals);
  let frac = digits.slice(digits.length - decimals);
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  const body = frac ? `${int}.${frac}` : int;
  const zero = /^[0.]*$/.test(body);
  return d.negative && !zero ? `-${body}` : body;
}

/** Adds one to a string of decimal digits. */
function increment(digits: string): string {
  const a = digits.split('');
  for (let i = a.length - 1; i >= 0; i -= 1) {
    if (a[i] === '9') a[i] = '0';
    else {
      a[i] = String(Number(a[i]) + 1);
      return a.join('');
    }
  }
  return `1${a.join('')}`;
}

/** True when two decimal cells are the same number after rounding both to `decimals` places. */
export function sameAt(a: string, b: string, decimals: number): boolean {
  const x = roundDecimal(a, decimals, decimals);
  const y = roundDecimal(b, decimals, decimals);
  return x !== null && x === y;
}

/** Digits after the decimal point a cell writes (`65890.3` -> 1); exponent forms count as exact (Infinity). */
export function writtenDecimals(cell: string): number {
  const d = parseDecimal(cell);
  if (!d) return 0;
  if (/[eE]/.test(cell)) return Number.POSITIVE_INFINITY;
  return Math.max(0, -d.exp);
}
