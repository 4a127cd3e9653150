/**
 * Hover detail for line charts, a progressive enhancement: every chart is complete inline SVG without it.
 * Under the pointer (mouse, pen or a tap), marks the nearest drawn point of each line and shows its date
 * and value. It reads only what the page already has: each line path's vertices, and the scales in the
 * `<svg data-hover>` attribute written at build time (src/lib/charts/hover-data.ts). The tip is hidden from
 * assistive technology: the figure's text alternative, table and CSV carry the same data for everyone.
 */
import type { HoverData } from '../lib/charts/hover-data';
import { invert, nearest, pathVertices } from './hover-read';

const SVG_NS = 'http://www.w3.org/2000/svg';

function attach(svg: SVGSVGElement): void {
  const data = JSON.parse(svg.dataset.hover ?? 'null') as HoverData | null;
  const paths = [...svg.querySelectorAll<SVGPathElement>('.mark-line path')];
  const lines = paths.map((p) => pathVertices(p.getAttribute('d') ?? ''));
  if (!data || lines.length === 0 || lines.some((l) => l.length === 0) || lines.length !== data.s.length) return;
  const lang = document.documentElement.lang || 'en';
  const dateFmt = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
  const numFmt = new Intl.NumberFormat(lang, { style: data.u === 'pct' ? 'percent' : 'decimal', minimumFractionDigits: data.d, maximumFractionDigits: data.d });
  const box = svg.parentElement!;
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute('aria-hidden', 'true');
  tip.style.display = 'none';
  box.append(tip);
  const marks = paths.map((p) => {
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('class', 'hover-mark');
    g.setAttribute('pointer-events', 'none');
    g.style.display = 'none';
    const rule = document.createElementNS(SVG_NS, 'line');
    rule.setAttribute('y1', String(Math.min(data.y[3], data.y[4])));
    rule.setAttribute('y2', String(Math.max(data.y[3], data.y[4])));
    const dot = document.createElementNS(SVG_NS, 'circle');
    dot.setAttribute('r', '6');
    g.append(rule, dot);
    p.parentNode!.append(g);
    return { g, rule, dot };
  });
  const hide = () => {
    tip.style.display = 'none';
    for (const m of marks) m.g.style.display = 'none';
  };
  const show = (e: PointerEvent) => {
    const ctm = paths[0]!.getScreenCTM();
    if (!ctm) return;
    const local = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const [t0, t1, x0, x1] = data.x;
    if (local.x < Math.min(x0, x1) || local.x > Math.max(x0, x1)) return hide();
    const rows: string[] = [];
    let when = '';
    lines.forEach((vs, i) => {
      const [px, py] = vs[nearest(vs, local.x)]!;
      const m = marks[i]!;
      m.g.style.display = '';
      m.rule.setAttribute('x1', String(px));
      m.rule.setAttribute('x2', String(px));
      m.rule.style.display = i === 0 ? '' : 'none';
      // The line's own colour, through the page's current colour scheme (src/styles/chart.css).
      m.dot.style.fill = getComputedStyle(paths[i]!).stroke;
      m.dot.setAttribute('cx', String(px));
      m.dot.setAttribute('cy', String(py));
      if (i === 0) when = dateFmt.format(new Date(Math.round(invert('linear', t0, t1, x0, x1, px) / 864e5) * 864e5));
      const value = numFmt.format(invert(data.y[0], data.y[1], data.y[2], data.y[3], data.y[4], py));
      rows.push(data.s[i] ? `${data.s[i]} ${value}` : value);
    });
    tip.textContent = '';
    for (const text of [when, ...rows]) {
      const line = document.createElement('div');
      line.textContent = text;
      tip.append(line);
    }
    tip.style.display = 'block';
    const b = box.getBoundingClientRect();
    const left = e.clientX - b.left + 12;
    tip.style.left = `${Math.min(left, b.width - tip.offsetWidth - 2)}px`;
    tip.style.top = `${Math.max(0, e.clientY - b.top - tip.offsetHeight - 8)}px`;
  };
  svg.addEventListener('pointermove', show);
  svg.addEventListener('pointerdown', show);
  svg.addEventListener('pointerleave', hide);
}

// Read a chart's lines only when a pointer first comes to it: parsing every path at load held the first
// paint back by about 25 ms on the Statistics page, for readers who may never hover.
for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-hover]')) {
  svg.addEventListener('pointerenter', () => attach(svg), { once: true });
}
