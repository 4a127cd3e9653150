/** Pure helpers of the hover-detail script (hover.ts): reading a drawn line back into data. */

/**
 * Vertices of a straight-segment path: absolute `M`/`L` (as Vega draws a line) or relative `m`/`l` steps,
 * the letter possibly written once for several pairs (as the build compacts it, src/lib/charts/render.ts),
 * in drawing order; nothing for curves.
 */
export function pathVertices(d: string): [number, number][] {
  if (/[^MLml\d.,\se+-]/.test(d)) return [];
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  let cmd = '';
  const nums: number[] = [];
  const flush = () => {
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const [a, b] = [nums[i]!, nums[i + 1]!];
      // After a moveto, further pairs are linetos of the same kind (absolute after M, relative after m).
      const relative = cmd === 'l' || (cmd === 'm' && (i > 0 || out.length > 0));
      [x, y] = relative ? [x + a, y + b] : [a, b];
      out.push([Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
    }
    nums.length = 0;
  };
  for (const m of d.matchAll(/([MLml])|(-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)/g)) {
    if (m[1]) {
      flush();
      cmd = m[1];
    } else nums.push(Number(m[2]));
  }
  flush();
  return out;
}

/** Index of the vertex whose x is nearest to `x` (vertices in increasing x). */
export function nearest(vs: readonly [number, number][], x: number): number {
  let lo = 0;
  let hi = vs.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (vs[mid]![0] < x) lo = mid;
    else hi = mid;
  }
  return Math.abs(vs[lo]![0] - x) <= Math.abs(vs[hi]![0] - x) ? lo : hi;
}

/** Pixel -> value on a scale given as [domain ends, pixel ends]; log scales interpolate in log space. */
export function invert(type: 'linear' | 'log', v0: number, v1: number, p0: number, p1: number, px: number): number {
  const f = p1 === p0 ? 0 : (px - p0) / (p1 - p0);
  return type === 'log' ? Math.exp(Math.log(v0) + f * (Math.log(v1) - Math.log(v0))) : v0 + f * (v1 - v0);
}
