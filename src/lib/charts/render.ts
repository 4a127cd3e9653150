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

/** Options for {@link renderSvg}. */
export interface RenderOptions {
  /** The figure's id, e.g. "fig-stats-trend": prefixes every id in the SVG. Letters, digits, `-`, `_`; starts with a letter. */
  id: string;
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
 * Keep Vega's pixel `width`/`height` (crisp 1:1 rendering at the intended size) and its `viewBox`, and let the
 * chart shrink with its container on narrow screens.
 */
function makeResponsive(svg: string): string {
  return svg.replace(/^<svg\b([^>]*)>/, (whole, attrs: string) => {
    if (!/\sviewBox="/.test(attrs)) {
      const w = /\swidth="([\d.]+)"/.exec(attrs)?.[1];
      const h = /\sheight="([\d.]+)"/.exec(attrs)?.[1];
      if (w !== undefined && h !== undefined) attrs += ` viewBox="0 0 ${w} ${h}"`;
    }
    return /\sstyle="/.test(attrs) ? whole : `<svg${attrs} style="max-width:100%;height:auto">`;
  });
}

/** Vega draws a full-size background rect even when the background is transparent; it only adds bytes. */
function dropTransparentBackground(svg: string): string {
  return svg.replace(/<rect width="[\d.]+" height="[\d.]+" fill="transparent"\/>/, '');
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
 * Render a Vega-Lite spec to an SVG string at build time.
 *
 * - Deterministic: the same spec and id give byte-identical output in any process and render order; every
 *   generated id is prefixed with `opts.id` (e.g. `fig-stats-trend-clip1`).
 * - Size: keeps the spec's pixel width/height and adds `viewBox` + `style="max-width:100%;height:auto"`;
 *   geometry rounded to 0.01 px.
 * - No `<title>`, no `role` and no per-mark ARIA text: the caller labels the figure in the page's language.
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
  } finally {
    view.finalize();
  }
  for (const w of warnings) console.warn(`chart ${opts.id}: ${w}`);
  svg = makeResponsive(roundSvgNumbers(dropContainerAria(dropTransparentBackground(prefixSvgIds(svg, opts.id)))));
  if (hover) svg = svg.replace(/^<svg\b/, `<svg${hover}`);
  const bad = /\bNaN\b|\bundefined\b/.exec(svg);
  if (bad) {
    const at = Math.max(0, bad.index - 80);
    throw new Error(`chart ${opts.id}: SVG contains "${bad[0]}" near …${svg.slice(at, bad.index + 40)}…`);
  }
  return svg;
}
