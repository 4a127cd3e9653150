/**
 * Waves in a non-negative count series (e.g. daily new cases): peaks found from the data, not named by
 * hand. A peak is an observation that is the largest within `halfWindow` observations on each side
 * (the whole window must exist, so a peak is confirmed only once `halfWindow` later observations are
 * known) and at least `minRise` times the lowest value since the previous peak (at least 1). A wave
 * runs from that lowest point (its last occurrence) to the next wave's start, or to the last
 * observation for the last wave. Ties at a peak take the first index.
 */

export interface Wave {
  /** Index where the wave starts (the trough before the peak). */
  start: number;
  /** Index of the peak. */
  peak: number;
  /** Index where it ends: the next wave's start, or the last index. */
  end: number;
}

export function findWaves(xs: readonly number[], halfWindow: number, minRise: number): Wave[] {
  if (!Number.isInteger(halfWindow) || halfWindow < 1) throw new RangeError(`findWaves: halfWindow must be a positive integer, got ${halfWindow}`);
  if (!(minRise >= 1)) throw new RangeError(`findWaves: minRise must be at least 1, got ${minRise}`);
  const peaks: { start: number; peak: number }[] = [];
  let from = 0;
  for (let i = halfWindow; i + halfWindow < xs.length; i++) {
    const x = xs[i] as number;
    if (!(x > 0)) continue;
    let top = true;
    for (let j = i - halfWindow; j <= i + halfWindow && top; j++) {
      const y = xs[j] as number;
      if (y > x || (y === x && j < i)) top = false;
    }
    if (!top) continue;
    let low = from;
    for (let j = from; j <= i; j++) if ((xs[j] as number) <= (xs[low] as number)) low = j;
    if (x >= minRise * Math.max(xs[low] as number, 1)) {
      peaks.push({ start: low, peak: i });
      from = i;
    }
  }
  return peaks.map((p, k) => ({ ...p, end: k + 1 < peaks.length ? (peaks[k + 1] as { start: number }).start : xs.length - 1 }));
}

/** Trailing mean over `window` observations (fewer at the start), e.g. a 7-day average of daily counts. */
export function trailingMean(xs: readonly number[], window: number): number[] {
  let acc = 0;
  return xs.map((x, i) => {
    acc += x;
    if (i >= window) acc -= xs[i - window] as number;
    return acc / Math.min(i + 1, window);
  });
}

/**
 * Welch's t statistic for the difference of two sample means (a − b), with sample variances:
 * (mean a − mean b) / √(var a / n_a + var b / n_b). NaN when either sample has fewer than two values.
 */
export function welchT(a: readonly number[], b: readonly number[]): number {
  if (a.length < 2 || b.length < 2) return Number.NaN;
  const m = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const v = (xs: readonly number[], mu: number) => xs.reduce((s, x) => s + (x - mu) ** 2, 0) / (xs.length - 1);
  const ma = m(a);
  const mb = m(b);
  return (ma - mb) / Math.sqrt(v(a, ma) / a.length + v(b, mb) / b.length);
}
