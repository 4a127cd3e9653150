/** Pure helpers of the hover-detail script (hover.ts): reading a drawn line back into data. */

/** Vertices of an absolute `M x,y L x,y …` path (what Vega draws for a linear line), sorted by x as drawn. */
export function pathVertices(d: string): [number, number][] {
  if (/[^MLml\d.,\se+-]/.test(d)) return [];
  const out: [number, number][] = [];
  for (const m of d.matchAll(/[ML]\s*(-?[\d.]+(?:e[+-]?\d+)?)[\s,]+(-?[\d.]+(?:e[+-]?\d+)?)/g)) out.push([Number(m[1]), Number(m[2])]);
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
