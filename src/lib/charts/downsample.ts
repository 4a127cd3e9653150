/**
 * Point reduction for line charts: a plot N pixels wide cannot show more than about N points, and 14,000 daily
 * closes inlined as SVG path data would only add bytes. Largest-Triangle-Three-Buckets keeps the visual shape,
 * including spikes and extremes.
 */

/**
 * Downsample `points` to at most `threshold` points with Largest-Triangle-Three-Buckets (Steinarsson 2013).
 * Keeps the first and last point; returns the input array itself when it already has `threshold` points or
 * fewer (or when `threshold` < 3, where LTTB is undefined). `x` must be increasing along the array.
 */
export function downsampleLttb<T>(points: readonly T[], threshold: number, x: (p: T) => number, y: (p: T) => number): T[] {
  const n = points.length;
  const t = Math.floor(threshold);
  if (n <= t || t < 3) return points as T[];
  const at = (i: number): T => points[i] as T; // indices below are always in 0..n-1
  const out: T[] = [at(0)];
  const every = (n - 2) / (t - 2); // bucket size, first and last points excluded
  let a = 0; // index of the point kept in the previous bucket
  for (let i = 0; i < t - 2; i++) {
    // Average of the next bucket: the third corner of the triangle.
    const nextStart = Math.floor((i + 1) * every) + 1;
    const nextEnd = Math.min(Math.floor((i + 2) * every) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let j = nextStart; j < nextEnd; j++) {
      avgX += x(at(j));
      avgY += y(at(j));
    }
    const len = nextEnd - nextStart;
    avgX /= len;
    avgY /= len;
    // Pick the point of this bucket making the largest triangle with the previous pick and that average.
    const start = Math.floor(i * every) + 1;
    const end = Math.floor((i + 1) * every) + 1;
    const ax = x(at(a));
    const ay = y(at(a));
    let maxArea = -1;
    let pick = start;
    for (let j = start; j < end; j++) {
      const area = Math.abs((ax - avgX) * (y(at(j)) - ay) - (ax - x(at(j))) * (avgY - ay));
      if (area > maxArea) {
        maxArea = area;
        pick = j;
      }
    }
    out.push(at(pick));
    a = pick;
  }
  out.push(at(n - 1));
  return out;
}

/** How many points a line plot `widthPx` CSS pixels wide can usefully show: one per pixel (at least 3). */
export function maxPointsForWidth(widthPx: number): number {
  return Math.max(3, Math.round(widthPx));
}
