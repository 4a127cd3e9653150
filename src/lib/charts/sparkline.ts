import { downsampleLttb } from './downsample';

/** A small trend line: SVG path data in a `width` × `height` box and where its extremes are. */
export interface Sparkline {
  /** Path data (`M x,y L x,y …`), coordinates rounded to 0.1. */
  d: string;
  /** Index in the input of the lowest and highest value, and their positions in the box. */
  min: { index: number; x: number; y: number };
  max: { index: number; x: number; y: number };
  last: { x: number; y: number };
}

/**
 * Draws `values` (in order, equally spaced) as a line filling a `width` × `height` box with `pad` units
 * kept free on every side; the y axis runs from the lowest to the highest value (a trend, not a level).
 * At most `width` points are kept (Largest-Triangle-Three-Buckets), so the path stays a few KB.
 */
export function sparkline(values: readonly number[], width: number, height: number, pad = 4): Sparkline {
  if (values.length < 2) throw new Error(`A trend line needs at least two values, got ${values.length}`);
  let lo = 0;
  let hi = 0;
  values.forEach((v, i) => {
    if (v < values[lo]!) lo = i;
    if (v > values[hi]!) hi = i;
  });
  const span = values[hi]! - values[lo]! || 1;
  const x = (i: number) => pad + (i / (values.length - 1)) * (width - 2 * pad);
  const y = (v: number) => pad + (1 - (v - values[lo]!) / span) * (height - 2 * pad);
  const idx = downsampleLttb(
    values.map((_, i) => i),
    Math.max(3, Math.floor(width)),
    (i) => i,
    (i) => values[i]!,
  );
  const r = (n: number) => Math.round(n * 10) / 10;
  const d = idx.map((i, k) => `${k === 0 ? 'M' : 'L'}${r(x(i))},${r(y(values[i]!))}`).join('');
  return {
    d,
    min: { index: lo, x: r(x(lo)), y: r(y(values[lo]!)) },
    max: { index: hi, x: r(x(hi)), y: r(y(values[hi]!)) },
    last: { x: r(x(values.length - 1)), y: r(y(values.at(-1)!)) },
  };
}
