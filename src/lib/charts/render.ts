/**
 * Build-time renderer: Vega-Lite spec -> inline SVG string. Runs headless in Node (renderer 'none'), so readers
 * need no JavaScript. Output is deterministic and safe to inline several times on one page.
 */
import * as vega from 'vega';
import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import { hoverAttribute, hoverData } from './hover-data';
import { installCjkTextWidth } from './text-width';

installCjkTextWidth();

/** A point a screen reader can reach inside the chart (a high, a low, the latest value), labelled in the page's language. */
export interface KeyPoint {
  /** ISO date (time x axis) or category label (band axis). */
  x: string | number;
  /** Value on the y axis (or on the x axis of horizontal bars, whose categories are on y). */
  y: number;
  /** What a screen reader says, e.g. "最高：30,670.10，2021年9月14日". */
  label: string;
}

/** Options for {@link renderSvg}. */
export interface RenderOptions {
  /** The figure's id, e.g. "fig-statistics-trend": prefixes every id in the SVG. Letters, digits, `-`, `_`; starts with a letter. */
  id: string;
  /**
   * Accessible structure: the chart's short text alternative (the summary), the id of its long description,
   * a label for the group of key points and the key points themselves. Without it the SVG is left unlabelled.
   */
  a11y?: { label: string; roleDescription: string; describedBy?: string; pointsLabel: string; points: readonly KeyPoint[] };
}

const ID_PATTERN = /^[A-Za-z][\w-]*$/;

/** Collects Vega/Vega-Lite warnings; errors throw. */
function makeLogger(figureId: string, warnings: string[]) {
  const fmt = (args: readonly unknown[]) => args.map(String).join(' ');
  const logger = {
    level(_?: number) {
      return _ === undefined ? vega.Warn : logger;
    },
    error(...args: readonly unknown[]): never {
      throw new Error(`chart ${figureId}: ${fmt(args)}`);
    },
    warn(...args: readonly unknown[]) {
      warnings.push(fmt(args));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

/**
 * Give every id Vega generated (clip paths `clip3`, gradients `gradient_0`, ...) a name that depends only on
 * the figure id and the order of appearance, and rewrite its `url(#...)` and `href="#..."` references.
 * Vega numbers these from process-wide counters, so without this the same chart would differ by render order
 * and two charts on one page could share an id.
 */
export function prefixSvgIds(svg: string, prefix: string): string {
  const renamed = new Map<string, string>();
  const perStem = new Map<string, number>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) {
    const id = m[1];
    if (id === undefined || renamed.has(id)) continue;
    const stem = id.replace(/\d+$/, '');
    const n = (perStem.get(stem) ?? 0) + 1;
    perStem.set(stem, n);
    renamed.set(id, `${prefix}-${stem}${n}`);
  }
  if (renamed.size === 0) return svg;
  const to = (id: string) => renamed.get(id) ?? id;
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (_, a: string, id: string, b: string) => a + to(id) + b)
    .replace(/url\(#([^)]+)\)/g, (_, id: string) => `url(#${to(id)})`)
    .replace(/(href=")#([^"]+)(")/g, (_, a: string, id: string, b: string) => `${a}#${to(id)}${b}`);
}

/**
 * One SVG for every screen: keep Vega's `viewBox` (user units of CHART_SIZE) and drop its pixel `width` and
 * `height`, so the chart fills its box's width at any size and keeps its proportions (the page's CSS sizes
 * the box). Stand-alone use (an Open Graph image) passes its own width to the rasteriser.
 */
function makeResponsive(svg: string): string {
  return svg.replace(/^<svg\b([^>]*)>/, (whole, attrs: string) => {
    const w = /\swidth="([\d.]+)"/.exec(attrs)?.[1];
    const h = /\sheight="([\d.]+)"/.exec(attrs)?.[1];
    if (!/\sviewBox="/.test(attrs) && w !== undefined && h !== undefined) attrs += ` viewBox="0 0 ${w} ${h}"`;
    attrs = attrs.replace(/\s(?:width|height)="[\d.]+"/g, '').replace(/\sstyle="[^"]*"/, '');
    return `<svg${attrs}>`;
  });
}

/** Vega draws a full-size background rect even when the background is transparent; it only adds bytes. */
function dropTransparentBackground(svg: string): string {
  return svg.replace(/<rect width="[\d.]+" height="[\d.]+" fill="transparent"\/>/, '');
}

/**
 * Font families are the page's (src/styles/chart.css sets them on every chart's text), so each `<text>` need
 * not repeat a 100-byte font stack; the Open Graph renderer names its font itself.
 */
function dropFontFamily(svg: string): string {
  return svg.replace(/ font-family="[^"]*"/g, '');
}

/**
 * Drop what Vega writes that draws nothing or repeats a default: empty background and foreground paths,
 * `opacity="1"`, `stroke-width="1"`, zero line ends, `translate(0,0)`, `text-anchor="start"`, and
 * pointer-events and per-group aria-hidden (the whole drawing is hidden from assistive technology once,
 * see accessibleSvg), and axis labels hidden by overlap removal. About a sixth of a chart's bytes.
 */
export function dropDefaults(svg: string): string {
  return (
    svg
      // Axis labels Vega hides to avoid overlap (opacity 0): they draw nothing, and resvg (the sharing
      // images) panics on some of them beside a clipped line.
      .replace(/<text\b[^>]*\sopacity="0"[^>]*>[^<]*<\/text>/g, '')
      .replace(/<path class="background" aria-hidden="true" d="M0,0h0v0h0Z"(?: pointer-events="none")?\/>/g, '')
      .replace(/<path class="foreground" aria-hidden="true" d="" display="none"\/>/g, '')
      .replace(/ (?:opacity="1"|stroke-width="1"|pointer-events="none"|aria-hidden="true"|transform="translate\(0,0\)"|text-anchor="start"|[xy][12]="0")(?=[ />])/g, '')
  );
}

interface Scale {
  (v: unknown): number;
  bandwidth?: () => number;
}
interface ScaledView {
  scale(name: string): Scale | undefined;
  origin(): [number, number];
  padding(): { left?: number; top?: number };
}

/** Where a key point is drawn, in the root SVG's coordinates; null when the chart has no such scales. */
function keyPointAt(view: ScaledView, p: KeyPoint): [number, number] | null {
  let x: Scale | undefined;
  let y: Scale | undefined;
  try {
    x = view.scale('x');
    y = view.scale('y');
  } catch {
    return null;
  }
  if (!x || !y) return null;
  const at = (s: Scale, v: string | number) => {
    if (s.bandwidth) return s(v) + s.bandwidth() / 2;
    return s(typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? new Date(`${v.slice(0, 10)}T00:00:00Z`) : v);
  };
  // Horizontal bars put categories on y and values on x.
  const [px, py] = y.bandwidth && !x.bandwidth ? [at(x, p.y), at(y, p.x)] : [at(x, p.x), at(y, p.y)];
  // The drawing's root group is translated by the view's origin plus its padding.
  const [ox, oy] = view.origin();
  const pad = view.padding();
  const [dx, dy] = [ox + (pad.left ?? 0), oy + (pad.top ?? 0)];
  return Number.isFinite(px) && Number.isFinite(py) ? [dx + px, dy + py] : null;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The accessible tree of a chart: the root is a `graphics-document` named by the summary and described by
 * the long description; Vega's drawing is hidden from assistive technology; a `graphics-object` group lists the key points
 * (high, low, latest) as `graphics-symbol`s at their places, each named in the page's language.
 */
function accessibleSvg(svg: string, view: ScaledView, a11y: NonNullable<RenderOptions['a11y']>): string {
  const symbols = a11y.points.flatMap((p) => {
    const at = keyPointAt(view, p);
    if (!at) return [];
    return [`<circle role="graphics-symbol" aria-label="${escapeXml(p.label)}" cx="${at[0].toFixed(1)}" cy="${at[1].toFixed(1)}" r="6" fill="none"/>`];
  });
  const group = symbols.length ? `<g role="graphics-object" aria-label="${escapeXml(a11y.pointsLabel)}" class="key-points">${symbols.join('')}</g>` : '';
  const described = a11y.describedBy ? ` aria-describedby="${escapeXml(a11y.describedBy)}"` : '';
  return (
    svg
      .replace(/^<svg\b/, `<svg role="graphics-document" aria-roledescription="${escapeXml(a11y.roleDescription)}" aria-label="${escapeXml(a11y.label)}"${described}`)
      // Vega's drawing (axes, ticks, marks) is hidden: the summary, the key points, the description and the data table carry it.
      .replace(/^(<svg\b[^>]*>)(<g\b)/, '$1<g aria-hidden="true"><g')
      .replace(/<\/svg>$/, `</g>${group}</svg>`)
  );
}

/**
 * Drop Vega's per-container ARIA roles ("graphics-symbol", aria-roledescription="rule mark container"): they are
 * English whatever the page's language, and the caller labels the whole figure instead.
 */
function dropContainerAria(svg: string): string {
  return svg.replace(/ role="graphics-[a-z-]+"| aria-roledescription="[^"]*"/g, '');
}

/** Geometry attributes whose numbers are rounded: 0.01 px is far below what a screen or printer shows. */
const GEOMETRY_ATTR = /\s(d|transform|x|y|x1|x2|y1|y2|dx|dy|width|height|r|points)="([^"]*)"/g;

/** Round long decimals in geometry attributes to 2 places (about a third smaller SVG); text is untouched. */
export function roundSvgNumbers(svg: string): string {
  return svg.replace(GEOMETRY_ATTR, (_, name: string, value: string) => {
    const rounded = value.replace(/-?\d*\.\d{3,}(?:e-?\d+)?/g, (n) => {
      const r = Math.round(Number(n) * 100) / 100;
      return String(Object.is(r, -0) ? 0 : r);
    });
    return ` ${name}="${rounded}"`;
  });
}

/**
 * Decimal places kept in line and area paths: across, 1 (0.1 unit is 0.17 px on the widest screen a chart
 * is shown on, about 1,000 px for 600 units) unless a finer x is needed to read dates back (see
 * {@link xDecimalsFor}); up, 2, so the hover detail reads values back to 0.01 unit (hover-data.ts).
 */
export const PATH_DECIMALS = { x: 1, y: 2 } as const;

/**
 * Decimals across that keep a date read back from a vertex within a quarter day: a 60-year history has
 * about 46 days per unit and needs 2; two years of closes (1.5 days per unit) need 1.
 */
export function xDecimalsFor(daysPerUnit: number): number {
  let d = PATH_DECIMALS.x;
  while (d < 3 && 0.5 * 10 ** -d * daysPerUnit >= 0.25) d += 1;
  return d;
}

/**
 * Rewrite straight-segment paths (lines, areas: only M, L and Z) as one absolute move then relative
 * steps, the `l` written once ("M0,218.26l0.8-4.16 0.7,2.05…"), rounded to `xDecimals` across and
 * PATH_DECIMALS.y up: the long daily lines are most of a chart's bytes, and short repeated steps
 * compress several times better than absolute coordinates. Each step is taken between rounded absolute
 * points, so rounding never accumulates.
 */
export function compactPaths(svg: string, xDecimals: number = PATH_DECIMALS.x): string {
  const fx = 10 ** xDecimals;
  const fy = 10 ** PATH_DECIMALS.y;
  const fmt = (n: number, f: number) => {
    const r = Math.round(n) / f;
    return String(Object.is(r, -0) ? 0 : r);
  };
  return svg.replace(/ d="(M[\d.,\-eLZ\s]*)"/g, (whole, d: string) => {
    const cmds = [...d.matchAll(/([MLZ])\s*(?:(-?[\d.]+(?:e-?\d+)?)[\s,]+(-?[\d.]+(?:e-?\d+)?))?/g)];
    if (
      cmds.length < 3 ||
      cmds
        .map((m) => m[0])
        .join('')
        .replace(/\s/g, '') !== d.replace(/\s/g, '')
    )
      return whole;
    let out = '';
    let px = 0;
    let py = 0;
    let inLine = false;
    let start: [number, number] = [0, 0];
    for (const [, c, xs, ys] of cmds) {
      if (c === 'Z') {
        out += 'Z';
        inLine = false;
        [px, py] = start;
        continue;
      }
      const x = Math.round(Number(xs) * fx);
      const y = Math.round(Number(ys) * fy);
      if (c === 'M') {
        out += `M${fmt(x, fx)},${fmt(y, fy)}`;
        inLine = false;
        start = [x, y];
      } else {
        const dx = fmt(x - px, fx);
        const dy = fmt(y - py, fy);
        // A repeated lineto needs no letter: only a separator where the number has no sign of its own.
        out += `${inLine ? (dx.startsWith('-') ? '' : ' ') : 'l'}${dx}${dy.startsWith('-') ? '' : ','}${dy}`;
        inLine = true;
      }
      [px, py] = [x, y];
    }
    return ` d="${out}"`;
  });
}

/**
 * Render a Vega-Lite spec to an SVG string at build time.
 *
 * - Deterministic: the same spec and id give byte-identical output in any process and render order; every
 *   generated id is prefixed with `opts.id` (e.g. `fig-statistics-trend-clip1`).
 * - Size: a `viewBox` in the spec's user units and no pixel size (the page's box sizes it); geometry
 *   rounded to 0.01 unit; no font-family on text (the page's font).
 * - Accessibility (`opts.a11y`): graphics roles, the summary as label, key points as named symbols; Vega's
 *   own English per-mark ARIA text is dropped.
 * - Line charts over time get a `data-hover` attribute (scales and series names, see hover-data.ts) that the
 *   optional hover-detail script reads; the chart itself needs no script.
 * - Throws if Vega-Lite/Vega report an error, or if the output contains `NaN`/`undefined` (bad input data);
 *   warnings are returned through `console.warn` with the figure id.
 */
export async function renderSvg(spec: TopLevelSpec, opts: RenderOptions): Promise<string> {
  if (!ID_PATTERN.test(opts.id)) throw new Error(`renderSvg: invalid figure id ${JSON.stringify(opts.id)}`);
  const warnings: string[] = [];
  const logger = makeLogger(opts.id, warnings);
  const vgSpec = compile(spec, { logger }).spec;
  const view = new vega.View(vega.parse(vgSpec), { renderer: 'none', logger, logLevel: vega.Warn });
  let svg: string;
  let hover = '';
  try {
    svg = await view.toSVG();
    // Line charts over time carry their scales for the hover-detail script (src/scripts/hover.ts).
    const data = hoverData(view, spec);
    if (data) hover = hoverAttribute(data);
    // Lines over time keep x as finely as reading their dates back needs (a quarter day).
    const xDecimals = data ? xDecimalsFor((data.x[1] - data.x[0]) / 864e5 / Math.max(1, Math.abs(data.x[3] - data.x[2]))) : PATH_DECIMALS.x;
    svg = makeResponsive(roundSvgNumbers(compactPaths(dropDefaults(dropFontFamily(dropContainerAria(dropTransparentBackground(prefixSvgIds(svg, opts.id))))), xDecimals)));
    if (opts.a11y) svg = accessibleSvg(svg, view as unknown as ScaledView, opts.a11y);
  } finally {
    view.finalize();
  }
  for (const w of warnings) console.warn(`chart ${opts.id}: ${w}`);
  if (hover) svg = svg.replace(/^<svg\b/, `<svg${hover}`);
  const bad = /\bNaN\b|\bundefined\b/.exec(svg);
  if (bad) {
    const at = Math.max(0, bad.index - 80);
    throw new Error(`chart ${opts.id}: SVG contains "${bad[0]}" near …${svg.slice(at, bad.index + 40)}…`);
  }
  return svg;
}
