/**
 * Input checks shared by the stats modules (internal; not re-exported from `index.ts`).
 *
 * Every stats function validates its input up front and throws a `RangeError` whose message names
 * the function, the argument and, for a bad element, its index and value. Silent NaN propagation
 * would put "NaN %" into a report; a loud error at build time is the better failure.
 */

/** Throws unless `xs` is non-empty and every element is a finite number. */
export function assertFiniteArray(fn: string, name: string, xs: readonly number[], minLength = 1): void {
  if (xs.length < minLength) {
    throw new RangeError(`${fn}: ${name} needs at least ${minLength} value${minLength === 1 ? '' : 's'}, got ${xs.length}`);
  }
  for (let i = 0; i < xs.length; i++) {
    const v = xs[i];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`${fn}: ${name}[${i}] is ${String(v)}, expected a finite number`);
    }
  }
}

/** Throws unless `closes` has at least `minLength` elements, all finite and strictly positive. */
export function assertPrices(fn: string, name: string, closes: readonly number[], minLength = 1): void {
  assertFiniteArray(fn, name, closes, minLength);
  for (let i = 0; i < closes.length; i++) {
    const v = closes[i] as number;
    if (v <= 0) throw new RangeError(`${fn}: ${name}[${i}] is ${v}, expected a positive price`);
  }
}

/** Throws unless `v` is a finite number. */
export function assertFinite(fn: string, name: string, v: number): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new RangeError(`${fn}: ${name} is ${String(v)}, expected a finite number`);
  }
}

/** Throws unless `v` is a finite number > 0. */
export function assertPositive(fn: string, name: string, v: number): void {
  assertFinite(fn, name, v);
  if (v <= 0) throw new RangeError(`${fn}: ${name} is ${v}, expected a positive number`);
}

/** Throws unless `v` is an integer >= `min`. */
export function assertInteger(fn: string, name: string, v: number, min: number): void {
  if (!Number.isInteger(v) || v < min) {
    throw new RangeError(`${fn}: ${name} is ${String(v)}, expected an integer >= ${min}`);
  }
}

/** Throws unless both arrays have the same length. */
export function assertSameLength(fn: string, a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) {
    throw new RangeError(`${fn}: inputs differ in length (${a.length} vs ${b.length})`);
  }
}

/**
 * Sum with Neumaier compensation, so long daily series (tens of thousands of small returns) add up
 * without drift; agrees with numpy's pairwise summation to the last few bits.
 */
export function sum(xs: readonly number[]): number {
  let s = 0;
  let c = 0;
  for (const x of xs) {
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}
