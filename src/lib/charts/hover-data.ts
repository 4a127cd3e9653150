/**
 * What the hover-detail script (src/scripts/hover.ts) needs to read a line chart back: the x (time) and y
 * scales as domain/range pairs, the y unit and display precision, and the series name of each drawn line in
 * document order. Put on the chart's `<svg>` as `data-hover`; the points themselves are the line paths'
 * vertices, already in the page, so this adds about 150 bytes per chart instead of a copy of the data.
 */
import type { TopLevelSpec } from 'vega-lite';

/** The JSON in `data-hover`. Pixel values are in the plot's own coordinates (the line paths' user space). */
export interface HoverData {
  /** Time scale: first and last instant (ms since the epoch, UTC) and the pixels they map to. */
  x: [t0: number, t1: number, px0: number, px1: number];
  /** Value scale: type, domain ends (natural units: points, or fractions for percentages) and their pixels. */
  y: [type: 'linear' | 'log', v0: number, v1: number, px0: number, px1: number];
  /** Unit of y: 'pct' (fractions shown as percentages) or 'pts' (plain numbers). */
  u: 'pct' | 'pts';
  /** Fraction digits to show (in percent for 'pct'): coarse enough that the 0.01-unit rounding of paths never shows. */
  d: number;
  /** Series name of each line path, in document order ('' for a chart with one unnamed line). */
  s: string[];
}

/** The parts of a Vega view this module reads (kept structural so tests can pass a stand-in). */
export interface HoverView {
  scale(name: string): { type: string; domain(): unknown[]; range(): unknown[] } | undefined;
  scenegraph(): unknown;
}

interface SceneNode {
  marktype?: string;
  role?: string;
  items?: SceneNode[];
  datum?: Record<string, unknown>;
}

/** The series names of every line mark in the scenegraph, in drawing order. */
function lineSeries(node: SceneNode | undefined, out: string[]): string[] {
  if (!node) return out;
  if (node.marktype === 'line' && node.role === 'mark') {
    const name = node.items?.[0]?.datum?.series;
    out.push(typeof name === 'string' ? name : '');
    return out;
  }
  for (const child of node.items ?? []) lineSeries(child, out);
  return out;
}

/** The first `encoding.y.axis.format` found in a (layered) Vega-Lite spec, e.g. '.0%' or ',.0f'. */
export function yAxisFormat(spec: unknown): string | undefined {
  if (!spec || typeof spec !== 'object') return undefined;
  const s = spec as { encoding?: { y?: { axis?: { format?: unknown } } }; layer?: unknown[] };
  const f = s.encoding?.y?.axis?.format;
  if (typeof f === 'string') return f;
  for (const l of s.layer ?? []) {
    const inner = yAxisFormat(l);
    if (inner) return inner;
  }
  return undefined;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Fraction digits (0–2) for values read back from a path whose y is rounded to 0.01 unit (render.ts
 * PATH_DECIMALS): the largest count whose last digit is at least 20 × the worst read-back error, so the
 * shown value never depends on the rounding.
 */
export function hoverDigits(type: 'linear' | 'log', v0: number, v1: number, pixels: number, unit: 'pct' | 'pts'): number {
  const perPx = type === 'log' ? Math.max(v0, v1) * (Math.exp(Math.abs(Math.log(v1 / v0)) / pixels) - 1) : Math.abs(v1 - v0) / pixels;
  const err = 0.005 * perPx * (unit === 'pct' ? 100 : 1);
  if (!(err > 0) || !Number.isFinite(err)) return 0;
  return Math.min(2, Math.max(0, Math.floor(-Math.log10(20 * err))));
}

/**
 * Hover data for a rendered chart, or null when it is not a line chart over time (no `utc`/`time` x scale,
 * or no line mark): histograms and bar charts get no hover detail.
 */
export function hoverData(view: HoverView, spec: TopLevelSpec): HoverData | null {
  let x: ReturnType<HoverView['scale']>;
  let y: ReturnType<HoverView['scale']>;
  try {
    x = view.scale('x');
    y = view.scale('y');
  } catch {
    return null;
  }
  if (!x || !y || (x.type !== 'utc' && x.type !== 'time') || (y.type !== 'linear' && y.type !== 'log')) return null;
  const s = lineSeries((view.scenegraph() as { root?: SceneNode }).root, []);
  if (s.length === 0) return null;
  const [t0, t1] = x.domain().map(Number) as [number, number];
  const [xp0, xp1] = x.range().map(Number) as [number, number];
  const [v0, v1] = y.domain().map(Number) as [number, number];
  const [yp0, yp1] = y.range().map(Number) as [number, number];
  const u = yAxisFormat(spec)?.endsWith('%') ? 'pct' : 'pts';
  const type = y.type;
  return {
    x: [t0, t1, r2(xp0), r2(xp1)],
    y: [type, v0, v1, r2(yp0), r2(yp1)],
    u,
    d: hoverDigits(type, v0, v1, Math.abs(yp1 - yp0), u),
    s,
  };
}

/** `data-hover='…'` for the root `<svg>`: JSON in single quotes, with `&`, `'` and `<` escaped. */
export function hoverAttribute(data: HoverData): string {
  const json = JSON.stringify(data).replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');
  return ` data-hover='${json}'`;
}
